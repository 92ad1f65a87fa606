import { createSignal, Show } from 'solid-js';
import { t } from '../../lib/ui/i18n';

/**
 * Notifications are an optional permission, asked for only when the user presses this button
 * (PERMISSIONS.md); without it the toolbar badge counts the overdue requests.
 */
export function ReminderSettings(props: { granted: boolean; onEnable: () => Promise<boolean> }) {
  const [granted, setGranted] = createSignal<boolean>();
  const isGranted = () => granted() ?? props.granted;
  const enable = async () => setGranted(await props.onEnable());
  return (
    <section class="dash-reminders" aria-labelledby="dash-reminders-title">
      <h2 id="dash-reminders-title">{t('dash_reminders_title')}</h2>
      <p role="status" aria-live="polite">
        {isGranted() ? t('dash_reminders_on') : t('dash_reminders_off')}
      </p>
      <Show when={!isGranted()}>
        <button type="button" onClick={() => void enable()}>
          {t('dash_reminders_enable')}
        </button>
      </Show>
    </section>
  );
}
