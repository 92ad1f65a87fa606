import type { LanguageLetters } from '../schema';
import { GDPR_IT } from './gdpr.data';

/** Every letter in Italian (requests only: follow-ups and complaints fall back). */
export const IT: LanguageLetters = { requests: [GDPR_IT] };
