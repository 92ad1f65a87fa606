import type { Authority } from '../legal/authorities';
import type { TrackedRequest } from '../deadlines/schema';
import { deriveState } from '../deadlines/timeline';
import { findAuthorityFor } from '../legal/find-authority';
import { usComplaintRoute } from '../legal/us-agencies.data';
import {
  commonValues,
  fallbackFor,
  inVocabulary,
  formatDate,
  letterBody,
  pickLanguage,
  textsFor,
  timelineText,
  usRouteValues,
} from './escalation-context';
import type { EscalationLetter, LetterOptions } from './escalation-context';
import { fill } from './fill';

export interface ComplaintOptions extends LetterOptions {
  /** Another authority chosen by the user (GDPR Art. 77: residence, work or infringement). */
  authority?: Authority;
}

/**
 * A complaint to the supervisory authority of the controller's country (German Land by
 * subdivision) with the request's timeline, in the authority's language where we have a
 * template; otherwise in `lang` (or English), and `fallback` says so.
 */
export function renderComplaint(
  request: TrackedRequest,
  today: string,
  lang: string,
  options: ComplaintOptions = {},
): EscalationLetter {
  const authority =
    options.authority ?? findAuthorityFor(request.law, request.country, request.subdivision);
  const wanted = authority?.complaintLanguage ?? undefined;
  // An authority whose language we do not know: the request's language is the best guess.
  const language = pickLanguage(
    options.language ? [options.language] : [wanted ?? request.language, lang],
  );
  const texts = textsFor(language);
  const state = deriveState(request, today);
  const values = commonValues(request, state, today, texts);
  const complaint = texts.complaint;
  const answered = request.events
    .filter((e) => e.type === 'answered')
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  values.status = answered
    ? fill(complaint.statusAnswered, { answered: formatDate(answered.date, texts) })
    : fill(complaint.statusUnanswered, values);
  values.legalBasis = complaint.legalBasis[request.law] ?? '';
  values.timeline = timelineText(request, texts);
  values.deadline = fill(values.statutory ? complaint.deadline : complaint.noPeriod, values);
  // UK: the ICO expects a complaint to the controller first (DPA 2018 s. 164A).
  const toController = request.events
    .filter((e) => e.type === 'escalated' && e.to === 'controller')
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(0);
  // US: the Act's appeal and its duty to point the consumer to this office (or why this office).
  const usRoute = usComplaintRoute(request.law);
  values.priorComplaint = usRoute
    ? fill(usRoute.appeal ? complaint.usAppeal : complaint.usAgency, {
        ...values,
        ...usRouteValues(usRoute, texts),
      })
    : request.law === 'uk-gdpr' && toController
      ? fill(complaint.ukPriorComplaint, { date: formatDate(toController.date, texts) })
      : '';
  const fallback = options.language ? undefined : fallbackFor(wanted, language);
  return {
    ...(authority?.email ? { to: authority.email } : {}),
    subject: inVocabulary(
      fill(values.statutory ? complaint.subject : complaint.subjectNoPeriod, values),
      request,
      texts,
    ),
    body: inVocabulary(letterBody(complaint.paragraphs, values, options), request, texts),
    language,
    ...(fallback ? { fallback } : {}),
    ...(authority
      ? {
          authority: {
            name: authority.name,
            complaintUrl: authority.complaintUrl,
            email: authority.email,
          },
        }
      : {}),
  };
}
