import { daysBetween } from '../deadlines/iso-date';
import { sentTo } from '../deadlines/sent-to';
import { statuteWord } from '../legal/statute-word';
import type { UsComplaintRoute } from '../legal/us-agencies.data';
import type { Period, PeriodRule } from '../legal/periods.data';
import { hasStatutoryPeriod, periodRule } from '../legal/periods.data';
import type { RequestEvent, TrackedRequest } from '../deadlines/schema';
import type { RequestState } from '../deadlines/timeline';
import { recordedAuthorityName } from '../legal/authority-name';
import { cleanLine } from '../shared/clean-text';
import { assemble, fill } from './fill';
import { escalationLetters } from './registry';
import type { EscalationLetters, Paragraph } from './schema';

/** What a follow-up or complaint returns: ready to copy, mail or download. */
export interface EscalationLetter {
  to?: string;
  subject: string;
  body: string;
  /** The language the letter is written in. */
  language: string;
  /** Set when the wanted language had no template and we fell back (the UI says so). */
  fallback?: { wanted: string; note: string };
  authority?: { name: string; complaintUrl: string | null; email: string | null };
}

export interface LetterOptions {
  /** The user's name, set under the closing line (the domain knows no profile). */
  signer?: string;
  /**
   * Write in this language whoever receives it: the user's own copy of a letter that goes out in
   * the authority's or the request's language (issue 15: "what you are sending, in your language").
   */
  language?: string;
}

/** The body: filled paragraphs, then the signer's name if given. */
export function letterBody(
  templates: readonly Paragraph[],
  values: Record<string, string>,
  options: LetterOptions,
): string {
  const body = assemble(templates, values).join('\n\n');
  const signer = options.signer?.trim();
  return signer ? `${body}\n${signer}` : body;
}

/** The first language with a template among the candidates; English as the last resort. */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split('-')[0];
    if (primary && escalationLetters(primary)) {
      return primary;
    }
  }
  return 'en';
}

/** The `fallback` field of a letter when `language` is not the `wanted` one. */
export function fallbackFor(
  wanted: string | null | undefined,
  language: string,
): EscalationLetter['fallback'] | undefined {
  const primary = wanted?.toLowerCase().split('-')[0];
  if (!wanted || primary === language) {
    return undefined;
  }
  return { wanted, note: fill(textsFor(language).fallback, { wanted }) };
}

export function textsFor(language: string): EscalationLetters {
  return escalationLetters(language) ?? (escalationLetters('en') as EscalationLetters);
}

/**
 * '2 March 2026', '2 mars 2026', '2. März 2026' — computed in UTC: a date has no time zone.
 * French writes the first of the month as an ordinal: '1er avril 2026'.
 */
export function formatDate(iso: string, texts: EscalationLetters): string {
  const format = new Intl.DateTimeFormat(texts.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const text = format.format(new Date(`${iso}T00:00:00Z`));
  return texts.firstOfMonth && iso.endsWith('-01')
    ? text.replace(/^1(?=\s)/, texts.firstOfMonth)
    : text;
}

/** '{n} days' with the language's own plural rule (Intl.PluralRules: French 0 and 1 are singular). */
export function plural(
  count: number,
  forms: { one: string; other: string },
  texts: EscalationLetters,
): string {
  const form = new Intl.PluralRules(texts.locale).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { n: String(count) });
}

export function periodText(period: Period, texts: EscalationLetters): string {
  const unit = texts.units[period.unit];
  // 'one month' reads better than '1 month' in a letter: the word form for exactly one.
  return period.amount === 1 ? unit.one : fill(unit.other, { n: String(period.amount) });
}

function eventLine(event: RequestEvent, request: TrackedRequest, texts: EscalationLetters): string {
  let template = texts.events[event.type];
  let to = '';
  if (event.type === 'escalated' && event.to === 'authority') {
    // Recorded under its English name: said the way this letter's language names it.
    template = event.recipient
      ? (texts.complaintLodgedWith ?? texts.complaintLodged)
      : texts.complaintLodged;
    to = event.recipient
      ? recordedAuthorityName(event.recipient, texts.locale)
      : texts.theAuthority;
  } else if (event.type === 'escalated') {
    to = event.recipient ?? sentTo(request);
  }
  const label = fill(template, { recipient: sentTo(request), to });
  const text = event.text?.trim() ? ` ${event.text.trim()}` : '';
  return `- ${formatDate(event.date, texts)}${texts.colon}${label}${text}`;
}

