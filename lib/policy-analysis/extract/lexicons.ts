import type { ExtractLexicon } from './lexicon';
import { LEXICON_DE } from './lexicon-de.data';
import { LEXICON_EN } from './lexicon-en.data';
import { LEXICON_ES } from './lexicon-es.data';
import { LEXICON_FR } from './lexicon-fr.data';
import { LEXICON_IT } from './lexicon-it.data';
import { LEXICON_NL } from './lexicon-nl.data';
import { LEXICON_PL } from './lexicon-pl.data';
import { LEXICON_PT } from './lexicon-pt.data';

const LEXICONS: Readonly<Record<string, ExtractLexicon>> = {
  en: LEXICON_EN,
  fr: LEXICON_FR,
  de: LEXICON_DE,
  es: LEXICON_ES,
  it: LEXICON_IT,
  nl: LEXICON_NL,
  pt: LEXICON_PT,
  pl: LEXICON_PL,
};

/** The patterns for a language; English for languages without their own (most policies online). */
export function lexiconFor(lang: string): ExtractLexicon {
  return LEXICONS[lang.split('-')[0]?.toLowerCase() ?? 'en'] ?? LEXICON_EN;
}

/** Languages with their own extraction patterns. */
export const EXTRACT_LANGUAGES = Object.keys(LEXICONS);
