import type { LanguageLetters } from '../schema';
import { ESCALATION_IT } from './escalation.data';
import { GDPR_IT } from './gdpr.data';

/** Every letter in Italian. */
export const IT: LanguageLetters = { requests: [GDPR_IT], escalation: ESCALATION_IT };
