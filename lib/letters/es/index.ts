import type { LanguageLetters } from '../schema';
import { GDPR_ES } from './gdpr.data';

/** Every letter in Spanish (requests only: follow-ups and complaints fall back). */
export const ES: LanguageLetters = { requests: [GDPR_ES] };
