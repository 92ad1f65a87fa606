import { US_STATE_LAWS, usLawId, type UsStateLaw } from './us-states.data';
import type { Law } from '../shared/law';
import type { Right } from '../shared/right';

/**
 * Legal response periods as data: one rule per (law, group of rights), each with its citation.
 * compute-deadline.ts interprets them. Where the text leaves a point open, `readings` names the
 * choice we made — always the later, safer date to escalate on, so a follow-up or complaint is
 * never premature — and the UI shows it (see lib/deadlines/README.md).
 */

/** How a period is counted from the day of receipt (the day of receipt itself is not counted). */
export type Period =
  /** Same date `amount` months later, the month's last day where it does not exist. */
  | { unit: 'months'; amount: number }
  | { unit: 'calendar-days'; amount: number }
  /** Working days: not Saturday, Sunday or a public holiday of the controller's country. */
  | { unit: 'business-days'; amount: number };

/**
 * What happens when the last day is not a working day:
 * 'working-day' → next day that is not Saturday, Sunday or public holiday;
 * 'non-holiday' → next day that is not Sunday or public holiday (Canada, Interpretation Act s. 35);
 * 'none' → the date stands.
 */
export type RollOver = 'working-day' | 'non-holiday' | 'none';

/** A choice made where the law is unsettled; `key` is a UI message key suffix. */
export type Reading =
  | 'extension-from-receipt'
  | 'roll-over-assumed'
  | 'calendar-days-assumed'
  | 'reference-period'
  | 'id-pause-by-analogy'
  | 'small-agent-assumed';

export interface PeriodRule {
  /** Stable id, shown in the CLI and stored nowhere. */
  key: string;
  law: Law;
  /** The rights this rule covers; 'other' = every right of the law not listed in another rule. */
  rights: readonly Right[] | 'other';
  period: Period;
  rollOver: RollOver;
  /** The statute's period provision first, then the counting rules after ';' (reply-deadline.ts). */
  citation: string;
  /** The extended period, counted from receipt (not chained onto the rolled first date). */
  extension?: { period: Period; citation: string };
  /** revFADP: the controller itself announces the later date (DPO Art. 18(2)). */
  extensionSetByController?: { citation: string };
  acknowledge?: { period: Period; citation: string };
  /**
   * What a request for ID does to the clock. 'pause' = the days between the controller's request
   * and the user's answer do not count, and only if the controller asked within `promptDays` of
   * receipt ("without undue delay", EDPB GL 01/2022 §159 — the law gives no number; we take 14).
   * 'restart' = the period runs afresh from the day the ID arrives (UK GDPR Art. 12A: the latest of
   * receipt of the request, of the ID asked for, or of a fee). 'never' = verification does not
   * extend the period. `analogy`: the law itself is silent; we borrow the EDPB's reading and say so.
   */
  idPause: ClockRule;
  /** What a request to clarify the request does (UK GDPR Art. 12A: stops the clock). */
  clarification: ClockRule;
  /** LGPD small processing agents: periods doubled (Res. CD/ANPD 2/2022 art. 14). */
  smallAgentFactor?: { factor: number; citation: string };
  readings: readonly Reading[];
}

export type ClockRule =
  | { mode: 'pause'; promptDays?: number; citation: string; analogy?: boolean }
  | { mode: 'restart'; citation: string }
  | { mode: 'never'; citation: string };

const EDPB_PAUSE = 'EDPB Guidelines 01/2022, §159';
/** The EDPB reading, borrowed for a law that says nothing (LGPD, revFADP, PIPEDA): an analogy. */
const EDPB_ANALOGY: ClockRule = {
  mode: 'pause',
  promptDays: 14,
  citation: `${EDPB_PAUSE}, by analogy only (no force under this law)`,
  analogy: true,
};
const UK_12A = 'UK GDPR Art. 12A (Data (Use and Access) Act 2025 s. 76, in force 5 Feb 2026)';

/**
 * US state laws: "without undue delay, but in any case not later than 45 days after receipt"
 * (Iowa: 90), extendable once by 45 days when reasonably necessary, with notice within the first
 * period (e.g. Va. Code §59.1-577(B); Ind. Code §24-15-3-1(c)). Authentication does not stop the
 * clock in any of them. No roll-over rule in the Acts: we take the next working day (the later
 * date), and say so.
 */
