import * as z from 'zod';
import { US_STATE_LAWS, usLawId, type UsStateLaw } from '../legal/us-states.data';
import type { Law, UsStateLawId } from '../shared/law';
import { ProfileField } from './schema';

/**
 * Which rights each law grants, with citations and reply deadlines.
 * Sources: GDPR Arts. 7, 12, 15–22; Cal. Civ. Code §§1798.100–.130 and 11 CCR §§7021, 7026, 7027;
 * LGPD Arts. 18–20; Swiss FADP Arts. 21, 25, 28, 30, 32 and DPO Art. 18; PIPEDA s. 8 and
 * Schedule 1 principles 4.3.8, 4.9.
 */
export { Law } from '../shared/law';

/** One id per right across laws; CCPA's "know", "delete", "correct" are access, erasure, rectification. */
export const Right = z.enum([
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated-decision',
  'withdraw-consent',
  'opt-out-sale',
  'limit-sensitive',
]);
export type Right = z.infer<typeof Right>;

export const Language = z.enum(['en', 'fr', 'de', 'es', 'it', 'pt']);
export type Language = z.infer<typeof Language>;

/** How long the controller has to reply; `amount` is absent where the statute sets no period. */
export const ReplyDeadline = z.object({
  amount: z.number().int().positive().optional(),
  unit: z.enum(['months', 'days', 'business-days']).optional(),
  citation: z.string(),
  text: z.string(),
});
export type ReplyDeadline = z.infer<typeof ReplyDeadline>;

export const RightEntry = z.object({
  /** How the law itself names the right (shown next to our generic label). */
  statuteName: z.string(),
  /** Empty only for 'us-none', which cites no statute. */
  citations: z.array(z.string()),
  deadline: ReplyDeadline,
  /** Profile fields the request needs, and no more (GDPR Art. 5(1)(c)). */
  needs: z.array(ProfileField),
  /** The day the right starts, where later than the law (Utah's right to correct). */
  since: z.string().optional(),
});
export type RightEntry = z.infer<typeof RightEntry>;

export const LawEntry = z.object({
  name: z.string(),
  /** The day the law's rights can first be exercised; a request dated earlier is refused. */
  inForce: z.string().optional(),
  /** What has not been checked against the statute's text yet (shown with the law). */
  toReverify: z.string().optional(),
  /** Languages with a complete template set; the first is the fallback. */
  languages: z.array(Language).min(1),
  rights: z.partialRecord(Right, RightEntry),
});
export type LawEntry = z.infer<typeof LawEntry>;

const IDENTIFY: ProfileField[] = ['name', 'email', 'accountId'];

const oneMonth = (reg: string): ReplyDeadline => ({
  amount: 1,
  unit: 'months',
  citation: `${reg} Art. 12(3)`,
  text: 'without undue delay, at the latest one month from receipt; extendable by two further months if the controller says so within the first month',
});

