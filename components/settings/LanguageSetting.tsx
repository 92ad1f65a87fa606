import { For } from 'solid-js';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../lib/shared/ui-languages';
import type { UiLanguageChoice } from '../../lib/storage/ui-language';
import { t } from '../../lib/ui/i18n';

/** "polski", "Nederlands": each language named in itself, so a reader lost in one finds theirs. */
export function endonym(lang: UiLanguage): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The UI language setting: the browser's (default) or one of the eight. */
export function LanguageSetting(props: {
  value: UiLanguageChoice;
  onChange: (choice: UiLanguageChoice) => void;
}) {
  return (
    <p class="language-setting">
      <label>
        {t('settings_language')}{' '}
        <select
          value={props.value}
          onChange={(event) => {
            const choice = event.currentTarget.value;
            if (choice === 'auto' || isUiLanguage(choice)) {
              props.onChange(choice);
            }
          }}
        >
          <option value="auto">{t('settings_language_auto')}</option>
          <For each={UI_LANGUAGES}>
            {(lang) => (
              <option value={lang} lang={lang}>
                {endonym(lang)}
              </option>
            )}
          </For>
        </select>
      </label>
    </p>
  );
}
