import type { LanguageLetters } from '../schema';
import { ESCALATION_NL } from './escalation.data';

/** Every letter in Dutch. */
export const NL: LanguageLetters = { requests: [], escalation: ESCALATION_NL };
