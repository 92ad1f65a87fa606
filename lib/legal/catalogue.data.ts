import * as z from 'zod';
import { US_STATE_LAWS, usLawId, type UsStateLaw } from './us-states.data';
import type { Law, UsStateLawId } from '../shared/law';
import { ProfileField } from '../rights-requests/schema';
import { Right } from '../shared/right';

/**
 * Which rights each law grants, with the statute's name and articles for each (reply periods:
 * periods.data.ts, read through reply-deadline.ts).
 * Sources: GDPR Arts. 7, 12, 15–22; Cal. Civ. Code §§1798.100–.130 and 11 CCR §§7021, 7026, 7027;
 * LGPD Arts. 18–20; Swiss FADP Arts. 21, 25, 28, 30, 32 and DPO Art. 18; PIPEDA s. 8 and
 * Schedule 1 principles 4.3.8, 4.9.
 */
export { Law } from '../shared/law';

/** One id per right across laws (lib/shared/right.ts): the CCPA's "know" is access, and so on. */
export { Right } from '../shared/right';

/**
 * A letter's language: a primary subtag, except Portuguese, whose letters differ by law — European
 * under the GDPR ('pt-PT'), Brazilian under the LGPD ('pt-BR'). Plain 'pt' (kept for requests saved
 * before the split) means the law's own variant (letter-language.ts).
 */
export const Language = z.enum(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'pt-PT', 'pt-BR']);
export type Language = z.infer<typeof Language>;

export const RightEntry = z.object({
  /** How the law itself names the right (shown next to our generic label). */
  statuteName: z.string(),
  /** Empty only for 'us-none', which cites no statute. */
  citations: z.array(z.string()),
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
  /** The provisions giving the right to complain (to the authority; UK: to the controller first). */
  complaint: z.array(z.string()).optional(),
  /** Languages with a complete template set; the first is the fallback. */
  languages: z.array(Language).min(1),
  rights: z.partialRecord(Right, RightEntry),
});
export type LawEntry = z.infer<typeof LawEntry>;

const IDENTIFY: ProfileField[] = ['name', 'email', 'accountId'];

function gdprRights(reg: string, uk = false): LawEntry['rights'] {
  const a = (ref: string) => `${reg} Art. ${ref}`;
  const accessItems = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => a(`15(1)(${l})`));
  return {
    access: {
      statuteName: 'Right of access by the data subject',
      citations: [
        a('15(1)'),
        ...accessItems,
        a('15(2)'),
        a('15(3)'),
        a('46'),
        a(uk ? '22A' : '22(1)'),
        a('12(3)'),
        a('12(5)'),
      ],
      needs: IDENTIFY,
    },
    rectification: {
      statuteName: 'Right to rectification',
      citations: [a('16'), a('19'), a('12(3)')],
      needs: IDENTIFY,
    },
    erasure: {
      statuteName: 'Right to erasure',
      citations: [
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => a(`17(1)(${l})`)),
        a('5(1)(e)'),
        a('8(1)'),
        a('17(2)'),
        a('17(3)'),
        a('19'),
        a('12(3)'),
      ],
      needs: IDENTIFY,
    },
    restriction: {
      statuteName: 'Right to restriction of processing',
      citations: [a('18(1)'), a('18(2)'), a('18(3)'), a('19'), a('12(3)')],
      needs: IDENTIFY,
    },
    portability: {
      statuteName: 'Right to data portability',
      citations: [a('20(1)'), a('20(2)'), a('12(3)')],
      needs: IDENTIFY,
    },
    objection: {
      statuteName: 'Right to object',
      citations: [a('21(1)'), a('21(2)'), a('21(3)'), a('6(1)(e)'), a('6(1)(f)'), a('12(3)')],
      needs: ['name', 'email'],
    },
    'automated-decision': {
      statuteName: 'Automated individual decision-making, including profiling',
      // UK: Art. 22 replaced by Arts. 22A–22D (Data (Use and Access) Act 2025 s. 80).
      citations: uk
        ? [a('22A'), a('22B'), a('22C'), a('22D'), a('15(1)(h)'), a('12(3)')]
        : [a('22(1)'), a('22(3)'), a('15(1)(h)'), a('12(3)')],
      needs: IDENTIFY,
    },
    'withdraw-consent': {
      statuteName: 'Withdrawal of consent',
      citations: [a('7(3)'), a('17(1)(b)'), a('12(3)')],
      needs: ['name', 'email'],
    },
  };
}

const CCPA = 'Cal. Civ. Code';
/** The verification regulation every CCPA letter cites (how much proof of identity may be asked). */
const CCPA_VERIFY = '11 CCR §7060';

