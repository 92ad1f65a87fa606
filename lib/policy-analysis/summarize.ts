import type { Evidence } from '../shared/policy-text';
import { MAX_EVIDENCE } from './extract/match';
import type {
  Attributes,
  DataType,
  Flag,
  MessageParam,
  RetentionPeriod,
  SummaryItem,
} from './schema';

/** The summary names the few things that matter most (issue 4: "the 5–8 things"). */
export const MAX_SUMMARY_ITEMS = 8;
const MAX_LISTED = 6;
const SENSITIVE: readonly DataType[] = [
  'health',
  'biometric',
  'financial',
  'governmentId',
  'location',
];

const text = (t: string): MessageParam => ({ kind: 'text', text: t });
const msg = (key: string, params: MessageParam[] = []): MessageParam => ({
  kind: 'message',
  key,
  params,
});
const list = (keys: string[]): MessageParam => ({ kind: 'list', items: keys.map((k) => msg(k)) });

function item(
  id: string,
  params: MessageParam[],
  evidence: Evidence[],
  tone: SummaryItem['tone'] = 'neutral',
): SummaryItem {
  return { id, key: `summary_item_${id}`, params, tone, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

/** First passage of each value, so the evidence shows the breadth, not five times the same word. */
const firsts = (values: { evidence: Evidence[] }[]) =>
  values.flatMap((v) => v.evidence.slice(0, 1));

/** "P14M" → the message for "14 months" in the reader's language. */
export function durationParam(duration: string): MessageParam {
  const [, count = '0', unit = 'D'] = /^P(\d+)([DWMY])$/.exec(duration) ?? [];
  return msg(`summary_unit_${unit}_${count === '1' ? 'one' : 'other'}`, [text(count)]);
}

function retentionItem(a: Attributes, vague: Flag | undefined): SummaryItem | undefined {
  const figures = a.retention.filter((r) => r.duration !== undefined);
  const best: RetentionPeriod | undefined =
    figures.find((r) => r.dataTypes.length > 0) ?? figures[0];
  if (best?.duration) {
    const data =
      best.dataTypes.length > 0
        ? list(best.dataTypes.map((d) => `summary_dt_${d}`))
        : msg('summary_your_data');
    return item(`retention_${best.bound}`, [durationParam(best.duration), data], firsts(figures));
  }
  // The flag's evidence: vague words the extractor found, or the classifier's retention passages.
  return vague ? item('retention_vague', [], vague.evidence, 'warning') : undefined;
}

function sharingItem(a: Attributes): SummaryItem | undefined {
  const kinds = a.recipients.filter((r) => r.kind !== 'named');
  const names = a.recipients.filter((r) => r.kind === 'named').map((r) => text(r.name ?? ''));
  if (kinds.length === 0 && names.length === 0) {
    return undefined;
  }
  const all: MessageParam = {
    kind: 'list',
    items: [...kinds.map((r) => msg(`summary_rc_${r.kind}`)), ...names],
  };
  return item('shares', [all], firsts(a.recipients));
}

function childrenItem(a: Attributes): SummaryItem | undefined {
  const [age] = [...a.children.ageThresholds].sort((x, y) => y.value - x.value);
  if (age) {
    return item('children_age', [text(String(age.value))], age.evidence);
  }
  return a.children.mentions.length > 0 ? item('children', [], a.children.mentions) : undefined;
}

/** Candidate items in order of importance to a reader; the first MAX_SUMMARY_ITEMS are kept. */
function candidates(a: Attributes, flags: readonly Flag[]): (SummaryItem | undefined)[] {
  const flagged = (id: Flag['id']) => flags.find((f) => f.id === id);
  // Special categories and money first (GDPR Art. 9): what a reader most needs to know.
  const rank = (d: DataType) => (SENSITIVE.includes(d) ? SENSITIVE.indexOf(d) : SENSITIVE.length);
  const dataTypes = a.dataTypes
    .filter((d) => d.value !== 'childrenData')
    .sort((x, y) => rank(x.value) - rank(y.value))
    .slice(0, MAX_LISTED);
  const purposes = a.purposes.slice(0, MAX_LISTED);
  const partnerMarketing = flagged('partnerMarketing');
  const old = flagged('oldPolicy');
  const { outsideEea, safeguards } = a.transfers;
  // "complaint" beside "complaint to a supervisory authority" would read as the same right twice.
  const shownRights = a.rights.some((r) => r.value === 'complaintToAuthority')
    ? a.rights.filter((r) => r.value !== 'complaint')
    : a.rights;
  return [
    dataTypes.length > 0
      ? item('collects', [list(dataTypes.map((d) => `summary_dt_${d.value}`))], firsts(dataTypes))
      : undefined,
    purposes.length > 0
      ? item('purposes', [list(purposes.map((p) => `summary_pu_${p.value}`))], firsts(purposes))
      : undefined,
    partnerMarketing
      ? item('partner_marketing', [], partnerMarketing.evidence, 'warning')
      : undefined,
    sharingItem(a),
    retentionItem(a, flagged('retentionVague')) ??
      (flagged('retentionMissing') ? item('retention_none', [], [], 'warning') : undefined),
    outsideEea.length > 0
      ? safeguards.length > 0
        ? item(
            'transfers',
            [list(safeguards.map((s) => `summary_sg_${s.value}`))],
            [...outsideEea, ...firsts(safeguards)],
          )
        : item('transfers_unprotected', [], outsideEea, 'warning')
      : undefined,
    shownRights.length > 0
      ? item(
          'rights',
          [
            text(String(shownRights.length)),
            list(shownRights.map((r) => `summary_right_${r.value}`)),
          ],
          firsts(shownRights),
          'good',
        )
      : item('rights_none', [], [], 'warning'),
    childrenItem(a),
    a.lastUpdated
      ? item(
          'last_updated',
          [text(a.lastUpdated.date)],
          a.lastUpdated.evidence,
          old ? 'warning' : 'neutral',
        )
      : undefined,
    a.dpo.name
      ? item(
          'dpo_named',
          [text(a.dpo.name.value)],
          [...a.dpo.name.evidence, ...firsts(a.dpo.contacts)],
        )
      : a.dpo.mentions.length > 0
        ? item('dpo', [], a.dpo.mentions)
        : undefined,
    a.legalBases.length > 0
      ? item(
          'legal_bases',
          [list(a.legalBases.map((b) => `summary_lb_${b.value}`))],
          firsts(a.legalBases),
        )
      : undefined,
    a.security.length > 0
      ? item(
          'security',
          [list(a.security.map((s) => `summary_sec_${s.value}`))],
          firsts(a.security),
          'good',
        )
      : undefined,
  ];
}

/**
 * The few things that matter most, in plain words — each a message key with parameters (rendered
 * in the reader's language) and the passages behind it.
 */
export function summarize(attributes: Attributes, flags: readonly Flag[]): SummaryItem[] {
  return candidates(attributes, flags)
    .filter((i): i is SummaryItem => i !== undefined)
    .slice(0, MAX_SUMMARY_ITEMS);
}

/** Looks a message up and fills $1, $2… — browser.i18n's t() in the UI, a JSON file in the CLI. */
export type Translate = (key: string, ...substitutions: string[]) => string;

/** A message with its parameters, rendered through `translate`; lists are joined with ", ". */
export function renderMessage(
  key: string,
  params: readonly MessageParam[],
  translate: Translate,
): string {
  const render = (p: MessageParam): string =>
    p.kind === 'text'
      ? p.text
      : p.kind === 'message'
        ? renderMessage(p.key, p.params, translate)
        : p.items.map(render).join(', ');
  return translate(key, ...params.map(render));
}

/** A Translate over a messages.json-shaped object (for the CLI: locales/en/summary.json). */
export function translateFrom(messages: Readonly<Record<string, { message: string }>>): Translate {
  return (key, ...subs) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
