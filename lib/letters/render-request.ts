import * as z from 'zod';
import { CATALOGUE, Language, Law, Right } from '../legal/catalogue.data';
import { minimise } from '../rights-requests/minimise';
import { ProfileField, type PolicyFacts, type Profile } from '../rights-requests/schema';
import { validateRecipient, type RecipientErrorCode } from '../rights-requests/validate-recipient';
import { err, ok, type Result } from '../shared/result';
import { assemble, fill } from './fill';
import { templateSet } from './registry';
import type { Condition, RequestFrame } from './schema';
import { endsAfterName, formatDuration, joinNames, nameLine, oneLine, userText } from './text';

export const RenderedRequest = z.object({
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  law: Law,
  right: Right,
  language: Language,
  citations: z.array(z.string()),
  fieldsUsed: z.array(ProfileField),
});
export type RenderedRequest = z.infer<typeof RenderedRequest>;

export type RenderError =
  | { code: 'invalid-recipient'; reason: RecipientErrorCode }
  | { code: 'unsupported-right'; law: Law; right: Right }
  /** The law (or this right of it) starts after the request date: it must not be claimed. */
  | { code: 'not-in-force'; law: Law; right: Right; since: string }
  | { code: 'unsupported-language'; law: Law; language: Language };

export interface LetterInput {
  law: Law;
  right: Right;
  language: Language;
  facts: PolicyFacts;
  profile: Profile;
  /** ISO date of the request (the caller's clock, never ours). */
  today: string;
  /** Free text some rights need: the correction to make, the decision contested. */
  details?: string;
  /** The company's own identification fields (company directory): these and no more. */
  requiredFields?: readonly ProfileField[];
}
export interface RenderInput extends LetterInput {
  to: string;
}
export type Letter = Omit<RenderedRequest, 'to'>;

const MAX_PURPOSES = 12;

function conditions(input: LetterInput, duration: string | undefined): Set<Condition> {
  const { facts } = input;
  const known: [Condition, boolean][] = [
    ['controllerNamed', Boolean(facts.controllerName?.trim())],
    ['partnersMentioned', facts.partners.mentioned || facts.partners.named.length > 0],
    ['partnersNamed', facts.partners.named.length > 0],
    ['sourcesMentioned', facts.partnerSources.mentioned],
    ['publicSources', facts.publicSources?.mentioned === true],
    ['retentionDuration', duration !== undefined],
    ['retentionStatement', duration === undefined && Boolean(facts.retention?.quote.trim())],
    ['legitimateInterest', facts.legitimateInterestPurposes.length > 0],
    ['marketing', Boolean(facts.marketing?.quote.trim())],
    ['details', Boolean(input.details?.trim())],
    ['policyUrl', Boolean(facts.policyUrl)],
  ];
  return new Set(known.filter(([, is]) => is).map(([c]) => c));
}

/** The placeholders a request template may use (tests/meta/letters.test.ts checks every one). */
export const REQUEST_PLACEHOLDERS = [
  'controller',
  'partners',
  'partnersQuote',
  'sourcesQuote',
  'publicQuote',
  'retention',
  'retentionQuote',
  'liPurposes',
  'marketingQuote',
  'details',
  'policyUrl',
] as const;

function variables(
  input: LetterInput,
  frame: RequestFrame,
  duration?: string,
): Record<(typeof REQUEST_PLACEHOLDERS)[number], string> {
  const { facts } = input;
  const quote = (q?: string) => (q?.trim() ? fill(frame.quote, { q: oneLine(q) }) : '');
  return {
    controller: nameLine(facts.controllerName ?? '', 120) || frame.controllerFallback,
    partners: joinNames(
      facts.partners.named.map((n) => nameLine(n, 80)),
      frame.and,
    ),
    partnersQuote: quote(facts.partners.quote),
    sourcesQuote: quote(facts.partnerSources.quote),
    publicQuote: quote(facts.publicSources?.quote),
    retention: duration ?? '',
    retentionQuote: quote(facts.retention?.quote),
    liPurposes: facts.legitimateInterestPurposes
      .slice(0, MAX_PURPOSES)
      .map((p) => `${frame.bullet}${oneLine(p.text, 160)}`)
      .join('\n'),
    marketingQuote: quote(facts.marketing?.quote),
    details: userText(input.details ?? ''),
    policyUrl: oneLine(facts.policyUrl ?? '', 300),
  };
}

function contract(text: string, frame: RequestFrame, names: readonly string[]): string {
  const contracted = (frame.contractions ?? []).reduce(
    (t, [from, to]) => t.replaceAll(from, to),
    text,
  );
  return endsAfterName(contracted, names);
}

/** The letter for (law, right, language), before it is addressed to anyone. */
export function renderLetter(input: LetterInput): Result<Letter, RenderError> {
  const { law, right, language } = input;
  const entry = CATALOGUE[law].rights[right];
  if (!entry) {
    return err({ code: 'unsupported-right', law, right });
  }
  const since = [CATALOGUE[law].inForce, entry.since]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  if (since && input.today < since) {
    return err({ code: 'not-in-force', law, right, since });
  }
  const set = templateSet(law, language);
  const template = set?.rights[right];
  if (!set || !template) {
    return err({ code: 'unsupported-language', law, language });
  }
  const { frame } = set;
  const duration = input.facts.retention?.duration
    ? formatDuration(input.facts.retention.duration, frame)
    : undefined;
  const known = conditions(input, duration);
  const vars = variables(input, frame, duration);
  const names = [vars.controller, vars.partners];
  const paragraphs = assemble(template.paragraphs, vars, known, (t) => contract(t, frame, names));
  const { fields, values } = minimise(input.profile, law, right, input.requiredFields);
  const identity = fields.map(
    (f) => `${frame.fieldLabels[f]}${frame.fieldSeparator}${oneLine(values[f] ?? '', 300)}`,
  );
  const body = [
    frame.greeting,
    ...paragraphs,
    ...(identity.length > 0 ? [`${frame.identityIntro}\n${identity.join('\n')}`] : []),
    ...(frame.identityNote ? [frame.identityNote] : []),
    [frame.closing, ...(values.name ? [oneLine(values.name, 120)] : [])].join('\n'),
  ].join('\n\n');
  return ok({
    subject: template.subject,
    body,
    law,
    right,
    // The set's own tag: plain 'pt' resolves to 'pt-PT' (GDPR) or 'pt-BR' (LGPD).
    language: set.language,
    citations: [...entry.citations],
    fieldsUsed: fields,
  });
}

/** The complete request: validated recipient, subject, body, citations, profile fields used. */
export function renderRequest(input: RenderInput): Result<RenderedRequest, RenderError> {
  const to = validateRecipient(input.to);
  if (!to.ok) {
    return err({ code: 'invalid-recipient', reason: to.error });
  }
  const letter = renderLetter(input);
  return letter.ok ? ok({ to: to.value, ...letter.value }) : letter;
}
