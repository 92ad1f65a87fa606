import type { LanguageLetters } from '../schema';
import { ESCALATION_FR } from './escalation.data';
import { GDPR_FR } from './gdpr.data';
import { PIPEDA_FR } from './pipeda.data';
import { REVFADP_FR } from './revfadp.data';

/** Every letter in French. */
export const FR: LanguageLetters = {
  requests: [GDPR_FR, REVFADP_FR, PIPEDA_FR],
  escalation: ESCALATION_FR,
};