/** The request's history as dated lines, the sending first (it may not be recorded as an event). */
export function timelineText(request: TrackedRequest, texts: EscalationLetters): string {
  const events = [...request.events].sort((a, b) => a.date.localeCompare(b.date));
  const lines = events.map((e) => eventLine(e, request, texts));
  if (!events.some((e) => e.type === 'sent')) {
    const sent: RequestEvent = { id: 'sent', type: 'sent', date: request.sentDate };
    lines.unshift(eventLine(sent, request, texts));
  }
  return lines.join('\n');
}

/**
 * The placeholders a follow-up or complaint template may use: the values below, and those each
 * renderer adds (tests/meta/letters.test.ts checks every template against this list).
 */
export const ESCALATION_PLACEHOLDERS = [
  ...['statutory', 'smallAgent', 'daysLate', 'daysSince', 'controller', 'site', 'recipient'],
  ...['law', 'lawOf', 'right', 'sent', 'due', 'today', 'period', 'citation'],
  // US routes (usRouteValues)
  ...['agency', 'agencyCitation', 'appealPeriod', 'appealExtension', 'appealCitation'],
  // render-follow-up.ts
  ...['extended', 'paused', 'warn', 'deadline', 'intro'],
  // render-complaint.ts
  ...['status', 'legalBasis', 'timeline', 'priorComplaint'],
] as const;

/** Values shared by both letters. */
export function commonValues(
  request: TrackedRequest,
  state: RequestState,
  today: string,
  texts: EscalationLetters,
): Record<string, string> {
  const rule = periodRule(request.law, request.right);
  const elapsed = Math.max(0, daysBetween(request.sentDate, today));
  return {
    ...deadlineValues(request, rule, state, today, texts),
    daysSince: plural(elapsed, texts.days, texts),
    // Already clean when read through the schema; cleaned again for callers that build requests.
    controller: cleanLine(request.controller),
    site: request.site,
    recipient: sentTo(request),
    law: texts.laws[request.law],
    lawOf: texts.lawsOf[request.law],
    right: texts.rights[statuteWord(request.law, request.right)],
    sent: formatDate(request.sentDate, texts),
    due: formatDate(state.due, texts),
    today: formatDate(today, texts),
    period: periodText(rule.period, texts),
    citation: texts.citations[state.deadline.rule] ?? state.deadline.citation,
  };
}

/** The sentences about the deadline: the statutory one, or none where the law sets none. */
function deadlineValues(
  request: TrackedRequest,
  rule: PeriodRule,
  state: RequestState,
  today: string,
  texts: EscalationLetters,
): Record<string, string> {
  const statutory = hasStatutoryPeriod(request.law, request.right);
  const doubled = state.deadline.steps.find((s) => s.key === 'doubled-small-agent');
  const smallAgent =
    doubled && rule.smallAgentFactor
      ? fill(texts.smallAgent, {
          smallPeriod: periodText(
            { ...rule.period, amount: rule.period.amount * rule.smallAgentFactor.factor },
            texts,
          ),
          smallCitation: rule.smallAgentFactor.citation,
        })
      : '';
  return {
    statutory: statutory ? 'yes' : '',
    smallAgent,
    daysLate: plural(Math.max(0, daysBetween(state.due, today)), texts.days, texts),
  };
}

/** The law's own vocabulary and spelling, then the language's contractions (EscalationLetters). */
export function inVocabulary(
  text: string,
  request: TrackedRequest,
  texts: EscalationLetters,
): string {
  return [...(texts.vocabulary?.[request.law] ?? []), ...(texts.contractions ?? [])].reduce(
    (result, [from, to]) => result.replaceAll(from, to),
    text,
  );
}

/** The values of a US appeal-and-complaint sentence (lib/legal/us-agencies.data.ts). */
export function usRouteValues(
  route: UsComplaintRoute,
  texts: EscalationLetters,
): Record<string, string> {
  const days = (amount: number) => periodText({ amount, unit: 'calendar-days' }, texts);
  const extension = route.appeal?.extension;
  return {
    agency: route.agency,
    agencyCitation: route.citation,
    appealPeriod: route.appeal ? days(route.appeal.days) : '',
    // The bare count ('60 Tage'): after 'by'/'um'/'o' some languages need another case than 'within'.
    appealExtension: extension
      ? fill(texts.appealExtension, { n: plural(extension, texts.days, texts) })
      : '',
    appealCitation: route.appeal?.citation ?? '',
  };
}