function usStateRule(law: UsStateLaw): PeriodRule {
  const cite = law.sections.response;
  return {
    key: `${usLawId(law.state)}-response`,
    law: usLawId(law.state),
    rights: 'other',
    period: { unit: 'calendar-days', amount: law.period },
    rollOver: 'working-day',
    citation: cite,
    extension: {
      period: { unit: 'calendar-days', amount: law.period + law.extension },
      citation: `${cite}: ${law.extension} more days, once, with notice`,
    },
    idPause: { mode: 'never', citation: cite },
    clarification: { mode: 'never', citation: cite },
    readings: ['roll-over-assumed'],
  };
}

export const PERIOD_RULES: readonly PeriodRule[] = [
  ...US_STATE_LAWS.map(usStateRule),
  {
    // No statute: 45 days as a reference only (the most common state period); no letter states it.
    key: 'us-none-reference',
    law: 'us-none',
    rights: 'other',
    period: { unit: 'calendar-days', amount: 45 },
    rollOver: 'working-day',
    citation: 'no statute (reference period only)',
    idPause: { mode: 'never', citation: 'no statute' },
    clarification: { mode: 'never', citation: 'no statute' },
    readings: [],
  },
  {
    key: 'gdpr-art-12-3',
    law: 'gdpr',
    rights: 'other',
    period: { unit: 'months', amount: 1 },
    // Reg. 1182/71 Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends at the
    // end of the following working day; EDPB GL 01/2022 §§160-161 apply it to Art. 12(3).
    rollOver: 'working-day',
    citation: 'GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 3',
    // The EU texts do not say whether "two further months" run from receipt or from the end of
    // the first month; counting three months from receipt (as the ICO does) is the later date.
    extension: { period: { unit: 'months', amount: 3 }, citation: 'GDPR Art. 12(3)' },
    idPause: { mode: 'pause', promptDays: 14, citation: EDPB_PAUSE },
    // Recital 63 and EDPB GL 01/2022 §159 treat a request to specify the same way.
    clarification: { mode: 'pause', promptDays: 14, citation: `${EDPB_PAUSE}; GDPR recital 63` },
    readings: ['extension-from-receipt'],
  },
  {
    key: 'uk-gdpr-art-12-3-ico',
    law: 'uk-gdpr',
    rights: 'other',
    // ICO: the day of receipt is day one and the period ends on the corresponding calendar date
    // of the next month (or the month's last day); a weekend or bank holiday moves it to the next
    // working day. The same end date as the EU method.
    period: { unit: 'months', amount: 1 },
    rollOver: 'working-day',
    citation:
      'UK GDPR Arts. 12(3) and 12A; ICO, "Time limits for responding to data protection rights requests"',
    extension: {
      period: { unit: 'months', amount: 3 },
      citation: 'UK GDPR Art. 12(3); ICO: three months from the original start date',
    },
    // Art. 12A: the month runs from the latest of receipt of the request, of the ID asked for, or
    // of a fee — a restart, with no promptness condition; only a clarification stops the clock.
    idPause: { mode: 'restart', citation: UK_12A },
    clarification: { mode: 'pause', citation: UK_12A },
    readings: [],
  },
  {
    key: 'ccpa-7026-f',
    law: 'ccpa',
    rights: ['opt-out-sale'],
    period: { unit: 'business-days', amount: 15 },
    rollOver: 'none',
    citation: 'Cal. Code Regs. tit. 11, §7026(f)',
    // Opt-out requests need not be verified (§7026), so nothing pauses the clock.
    idPause: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7026' },
    clarification: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7026' },
    readings: [],
  },
  {
    key: 'ccpa-7027-g',
    law: 'ccpa',
    rights: ['limit-sensitive'],
    period: { unit: 'business-days', amount: 15 },
    rollOver: 'none',
    citation: 'Cal. Code Regs. tit. 11, §7027(g)',
    // Requests to limit need not be verified (§7027), so nothing pauses the clock.
    idPause: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7027' },
    clarification: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7027' },
    readings: [],
  },
  {
    key: 'ccpa-1798-130',
    law: 'ccpa',
    rights: 'other',
    period: { unit: 'calendar-days', amount: 45 },
    // The regulations do not move a day 45 that falls on a weekend; California's general rule
    // (Civ. Code §10, Code Civ. Proc. §§12, 12a) does: we take that later date.
    rollOver: 'working-day',
    citation: 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tit. 11, §7021(b)',
    extension: {
      period: { unit: 'calendar-days', amount: 90 },
      citation: 'Cal. Code Regs. tit. 11, §7021(b): 45 more days, 90 in all',
    },
    acknowledge: {
      period: { unit: 'business-days', amount: 10 },
      citation: 'Cal. Code Regs. tit. 11, §7021(a)',
    },
    // §7021(b): the period begins on receipt "regardless of time required to verify".
    idPause: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7021(b)' },
    clarification: { mode: 'never', citation: 'Cal. Code Regs. tit. 11, §7021(b)' },
    readings: ['roll-over-assumed'],
  },
  {
    key: 'lgpd-art-19-ii',
    law: 'lgpd',
    rights: 'other',
    period: { unit: 'calendar-days', amount: 15 },
    rollOver: 'working-day',
    citation: 'LGPD Art. 19, II',
    // Res. CD/ANPD 2/2022 art. 14: small processing agents (micro and small enterprises,
    // start-ups) have double the periods for data subjects' requests.
    smallAgentFactor: { factor: 2, citation: 'Resolução CD/ANPD nº 2/2022, art. 14' },
    idPause: EDPB_ANALOGY,
    clarification: EDPB_ANALOGY,
    readings: ['calendar-days-assumed', 'roll-over-assumed', 'id-pause-by-analogy'],
  },
  {
    key: 'revfadp-dpo-22',
    law: 'revfadp',
    rights: ['portability'],
    period: { unit: 'calendar-days', amount: 30 },
    rollOver: 'working-day',
    // DPO Art. 22 applies the access period (Art. 18) to data delivery and transmission.
    citation: 'FADP Art. 28; Data Protection Ordinance Arts. 22 and 18',
    extensionSetByController: { citation: 'Data Protection Ordinance Art. 18(2)' },
    idPause: EDPB_ANALOGY,
    clarification: EDPB_ANALOGY,
    readings: ['roll-over-assumed', 'id-pause-by-analogy'],
  },
  {
    key: 'revfadp-art-25-7',
    law: 'revfadp',
    rights: 'other',
    period: { unit: 'calendar-days', amount: 30 },
    // Federal Act on the Calculation of Time Limits falling on Saturdays (SR 173.110.3).
    rollOver: 'working-day',
    citation: 'FADP Art. 25(7); Data Protection Ordinance Art. 18',
    extensionSetByController: { citation: 'Data Protection Ordinance Art. 18(2)' },
    idPause: EDPB_ANALOGY,
    clarification: EDPB_ANALOGY,
    readings: ['roll-over-assumed', 'id-pause-by-analogy'],
  },
  {
    key: 'pipeda-8-3',
    law: 'pipeda',
    rights: 'other',
    period: { unit: 'calendar-days', amount: 30 },
    // Interpretation Act s. 26: a time limit ending on a holiday runs to the next day that is not
    // a holiday; s. 35 counts Sunday, not Saturday, as a holiday.
    rollOver: 'non-holiday',
    citation: 'PIPEDA s. 8(3); Interpretation Act ss. 26, 35',
    extension: {
      period: { unit: 'calendar-days', amount: 60 },
      citation: 'PIPEDA s. 8(4): at most 30 more days',
    },
    idPause: EDPB_ANALOGY,
    clarification: EDPB_ANALOGY,
    readings: ['roll-over-assumed', 'id-pause-by-analogy'],
  },
];

