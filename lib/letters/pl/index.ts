import type { LanguageLetters } from '../schema';
import { ESCALATION_PL } from './escalation.data';
import { GDPR_PL } from './gdpr.data';

/** Every letter in Polish. */
export const PL: LanguageLetters = { requests: [GDPR_PL], escalation: ESCALATION_PL };
