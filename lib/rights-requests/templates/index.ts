import type { Language, Law } from '../catalogue.data';
import type { TemplateSet } from '../template-schema';
import { GDPR_DE } from './gdpr/de.data';
import { GDPR_EN } from './gdpr/en.data';
import { GDPR_ES } from './gdpr/es.data';
import { GDPR_FR } from './gdpr/fr.data';
import { GDPR_IT } from './gdpr/it.data';
import { UK_GDPR_EN } from './uk-gdpr/en.data';
import { CCPA_EN } from './ccpa/en.data';
import { LGPD_EN } from './lgpd/en.data';
import { LGPD_PT } from './lgpd/pt.data';
import { REVFADP_DE } from './revfadp/de.data';
import { REVFADP_EN } from './revfadp/en.data';
import { REVFADP_FR } from './revfadp/fr.data';
import { PIPEDA_EN } from './pipeda/en.data';
import { PIPEDA_FR } from './pipeda/fr.data';
import { US_NONE_EN, US_STATE_EN } from './us-state/en';

/** Every template set; tests/meta checks it covers every offered (law, right, language). */
export const TEMPLATE_SETS: readonly TemplateSet[] = [
  GDPR_EN,
  GDPR_FR,
  GDPR_DE,
  GDPR_ES,
  GDPR_IT,
  UK_GDPR_EN,
  CCPA_EN,
  LGPD_EN,
  LGPD_PT,
  REVFADP_EN,
  REVFADP_DE,
  REVFADP_FR,
  PIPEDA_EN,
  PIPEDA_FR,
  ...US_STATE_EN,
  US_NONE_EN,
];

export function templateSet(law: Law, language: Language): TemplateSet | undefined {
  return TEMPLATE_SETS.find((set) => set.law === law && set.language === language);
}
