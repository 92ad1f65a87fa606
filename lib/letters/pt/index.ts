import type { LanguageLetters } from '../schema';
import { LGPD_PT } from './lgpd.data';

/** Every letter in Portuguese (requests only: follow-ups and complaints fall back). */
export const PT: LanguageLetters = { requests: [LGPD_PT] };
