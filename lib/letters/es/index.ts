import type { LanguageLetters } from '../schema';
import { ESCALATION_ES } from './escalation.data';
import { GDPR_ES } from './gdpr.data';

/** Every letter in Spanish. */
export const ES: LanguageLetters = { requests: [GDPR_ES], escalation: ESCALATION_ES };
