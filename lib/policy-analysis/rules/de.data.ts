import type { LanguageRules } from './rule-types';

export const DE_RULES: LanguageRules = { sentence: [], heading: [] };
