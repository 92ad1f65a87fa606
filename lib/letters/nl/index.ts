import type { LanguageLetters } from '../schema';
import { ESCALATION_NL } from './escalation.data';
import { GDPR_NL } from './gdpr.data';

/** Every letter in Dutch. */
export const NL: LanguageLetters = { requests: [GDPR_NL], escalation: ESCALATION_NL };
