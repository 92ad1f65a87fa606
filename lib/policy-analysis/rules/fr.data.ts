import type { LanguageRules } from './rule-types';

export const FR_RULES: LanguageRules = { sentence: [], heading: [] };
