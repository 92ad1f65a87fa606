import { CATALOGUE, Law, type Language, type Right } from '../../lib/legal/catalogue.data';
import type { ReplyDeadline } from '../../lib/legal/reply-deadline';
import type { ChoiceReason } from '../../lib/rights-requests/choose-law';
import type { ProfileField } from '../../lib/rights-requests/schema';
import type { RecipientErrorCode } from '../../lib/rights-requests/validate-recipient';
import { usStateLawLabel } from '../../lib/legal/us-states.data';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { localCitation } from '../../lib/ui/legal-names';

/** i18n keys allow [A-Za-z0-9_] only; our ids use dashes. */
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export const rightLabel = (right: Right) => t(key('req_right', right));
export const rightHint = (right: Right) => t(key('req_right', right) + '_hint');
/** US state laws are named by their own Act and state, the same in every language. */
export const lawLabel = (law: Law) => usStateLawLabel(law) ?? t(key('req_law', law));
export const languageLabel = (language: Language) => t(key('req_lang', language));
export const fieldLabel = (field: ProfileField) => t(key('req_field', field));
export const recipientMessage = (code: RecipientErrorCode) => t(key('req_recipient', code));

function displayName(code: string, type: 'region' | 'language'): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the UI language ("sv" → "Swedish"); the code itself when unknown. */
export const languageName = (code: string) => displayName(code, 'language');

/** A reason's parameters, readable: "FR" → "France", "fr" → "French", "GDPR" → "RGPD" in French. */
function readable(param: string): string {
  const law = Law.options.find((id) => CATALOGUE[id].name === param);
  if (law) {
    return lawLabel(law);
  }
  if (/^[A-Z]{2}$/.test(param)) {
    return displayName(param, 'region');
  }
  if (/^[a-z]{2}$/.test(param)) {
    return displayName(param, 'language');
  }
  if (/^[a-z]{2}-[A-Z]{2}$/.test(param)) {
    // A letter variant ('pt-PT'): the same words as the language picker.
    return languageLabel(param as Language);
  }
  return param;
}

export const reasonText = (reason: ChoiceReason) => t(reason.key, ...reason.params.map(readable));

/** "They must reply within 1 month (GDPR Art. 12(3))", or that the law sets no fixed period. */
export function deadlineText(deadline: ReplyDeadline | undefined): string {
  if (!deadline) {
    return '';
  }
  if (deadline.amount === undefined || deadline.unit === undefined) {
    return t('req_deadline_none', localCitation(deadline.citation));
  }
  if (deadline.unit === 'months' && deadline.amount === 1) {
    return t('req_deadline_one_month', localCitation(deadline.citation));
  }
  return t(key('req_deadline', deadline.unit), deadline.amount, localCitation(deadline.citation));
}
