import type { Evidence } from '../shared/policy-text';
import { MAX_EVIDENCE } from './extract/match';
import type { Attributes, ChecklistId, ChecklistItem, Flag, MessageParam } from './schema';

/** A policy older than this is flagged: laws and practices move faster (e.g. GDPR applied from 2018-05-25). */
export const OLD_POLICY_YEARS = 2;

/** The rights GDPR Art. 13(2)(b)–(d) requires a policy to list, as checklist items. */
const REQUIRED_RIGHTS: readonly ChecklistId[] = [
  'rightAccess',
  'rightRectification',
  'rightErasure',
  'rightRestriction',
  'rightObjection',
  'rightPortability',
  'rightWithdrawConsent',
  'rightComplaint',
];

const text = (t: string): MessageParam => ({ kind: 'text', text: t });
const msg = (key: string, params: MessageParam[] = []): MessageParam => ({
  kind: 'message',
  key,
  params,
});
const flag = (id: Flag['id'], evidence: Evidence[], params: MessageParam[] = []): Flag => ({
  id,
  key: `summary_flag_${id}`,
  params,
  evidence: evidence.slice(0, MAX_EVIDENCE),
});

/** Whole years from `from` to `to` (ISO dates), by string comparison — no clock, no time zones. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

function retentionFlags(a: Attributes, checklist: readonly ChecklistItem[]): Flag[] {
  if (a.retention.some((r) => r.duration !== undefined)) {
    return [];
  }
  if (a.retention.length > 0) {
    return [
      flag(
        'retentionVague',
        a.retention.flatMap((r) => r.evidence),
      ),
    ];
  }
  const labelled = checklist.find((c) => c.id === 'retention')?.evidence ?? [];
  return labelled.length > 0 ? [flag('retentionVague', labelled)] : [flag('retentionMissing', [])];
}

function sharingFlags(a: Attributes): Flag[] {
  const flags: Flag[] = [];
  const offers = a.purposes.find((p) => p.value === 'partnerOffers')?.evidence ?? [];
  if (a.partnerMarketing.length > 0 || offers.length > 0) {
    flags.push(
      flag('partnerMarketing', a.partnerMarketing.length > 0 ? a.partnerMarketing : offers),
    );
  }
  // A promised list with no company named anywhere: the list was not given (a link is not a list).
  if (a.partnersListPromised.length > 0 && !a.recipients.some((r) => r.kind === 'named')) {
    flags.push(flag('partnersListNotGiven', a.partnersListPromised));
  }
  return flags;
}

function contactFlags(a: Attributes, checklist: readonly ChecklistItem[]): Flag[] {
  const flags: Flag[] = [];
  const dpo = checklist.find((c) => c.id === 'dpoContact');
  if (a.dpo.contacts.length === 0 && dpo?.status !== 'present') {
    flags.push(flag('noDpoContact', a.dpo.mentions));
  }
  const missing = checklist.filter((c) => REQUIRED_RIGHTS.includes(c.id) && c.status === 'missing');
  if (missing.length > 0) {
    const names = missing.map((c) => msg(`summary_check_${c.id}`));
    flags.push(flag('rightsMissing', [], [{ kind: 'list', items: names }]));
  }
  // A section titled "Supervisory authority" that names none (issue 4) — not every sentence
  // granting the right to complain to "a supervisory authority", which GDPR Art. 13(2)(d) allows.
  if (a.authority.sections.length > 0 && a.authority.named.length === 0) {
    flags.push(flag('authorityNotNamed', a.authority.sections));
  }
  return flags;
}

/**
 * What a reader should be warned about (issue 4): vague or missing retention, partners' marketing,
 * a partners list promised but not given, no DPO contact, rights missing, an old policy, and a
 * "supervisory authority" section that names none. `today` is an ISO date given by the caller.
 */
export function findFlags(
  a: Attributes,
  checklist: readonly ChecklistItem[],
  today: string,
): Flag[] {
  const flags = [
    ...retentionFlags(a, checklist),
    ...sharingFlags(a),
    ...contactFlags(a, checklist),
  ];
  const updated = a.lastUpdated;
  // "Older than two years": strictly before the same day two years ago.
  const cutoff = `${Number(today.slice(0, 4)) - OLD_POLICY_YEARS}${today.slice(4)}`;
  if (updated && updated.date < cutoff) {
    const years = yearsBetween(updated.date, today);
    flags.push(flag('oldPolicy', updated.evidence, [text(updated.date), text(String(years))]));
  }
  return flags;
}
