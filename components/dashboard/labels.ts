import type { Law, RequestEvent, RequestStatus, Right } from '../../lib/deadlines/schema';
import { usStateLawLabel } from '../../lib/legal/us-states.data';
import { t } from '../../lib/ui/i18n';

/** Message keys allow [A-Za-z0-9_] only: 'uk-gdpr' → 'uk_gdpr'. */
const keyPart = (value: string) => value.replace(/-/g, '_');

export const statusLabel = (status: RequestStatus) => t(`dash_status_${status}`);
/** US state laws are named by their own Act and state, the same in every language. */
export const lawLabel = (law: Law) => usStateLawLabel(law) ?? t(`dash_law_${keyPart(law)}`);
/** By the catalogue's right id, under every law (the CCPA's "know" is shown as access). */
export const rightLabel = (right: Right) => t(`dash_right_${keyPart(right)}`);

export function eventLabel(event: RequestEvent): string {
  if (event.type === 'escalated') {
    if (event.to === 'controller') {
      return t('dash_event_escalated_controller');
    }
    return event.recipient
      ? t('dash_event_escalated_authority_named', event.recipient)
      : t('dash_event_escalated_authority');
  }
  return t(`dash_event_${keyPart(event.type)}`);
}

/** "12 days left", "due today", "3 days overdue" — one/other plural forms per language. */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft === 0) {
    return t('dash_due_today');
  }
  if (daysLeft > 0) {
    return daysLeft === 1 ? t('dash_day_left') : t('dash_days_left', daysLeft);
  }
  return daysLeft === -1 ? t('dash_day_overdue') : t('dash_days_overdue', -daysLeft);
}
