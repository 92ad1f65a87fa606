import type { TrackedRequest } from '../schema';
import { deriveState } from '../timeline';
import { findAuthority } from './find-authority';
import {
  commonValues,
  fallbackFor,
  fill,
  letterBody,
  pickLanguage,
  textsFor,
} from './letter-context';
import type { Letter, LetterOptions } from './letter-context';

/**
 * A follow-up to the controller once the deadline has passed: the law, its period and citation,
 * the sent and due dates, and the complaint to come. Written in the language of the original
 * request where we have a template, else `lang`, else English.
 */
export function renderFollowUp(
  request: TrackedRequest,
  today: string,
  lang: string,
  options: LetterOptions = {},
): Letter {
  const language = pickLanguage([request.language, lang]);
  const texts = textsFor(language);
  const state = deriveState(request, today);
  const authority = findAuthority(request.country, request.subdivision);
  const values = commonValues(request, state, today, texts);
  const letter = texts.followUp;
  values.daysLate = String(Math.max(0, -state.daysLeft));
  values.extended = state.extendedDue ? fill(letter.extended, values) : '';
  values.paused =
    state.pausedDays > 0 ? fill(letter.paused, { pausedDays: String(state.pausedDays) }) : '';
  values.warn = authority
    ? fill(letter.warnAuthority, { authority: authority.localName ?? authority.name })
    : letter.warnGeneric;
  const fallback = fallbackFor(request.language, language);
  return {
    to: request.recipient,
    subject: fill(letter.subject, values),
    body: letterBody(letter.paragraphs, values, options),
    language,
    ...(fallback ? { fallback } : {}),
  };
}