function gdprRights(reg: string, uk = false): LawEntry['rights'] {
  const a = (ref: string) => `${reg} Art. ${ref}`;
  const deadline = oneMonth(reg);
  const accessItems = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => a(`15(1)(${l})`));
  return {
    access: {
      statuteName: 'Right of access by the data subject',
      citations: [a('15(1)'), ...accessItems, a('15(2)'), a('15(3)'), a('12(3)'), a('12(5)')],
      deadline,
      needs: IDENTIFY,
    },
    rectification: {
      statuteName: 'Right to rectification',
      citations: [a('16'), a('19'), a('12(3)')],
      deadline,
      needs: IDENTIFY,
    },
    erasure: {
      statuteName: 'Right to erasure',
      citations: [
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => a(`17(1)(${l})`)),
        a('8(1)'),
        a('17(2)'),
        a('17(3)'),
        a('19'),
        a('12(3)'),
      ],
      deadline,
      needs: IDENTIFY,
    },
    restriction: {
      statuteName: 'Right to restriction of processing',
      citations: [a('18(1)'), a('18(2)'), a('18(3)'), a('19'), a('12(3)')],
      deadline,
      needs: IDENTIFY,
    },
    portability: {
      statuteName: 'Right to data portability',
      citations: [a('20(1)'), a('20(2)'), a('12(3)')],
      deadline,
      needs: IDENTIFY,
    },
    objection: {
      statuteName: 'Right to object',
      citations: [a('21(1)'), a('21(2)'), a('21(3)'), a('6(1)(e)'), a('6(1)(f)'), a('12(3)')],
      deadline,
      needs: ['name', 'email'],
    },
    'automated-decision': {
      statuteName: 'Automated individual decision-making, including profiling',
      // UK: Art. 22 replaced by Arts. 22A–22D (Data (Use and Access) Act 2025 s. 80).
      citations: uk
        ? [a('22A'), a('22B'), a('22C'), a('22D'), a('15(1)(h)'), a('12(3)')]
        : [a('22(1)'), a('22(3)'), a('15(1)(h)'), a('12(3)')],
      deadline,
      needs: IDENTIFY,
    },
    'withdraw-consent': {
      statuteName: 'Withdrawal of consent',
      citations: [a('7(3)'), a('17(1)(b)'), a('12(3)')],
      deadline,
      needs: ['name', 'email'],
    },
  };
}

const CCPA_45: ReplyDeadline = {
  amount: 45,
  unit: 'days',
  citation: 'Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021',
  text: '45 calendar days from receipt, extendable once by 45 days with notice; receipt confirmed within 10 business days',
};
const CCPA_15 = (reg: string): ReplyDeadline => ({
  amount: 15,
  unit: 'business-days',
  citation: reg,
  text: 'as soon as feasibly possible and no later than 15 business days from receipt',
});
const CCPA = 'Cal. Civ. Code';

const LGPD_NO_PERIOD: ReplyDeadline = {
  citation: 'LGPD Art. 18 §§3–5',
  text: 'no fixed period in the statute: an immediate reply, or the reasons why not',
};
const FADP_30: ReplyDeadline = {
  amount: 30,
  unit: 'days',
  citation: 'FADP Art. 25(7); DPO Art. 18',
  text: 'in general within 30 days; if not, the controller says by when',
};
const FADP_NO_PERIOD: ReplyDeadline = {
  citation: 'FADP Art. 32',
  text: 'no fixed period in the statute',
};
const PIPEDA_30: ReplyDeadline = {
  amount: 30,
  unit: 'days',
  citation: 'PIPEDA s. 8(3)',
  text: 'no later than 30 days after receipt, extendable by 30 days with notice (s. 8(4)); no reply is a deemed refusal (s. 8(5))',
};
const PIPEDA_NO_PERIOD: ReplyDeadline = {
  citation: 'PIPEDA Sch. 1, 4.9.5',
  text: 'no fixed period in the statute',
};

/** A US state law's rights (lib/legal/us-states.data.ts), each citing the Act's own sections. */
function usStateEntry(law: UsStateLaw): LawEntry {
  const { rights: rightsAt, response } = law.sections;
  const deadline: ReplyDeadline = {
    amount: law.period,
    unit: 'days',
    citation: response,
    text: `within ${law.period} days of receipt, extendable once by ${law.extension} days with notice${law.appeal ? `; an appeal is decided within ${law.appeal.days} days` : ''}`,
  };
  const right = (
    statuteName: string,
    needs: ProfileField[] = IDENTIFY,
    since?: string,
  ): RightEntry => ({
    statuteName,
    citations: [rightsAt, response],
    deadline,
    needs,
    ...(since && since > law.inForce ? { since } : {}),
  });
  const optOut = [
    law.rights.targetedAds ? 'targeted advertising' : '',
    'the sale of personal data',
    law.rights.profiling ? 'profiling' : '',
  ].filter(Boolean);
  const { correctFrom } = law.rights;
  return {
    name: `${law.short} (${law.stateName})`,
    inForce: law.inForce,
    ...(law.toReverify ? { toReverify: law.toReverify } : {}),
    languages: ['en'],
    rights: {
      access: right('Right to confirm and access'),
      ...(correctFrom ? { rectification: right('Right to correct', IDENTIFY, correctFrom) } : {}),
      erasure: right(
        law.rights.deleteProvidedOnly
          ? 'Right to delete data provided by the consumer'
          : 'Right to delete',
      ),
      portability: right('Right to a portable copy'),
      'opt-out-sale': right(`Right to opt out of ${optOut.join(', ')}`, ['email']),
    },
  };
}

