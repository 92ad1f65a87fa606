import type { LanguageLetters } from '../schema';
import { ESCALATION_DE } from './escalation.data';
import { GDPR_DE } from './gdpr.data';
import { REVFADP_DE } from './revfadp.data';

/** Every letter in German. */
export const DE: LanguageLetters = {
  requests: [GDPR_DE, REVFADP_DE],
  escalation: ESCALATION_DE,
};
