import type { LanguageLetters } from '../schema';
import { ESCALATION_PT } from './escalation.data';
import { GDPR_PT } from './gdpr.data';
import { LGPD_PT } from './lgpd.data';

/**
 * Every letter in Portuguese: GDPR requests in European Portuguese (pt-PT), LGPD requests in
 * Brazilian (pt-BR), follow-ups and complaints in European with Brazilian words under the LGPD.
 */
export const PT: LanguageLetters = { requests: [GDPR_PT, LGPD_PT], escalation: ESCALATION_PT };