const US_STATES = Object.fromEntries(
  US_STATE_LAWS.map((law) => [usLawId(law.state), usStateEntry(law)]),
) as Record<UsStateLawId, LawEntry>;

/** A US resident whose state has no comprehensive privacy law: a request that claims no statute. */
const NO_STATUTE: ReplyDeadline = {
  citation: 'none',
  text: 'no statute gives this right or a period',
};
const US_NONE: LawEntry = {
  name: 'No state privacy law',
  languages: ['en'],
  rights: {
    access: {
      statuteName: 'Request for access',
      citations: [],
      deadline: NO_STATUTE,
      needs: IDENTIFY,
    },
    erasure: {
      statuteName: 'Request for deletion',
      citations: [],
      deadline: NO_STATUTE,
      needs: IDENTIFY,
    },
    'opt-out-sale': {
      statuteName: 'Request to stop selling or sharing',
      citations: [],
      deadline: NO_STATUTE,
      needs: ['email'],
    },
  },
};

export const CATALOGUE: Record<Law, LawEntry> = {
  ...US_STATES,
  'us-none': US_NONE,
  gdpr: { name: 'GDPR', languages: ['en', 'fr', 'de', 'es', 'it'], rights: gdprRights('GDPR') },
  'uk-gdpr': { name: 'UK GDPR', languages: ['en'], rights: gdprRights('UK GDPR', true) },
  ccpa: {
    name: 'CCPA/CPRA',
    languages: ['en'],
    rights: {
      access: {
        statuteName: 'Right to know',
        citations: [
          `${CCPA} §1798.100`,
          `${CCPA} §1798.110`,
          `${CCPA} §1798.115`,
          `${CCPA} §1798.130`,
        ],
        deadline: CCPA_45,
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Right to delete',
        citations: [`${CCPA} §1798.105`, `${CCPA} §1798.130`],
        deadline: CCPA_45,
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Right to correct',
        citations: [`${CCPA} §1798.106`, `${CCPA} §1798.130`],
        deadline: CCPA_45,
        needs: IDENTIFY,
      },
      'opt-out-sale': {
        statuteName: 'Right to opt out of sale or sharing',
        citations: [`${CCPA} §1798.120`, '11 CCR §7026'],
        deadline: CCPA_15('11 CCR §7026(f)'),
        needs: ['email'],
      },
      'limit-sensitive': {
        statuteName: 'Right to limit use and disclosure of sensitive personal information',
        citations: [`${CCPA} §1798.121`, '11 CCR §7027'],
        deadline: CCPA_15('11 CCR §7027(g)'),
        needs: ['email'],
      },
    },
  },
  lgpd: {
    name: 'LGPD',
    languages: ['en', 'pt'],
    rights: {
      access: {
        statuteName: 'Confirmação e acesso',
        citations: ['LGPD Art. 18 I', 'LGPD Art. 18 II', 'LGPD Art. 18 VII', 'LGPD Art. 19'],
        deadline: {
          amount: 15,
          unit: 'days',
          citation: 'LGPD Art. 19 II',
          text: 'a complete declaration within 15 days of the request',
        },
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Correção',
        citations: ['LGPD Art. 18 III', 'LGPD Art. 18 §6'],
        deadline: LGPD_NO_PERIOD,
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Anonimização, bloqueio ou eliminação',
        citations: ['LGPD Art. 18 IV', 'LGPD Art. 18 VI', 'LGPD Art. 16', 'LGPD Art. 18 §6'],
        deadline: LGPD_NO_PERIOD,
        needs: IDENTIFY,
      },
      portability: {
        statuteName: 'Portabilidade',
        citations: ['LGPD Art. 18 V', 'LGPD Art. 19 §3'],
        deadline: LGPD_NO_PERIOD,
        needs: IDENTIFY,
      },
      objection: {
        statuteName: 'Oposição',
        citations: ['LGPD Art. 18 §2'],
        deadline: LGPD_NO_PERIOD,
        needs: ['name', 'email'],
      },
      'automated-decision': {
        statuteName: 'Revisão de decisões automatizadas',
        citations: ['LGPD Art. 20', 'LGPD Art. 20 §1'],
        deadline: LGPD_NO_PERIOD,
        needs: IDENTIFY,
      },
      'withdraw-consent': {
        statuteName: 'Revogação do consentimento',
        citations: ['LGPD Art. 18 IX', 'LGPD Art. 8 §5'],
        deadline: LGPD_NO_PERIOD,
        needs: ['name', 'email'],
      },
    },
  },
  revfadp: {
    name: 'revFADP',
    languages: ['en', 'de', 'fr'],
    rights: {
      access: {
        statuteName: 'Right to information',
        citations: ['FADP Art. 25(1)', 'FADP Art. 25(2)', 'FADP Art. 25(6)', 'FADP Art. 25(7)'],
        deadline: FADP_30,
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Rectification',
        citations: ['FADP Art. 32(1)'],
        deadline: FADP_NO_PERIOD,
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Deletion',
        citations: ['FADP Art. 30(2)(b)', 'FADP Art. 32(2)(c)', 'FADP Art. 6(4)'],
        deadline: FADP_NO_PERIOD,
        needs: IDENTIFY,
      },
      portability: {
        statuteName: 'Right to data delivery or transmission',
        citations: ['FADP Art. 28(1)', 'FADP Art. 28(2)'],
        deadline: FADP_NO_PERIOD,
        needs: IDENTIFY,
      },
      objection: {
        statuteName: 'Processing against the express will of the data subject',
        citations: ['FADP Art. 30(2)(b)', 'FADP Art. 31(1)'],
        deadline: FADP_NO_PERIOD,
        needs: ['name', 'email'],
      },
      'automated-decision': {
        statuteName: 'Automated individual decision',
        citations: ['FADP Art. 21(1)', 'FADP Art. 21(2)', 'FADP Art. 25(2)(f)'],
        deadline: FADP_NO_PERIOD,
        needs: IDENTIFY,
      },
    },
  },
  pipeda: {
    name: 'PIPEDA',
    languages: ['en', 'fr'],
    rights: {
      access: {
        statuteName: 'Individual access (Principle 4.9)',
        citations: [
          'PIPEDA Sch. 1, 4.9',
          'PIPEDA Sch. 1, 4.9.1',
          'PIPEDA Sch. 1, 4.9.3',
          'PIPEDA s. 8(3)',
        ],
        deadline: PIPEDA_30,
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Amendment of inaccurate information (Principle 4.9.5)',
        citations: ['PIPEDA Sch. 1, 4.9.5', 'PIPEDA Sch. 1, 4.9.6'],
        deadline: PIPEDA_NO_PERIOD,
        needs: IDENTIFY,
      },
      'withdraw-consent': {
        statuteName: 'Withdrawal of consent (Principle 4.3.8)',
        citations: ['PIPEDA Sch. 1, 4.3.8'],
        deadline: {
          citation: 'PIPEDA Sch. 1, 4.3.8',
          text: 'on reasonable notice; no fixed period in the statute',
        },
        needs: ['name', 'email'],
      },
    },
  },
};

/** The rights a law offers, in catalogue order. */
export function rightsOf(law: Law): Right[] {
  return Right.options.filter((right) => CATALOGUE[law].rights[right] !== undefined);
}
