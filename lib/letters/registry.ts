import type { Language, Law } from '../legal/catalogue.data';
import { DE } from './de/index';
import { EN } from './en/index';
import { ES } from './es/index';
import { FR } from './fr/index';
import { IT } from './it/index';
import { NL } from './nl/index';
import { PL } from './pl/index';
import { PT } from './pt/index';
import type { EscalationLetters, LanguageLetters, RequestLetters } from './schema';

/**
 * Every language's letters, by primary language subtag (a set's own `language` may name a region:
 * Portuguese has 'pt-PT' GDPR and 'pt-BR' LGPD requests). Adding a language is adding its folder
 * (lib/letters/<lang>/index.ts) and one line here — see lib/letters/README.md.
 */
export const LETTERS: Readonly<Record<string, LanguageLetters>> = {
  en: EN,
  fr: FR,
  de: DE,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  pl: PL,
};

/** Every request template set; tests/meta checks it covers every offered (law, right, language). */
export const TEMPLATE_SETS: readonly RequestLetters[] = Object.values(LETTERS).flatMap(
  (l) => l.requests,
);

/**
 * The requests under `law` in `language`: that exact variant ('pt-PT'), or for a bare primary tag
 * ('pt') the law's set in that language — never another region's variant for a regional tag.
 */
export function templateSet(law: Law, language: Language): RequestLetters | undefined {
  const [primary = language, region] = language.split('-');
  const sets = LETTERS[primary]?.requests.filter((set) => set.law === law) ?? [];
  return sets.find((set) => set.language === language) ?? (region ? undefined : sets[0]);
}

/** Follow-up and complaint letters in `language` (primary subtag), where we have them. */
export function escalationLetters(language: string): EscalationLetters | undefined {
  return LETTERS[language]?.escalation;
}
