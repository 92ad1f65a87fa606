import type { LanguageLetters } from '../schema';
import { CCPA_EN } from './ccpa.data';
import { ESCALATION_EN } from './escalation.data';
import { GDPR_EN } from './gdpr.data';
import { LGPD_EN } from './lgpd.data';
import { PIPEDA_EN } from './pipeda.data';
import { REVFADP_EN } from './revfadp.data';
import { UK_GDPR_EN } from './uk-gdpr.data';
import { US_NONE_EN, US_STATE_EN } from './us-state';

/** Every letter in English. */
export const EN: LanguageLetters = {
  requests: [
    GDPR_EN,
    UK_GDPR_EN,
    CCPA_EN,
    LGPD_EN,
    REVFADP_EN,
    PIPEDA_EN,
    ...US_STATE_EN,
    US_NONE_EN,
  ],
  escalation: ESCALATION_EN,
};
