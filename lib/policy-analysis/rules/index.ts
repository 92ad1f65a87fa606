import { DE_RULES } from './de.data';
import { EN_RULES } from './en.data';
import { FR_RULES } from './fr.data';
import type { LanguageRules } from './rule-types';

const RULES: Readonly<Record<string, LanguageRules>> = { en: EN_RULES, fr: FR_RULES, de: DE_RULES };

/**
 * The rules for a language. Languages without their own rules use English: policies in other
 * languages often keep English terms (cookies, opt-out), and an empty rule set would say nothing.
 */
export function rulesFor(lang: string): LanguageRules {
  return RULES[lang.slice(0, 2).toLowerCase()] ?? EN_RULES;
}
