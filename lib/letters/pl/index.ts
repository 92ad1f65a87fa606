import type { LanguageLetters } from '../schema';
import { ESCALATION_PL } from './escalation.data';

/** Every letter in Polish. */
export const PL: LanguageLetters = { requests: [], escalation: ESCALATION_PL };