/**
 * For these laws, the only rights with a period in the statute (LGPD Art. 19: confirmation and
 * access; revFADP: access, DPO Art. 18, and data delivery, DPO Art. 22; PIPEDA s. 8(3): access).
 * Their other rights have none: we track the access period as a reference and say so, and no
 * letter claims it (hasStatutoryPeriod).
 */
export const STATUTORY_RIGHTS: Partial<Record<Law, readonly Right[]>> = {
  lgpd: ['access'],
  revfadp: ['access', 'portability'],
  pipeda: ['access'],
  'us-none': [],
};

/**
 * What a letter or the composer cites for a right with no statutory period, where one provision
 * says so for all of the law's rights (LGPD Art. 18 §§3–5: an immediate reply, or the reasons,
 * "nos prazos e nos termos previstos em regulamento"); otherwise the provision granting the right.
 */
export const NO_PERIOD_CITATION: Partial<Record<Law, string>> = {
  lgpd: 'LGPD Art. 18 §§3–5',
};

/** The rule for a law and right: the first listing the right, else the law's 'other' rule. */
export function periodRule(law: Law, right: Right): PeriodRule {
  const ofLaw = PERIOD_RULES.filter((r) => r.law === law);
  const rule =
    ofLaw.find((r) => r.rights !== 'other' && r.rights.includes(right)) ??
    ofLaw.find((r) => r.rights === 'other');
  if (!rule) {
    throw new Error(`no period rule for ${law}`);
  }
  return rule;
}

/** Whether the law itself sets a reply period for this right (else letters must not claim one). */
export function hasStatutoryPeriod(law: Law, right: Right): boolean {
  return STATUTORY_RIGHTS[law]?.includes(right) ?? true;
}