/** A US state law's rights (lib/legal/us-states.data.ts), each citing the Act's own sections. */
function usStateEntry(law: UsStateLaw): LawEntry {
  const { rights: rightsAt, response } = law.sections;
  const right = (
    statuteName: string,
    needs: ProfileField[] = IDENTIFY,
    since?: string,
  ): RightEntry => ({
    statuteName,
    citations: [rightsAt, response],
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
const US_NONE: LawEntry = {
  name: 'No state privacy law',
  languages: ['en'],
  rights: {
    access: {
      statuteName: 'Request for access',
      citations: [],
      needs: IDENTIFY,
    },
    erasure: {
      statuteName: 'Request for deletion',
      citations: [],
      needs: IDENTIFY,
    },
    'opt-out-sale': {
      statuteName: 'Request to stop selling or sharing',
      citations: [],
      needs: ['email'],
    },
  },
};

export const CATALOGUE: Record<Law, LawEntry> = {
  ...US_STATES,
  'us-none': US_NONE,
  gdpr: {
    name: 'GDPR',
    languages: ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt-PT'],
    rights: gdprRights('GDPR'),
    complaint: ['GDPR Art. 77'],
  },
  'uk-gdpr': {
    name: 'UK GDPR',
    languages: ['en'],
    rights: gdprRights('UK GDPR', true),
    // Since 19 Jun 2026 a complaint to the controller first (DPA 2018 s. 164A, inserted by the
    // Data (Use and Access) Act 2025 s. 103), then to the ICO (Art. 77).
    complaint: ['UK GDPR Art. 77', 'DPA 2018 s. 164A'],
  },
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
          CCPA_VERIFY,
        ],
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Right to delete',
        citations: [`${CCPA} §1798.105`, `${CCPA} §1798.130`, CCPA_VERIFY],
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Right to correct',
        citations: [`${CCPA} §1798.106`, `${CCPA} §1798.130`, CCPA_VERIFY],
        needs: IDENTIFY,
      },
      'opt-out-sale': {
        statuteName: 'Right to opt out of sale or sharing',
        citations: [`${CCPA} §1798.120`, '11 CCR §7026', CCPA_VERIFY],
        needs: ['email'],
      },
      'limit-sensitive': {
        statuteName: 'Right to limit use and disclosure of sensitive personal information',
        citations: [`${CCPA} §1798.121`, '11 CCR §7027', CCPA_VERIFY],
        needs: ['email'],
      },
    },
  },
  lgpd: {
    name: 'LGPD',
    languages: ['en', 'pt-BR'],
    rights: {
      access: {
        statuteName: 'Confirmação e acesso',
        citations: ['LGPD Art. 18 I', 'LGPD Art. 18 II', 'LGPD Art. 18 VII', 'LGPD Art. 19'],
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Correção',
        citations: ['LGPD Art. 18 III', 'LGPD Art. 18 §6'],
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Anonimização, bloqueio ou eliminação',
        citations: ['LGPD Art. 18 IV', 'LGPD Art. 18 VI', 'LGPD Art. 16', 'LGPD Art. 18 §6'],
        needs: IDENTIFY,
      },
      portability: {
        statuteName: 'Portabilidade',
        citations: ['LGPD Art. 18 V', 'LGPD Art. 19 §3'],
        needs: IDENTIFY,
      },
      objection: {
        statuteName: 'Oposição',
        citations: ['LGPD Art. 18 §2'],
        needs: ['name', 'email'],
      },
      'automated-decision': {
        statuteName: 'Revisão de decisões automatizadas',
        citations: ['LGPD Art. 20', 'LGPD Art. 20 §1'],
        needs: IDENTIFY,
      },
      'withdraw-consent': {
        statuteName: 'Revogação do consentimento',
        citations: ['LGPD Art. 18 IX', 'LGPD Art. 8 §5'],
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
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Rectification',
        citations: ['FADP Art. 32(1)'],
        needs: IDENTIFY,
      },
      erasure: {
        statuteName: 'Deletion',
        citations: ['FADP Art. 30(2)(b)', 'FADP Art. 32(2)(c)', 'FADP Art. 6(4)'],
        needs: IDENTIFY,
      },
      portability: {
        statuteName: 'Right to data delivery or transmission',
        citations: ['FADP Art. 28(1)', 'FADP Art. 28(2)'],
        needs: IDENTIFY,
      },
      objection: {
        statuteName: 'Processing against the express will of the data subject',
        citations: ['FADP Art. 30(2)(b)', 'FADP Art. 31(1)'],
        needs: ['name', 'email'],
      },
      'automated-decision': {
        statuteName: 'Automated individual decision',
        citations: ['FADP Art. 21(1)', 'FADP Art. 21(2)', 'FADP Art. 25(2)(f)'],
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
        needs: IDENTIFY,
      },
      rectification: {
        statuteName: 'Amendment of inaccurate information (Principle 4.9.5)',
        citations: ['PIPEDA Sch. 1, 4.9.5', 'PIPEDA Sch. 1, 4.9.6'],
        needs: IDENTIFY,
      },
      'withdraw-consent': {
        statuteName: 'Withdrawal of consent (Principle 4.3.8)',
        citations: ['PIPEDA Sch. 1, 4.3.8'],
        needs: ['name', 'email'],
      },
    },
  },
};

/** The rights a law offers, in catalogue order. */
export function rightsOf(law: Law): Right[] {
  return Right.options.filter((right) => CATALOGUE[law].rights[right] !== undefined);
}
