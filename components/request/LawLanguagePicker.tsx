import { For, Show } from 'solid-js';
import { Law, type Language } from '../../lib/legal/catalogue.data';
import type { ChoiceReason } from '../../lib/rights-requests/choose-law';
import { t } from '../../lib/ui/i18n';
import { languageLabel, lawLabel, reasonText } from './labels';

/** Law and letter language, proposed with the reasons why, and open to change. */
export function LawLanguagePicker(props: {
  law: Law;
  language: Language;
  languages: readonly Language[];
  reasons: ChoiceReason[];
  isDefault: boolean;
  onLaw: (law: Law) => void;
  onLanguage: (language: Language) => void;
}) {
  return (
    <fieldset class="req-law">
      <legend>{t('req_law_legend')}</legend>
      <label for="req-law-select">{t('req_law_label')}</label>
      <select
        id="req-law-select"
        value={props.law}
        onChange={(e) => props.onLaw(Law.parse(e.currentTarget.value))}
      >
        <For each={Law.options}>{(law) => <option value={law}>{lawLabel(law)}</option>}</For>
      </select>
      <label for="req-lang-select">{t('req_lang_label')}</label>
      <select
        id="req-lang-select"
        value={props.language}
        onChange={(e) => props.onLanguage(e.currentTarget.value as Language)}
      >
        <For each={props.languages}>
          {(lang) => <option value={lang}>{languageLabel(lang)}</option>}
        </For>
      </select>
      <Show when={props.isDefault} fallback={<p class="req-why">{t('req_why_user_choice')}</p>}>
        <ul class="req-why" aria-label={t('req_why_label')}>
          <For each={props.reasons}>{(reason) => <li>{reasonText(reason)}</li>}</For>
        </ul>
      </Show>
    </fieldset>
  );
}
