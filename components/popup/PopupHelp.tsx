import { Show } from 'solid-js';
import { t } from '@/lib/ui/i18n';

/**
 * The popup's help: the keyboard shortcut the browser actually has for Rightful (read at run time,
 * the user may have changed it), where to change it, and the extension's privacy statement.
 */
export function PopupHelp(props: {
  /** '' = no key assigned; undefined = the browser cannot tell. */
  shortcut: string | undefined;
  onChangeShortcut: () => void;
}) {
  return (
    <details class="help">
      <summary>{t('help_title')}</summary>
      <p>
        <Show when={props.shortcut !== undefined} fallback={t('help_shortcut_unknown')}>
          {props.shortcut ? t('help_shortcut', props.shortcut) : t('help_shortcut_none')}
        </Show>{' '}
        <button type="button" class="link" onClick={() => props.onChangeShortcut()}>
          {t('help_shortcut_change')}
        </button>
      </p>
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacy_link')}
        </a>
      </p>
    </details>
  );
}
