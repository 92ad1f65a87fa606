import type { Flag, MessageParam, PolicyAnalysis, SummaryItem } from '../policy-analysis/schema';
import { bestContact } from '../policy-detection/best-contact';
import type { ContactsResult } from '../policy-detection/schema';
import type { Evidence } from '../shared/policy-text';
import { catalogueRightsOf } from '../legal/analysis-right';
import type { Right } from '../shared/right';

export type LineTone = 'good' | 'neutral' | 'warning';
export type VerdictTone = 'good' | 'mixed' | 'warning';
export type VerdictLineId = 'collect' | 'share' | 'keep' | 'rights' | 'contact';

/** One key point of the verdict card: a message, its tone, and the sentences behind it. */
export interface VerdictLine {
  id: VerdictLineId;
  key: string;
  params: MessageParam[];
  tone: LineTone;
  evidence: Evidence[];
  /** A web address the line names or points to (a request form, a contact page): a link. */
  link?: string;
}

/** The first screen after reading, and what stays for "details" — all from one analysis. */
export interface Verdict {
  tone: VerdictTone;
  /**
   * Points to watch, counted once each: the card's warning lines plus `watchItems` and `flags`
   * (what the "Points to watch" section lists), so the headline and the section agree.
   */
  watch: number;
  lines: VerdictLine[];
  /** Summary items the lines do not already say, warnings excepted. */
  details: SummaryItem[];
  /** Summary items the lines do not already say that are warnings: listed with the flags. */
  watchItems: SummaryItem[];
  /** Flags no line or detail already says. */
  flags: Flag[];
  /** The policy's language when the rules do not cover it (read with English cues, may miss things). */
  uncoveredLanguage?: string;
}

/** The rights that make a list complete enough to call good: the two people use most, and two more. */
const CORE_RIGHTS: Right[] = ['access', 'erasure'];
const ENOUGH_RIGHTS = 4;

const text = (value: string): MessageParam => ({ kind: 'text', text: value });
const line = (
  id: VerdictLineId,
  key: string,
  params: MessageParam[],
  tone: LineTone,
  evidence: Evidence[] = [],
): VerdictLine => ({ id, key, params, tone, evidence });

/** Which summary items a verdict line restates, and which flags a line or item already says. */
const IN_LINES = (id: string) =>
  id === 'collects' || id === 'shares' || id.startsWith('retention_') || id.startsWith('rights');
const SAID_BY: Partial<Record<Flag['id'], (ids: Set<string>) => boolean>> = {
  retentionVague: () => true,
  retentionMissing: () => true,
  partnerMarketing: (ids) => ids.has('partner_marketing'),
  oldPolicy: (ids) => ids.has('last_updated'),
};

function rightsLine(analysis: PolicyAnalysis, rights: SummaryItem | undefined): VerdictLine {
  const listed = analysis.attributes.rights;
  if (!rights || rights.id === 'rights_none' || listed.length === 0) {
    return line('rights', 'verdict_rights_none', [], 'warning');
  }
  const names = rights.params[1] ?? text('');
  // The analysis' own names mapped to the catalogue's ids (lib/legal/analysis-right.ts).
  const requestable = catalogueRightsOf(listed);
  const complete =
    CORE_RIGHTS.every((r) => requestable.includes(r)) && listed.length >= ENOUGH_RIGHTS;
  return complete
    ? line('rights', 'verdict_rights', [names], 'good', rights.evidence)
    : line('rights', 'verdict_rights_some', [names], 'neutral', rights.evidence);
}

