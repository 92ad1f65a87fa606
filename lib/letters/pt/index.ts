import type { LanguageLetters } from '../schema';
import { ESCALATION_PT } from './escalation.data';
import { LGPD_PT } from './lgpd.data';

/** Every letter in Portuguese: LGPD requests in Brazilian usage, escalation in European. */
export const PT: LanguageLetters = { requests: [LGPD_PT], escalation: ESCALATION_PT };
