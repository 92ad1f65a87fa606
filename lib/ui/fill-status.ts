import type { FillError } from '../app/fill-form';
import type { FillField, FillReport } from '../directory/fill-schema';
import type { Result } from '../shared/result';
import { t } from './i18n';

const field = (f: FillField) => t(`fill_field_${f}`);
const list = (fields: readonly FillField[]) => fields.map(field).join(', ');

/** What "Fill the form on this page" did, in one polite announcement (the composer's status). */
export function fillStatus(outcome: Result<FillReport, FillError>): string {
  if (!outcome.ok) {
    return t('fill_failed');
  }
  const r = outcome.value;
  if (!r.filled.length && !r.kept.length) {
    return t('fill_none');
  }
  return [
    r.filled.length ? t('fill_done', list(r.filled)) : '',
    r.kept.length ? t('fill_kept', list(r.kept)) : '',
    r.missing.length ? t('fill_missing', list(r.missing)) : '',
    r.limit ? t('fill_limit', r.limit) : '',
    t('fill_check'),
  ]
    .filter(Boolean)
    .join(' ');
}