function contactLine(contacts: ContactsResult): VerdictLine {
  // The same first way to write as the contacts panel and the composer (bestContact).
  const best = bestContact(contacts.contacts);
  switch (best?.kind) {
    case 'email':
      return line('contact', 'verdict_contact_email', [text(best.value)], 'good');
    case 'webform': {
      // Only a web page is a link (the finders give http(s) URLs; a page's words are not trusted).
      const link = /^https?:\/\//i.test(best.value) ? { link: best.value } : {};
      // Not a privacy form: the site's own contact page, the policy giving no contact at all.
      return best.reasons.some((r) => r.code === 'contactPage')
        ? { ...line('contact', 'verdict_contact_page', [text(best.value)], 'warning'), ...link }
        : { ...line('contact', 'verdict_contact_form', [], 'neutral'), ...link };
    }
    case 'address':
      return line('contact', 'verdict_contact_post', [text(best.value)], 'neutral');
    default:
      return line('contact', 'verdict_contact_none', [], 'warning');
  }
}

/**
 * Points that measure a policy against the GDPR: the Art. 13(2) rights, a DPO contact (Art. 37),
 * a named supervisory authority (Art. 77), safeguards for transfers outside the EU/EEA (Chapter V).
 * A policy read under a US law is not held to them (its checklist is the CCPA's): said of every
 * US page, they would make each one look unlawful (issue 12).
 */
const GDPR_ONLY_FLAGS: ReadonlySet<Flag['id']> = new Set([
  'noDpoContact',
  'rightsMissing',
  'authorityNotNamed',
]);
const GDPR_ONLY_ITEMS: ReadonlySet<string> = new Set(['transfers_unprotected']);

/** Which law the policy is measured against: the GDPR's points, or a US law's (none of them). */
export interface VerdictOptions {
  usLaw?: boolean;
}

/** How many of the points to watch the card's own lines say (the rest are listed below it). */
export function watchInCard(verdict: Pick<Verdict, 'lines'>): number {
  return verdict.lines.filter((l) => l.tone === 'warning').length;
}

/**
 * The verdict card: what they collect, who they share with, how long they keep it, your rights and
 * whom to write to — each line from the analysis' own summary items, so card, details and flags
 * never say a thing twice or contradict each other.
 */
export function buildVerdict(
  analysis: PolicyAnalysis,
  contacts: ContactsResult,
  options: VerdictOptions = {},
): Verdict {
  const byId = (pred: (id: string) => boolean) => analysis.summary.find((i) => pred(i.id));
  const collects = byId((id) => id === 'collects');
  const shares = byId((id) => id === 'shares');
  const keep = byId((id) => id.startsWith('retention_'));
  const lines: VerdictLine[] = [
    collects
      ? line('collect', collects.key, collects.params, 'neutral', collects.evidence)
      : line('collect', 'verdict_collect_none', [], 'warning'),
    shares
      ? line('share', shares.key, shares.params, 'neutral', shares.evidence)
      : line('share', 'verdict_share_none', [], 'neutral'),
    keep
      ? line('keep', keep.key, keep.params, keep.tone, keep.evidence)
      : line('keep', 'verdict_keep_none', [], 'warning'),
    rightsLine(
      analysis,
      byId((id) => id.startsWith('rights')),
    ),
    contactLine(contacts),
  ];
  const rest = analysis.summary.filter(
    (i) => !IN_LINES(i.id) && !(options.usLaw && GDPR_ONLY_ITEMS.has(i.id)),
  );
  const ids = new Set(rest.map((i) => i.id));
  const flags = analysis.flags.filter(
    (f) => !(SAID_BY[f.id]?.(ids) ?? false) && !(options.usLaw && GDPR_ONLY_FLAGS.has(f.id)),
  );
  const watchItems = rest.filter((i) => i.tone === 'warning');
  const watch = watchInCard({ lines }) + watchItems.length + flags.length;
  return {
    tone: watch === 0 ? 'good' : watch <= 2 ? 'mixed' : 'warning',
    watch,
    lines,
    details: rest.filter((i) => i.tone !== 'warning'),
    watchItems,
    flags,
    ...(analysis.languageCovered === false ? { uncoveredLanguage: analysis.language } : {}),
  };
}
