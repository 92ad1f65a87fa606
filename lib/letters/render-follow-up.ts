import type { TrackedRequest } from '../deadlines/schema';
import { deriveState } from '../deadlines/timeline';
import type { Authority } from '../legal/authorities';
import { findAuthorityFor } from '../legal/find-authority';
import { usComplaintRoute } from '../legal/us-agencies.data';
import {
  commonValues,
  fallbackFor,
  inVocabulary,
  letterBody,
  pickLanguage,
  plural,
  textsFor,
  usRouteValues,
} from './escalation-context';
import type { EscalationLetter, LetterOptions } from './escalation-context';
import { fill } from './fill';

/** DPA 2018 s. 164A (Data (Use and Access) Act 2025 s. 103) applies from this day. */
export const UK_COMPLAINT_TO_CONTROLLER_FROM = '2026-06-19';

/**
 * A follow-up to the controller once the deadline has passed: the law, its period and citation,
 * the sent and due dates, and the complaint to come — or, where the law sets no period for this
 * right, only the days elapsed (no invented deadline). Under the UK GDPR since 19 June 2026 it is
 * framed as a complaint to the controller under DPA 2018 s. 164A, the step the ICO expects before
 * a complaint to it. Written in the language of the original request where we have a template,
 * else `lang`, else English.
 */
export function renderFollowUp(
  request: TrackedRequest,
  today: string,
  lang: string,
  options: LetterOptions & { authority?: Authority } = {},
): EscalationLetter {
  const language = pickLanguage(options.language ? [options.language] : [request.language, lang]);
  const texts = textsFor(language);
  const state = deriveState(request, today);
  // The authority the complaint would go to: the user's choice (a Spanish regional public body's
  // own authority, …) or the controller's by default.
  const authority =
    options.authority ?? findAuthorityFor(request.law, request.country, request.subdivision);
  const usRoute = usComplaintRoute(request.law);
  const values = commonValues(request, state, today, texts);
  const letter = texts.followUp;
  values.extended = state.extendedDue ? fill(letter.extended, values) : '';
  values.paused =
    state.pausedDays > 0
      ? fill(letter.paused, { pausedDays: plural(state.pausedDays, texts.days, texts) })
      : '';
  values.warn = usRoute
    ? fill(usRoute.appeal ? letter.warnUsAppeal : letter.warnUsAgency, {
        ...values,
        ...usRouteValues(usRoute, texts),
      })
    : authority
      ? fill(letter.warnAuthority, { authority: authority.localName ?? authority.name })
      : letter.warnGeneric;
  values.deadline = fill(values.statutory ? letter.deadline : letter.noPeriod, values);
  const ukComplaint = request.law === 'uk-gdpr' && today >= UK_COMPLAINT_TO_CONTROLLER_FROM;
  values.intro = ukComplaint ? fill(letter.ukComplaint, values) : '';
  const subject = ukComplaint
    ? letter.ukComplaintSubject
    : values.statutory
      ? letter.subject
      : letter.subjectNoPeriod;
  const fallback = options.language ? undefined : fallbackFor(request.language, language);
  return {
    ...(request.recipient ? { to: request.recipient } : {}),
    subject: inVocabulary(fill(subject, values), request, texts),
    body: inVocabulary(letterBody(letter.paragraphs, values, options), request, texts),
    language,
    ...(fallback ? { fallback } : {}),
  };
}
