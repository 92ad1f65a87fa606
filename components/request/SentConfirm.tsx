import { Show } from 'solid-js';
import { MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import { t } from '../../lib/ui/i18n';

/**
 * "I sent it", with the date it was sent (defaults to today; never in the future). Once confirmed
 * it says so and offers no second click: a second click would file the request twice.
 */
export function SentConfirm(props: {
  date: string;
  max: string;
  disabled: boolean;
  /** The date the user confirmed, once confirmed. */
  sent?: string | undefined;
  onDate: (date: string) => void;
  onConfirm: () => void;
}) {
  return (
    <fieldset class="req-sent">
      <legend>{t('req_sent_legend')}</legend>
      <Show
        when={props.sent === undefined}
        fallback={<p class="req-sent-done">{t('send_already_sent', props.sent ?? '')}</p>}
      >
        <label for="req-sent-date">{t('req_sent_date')}</label>
        <input
          id="req-sent-date"
          type="date"
          value={props.date}
          min={MIN_LEDGER_DATE}
          max={props.max}
          onInput={(e) => props.onDate(e.currentTarget.value)}
        />
        <button type="button" disabled={props.disabled} onClick={() => props.onConfirm()}>
          {t('req_sent_button')}
        </button>
      </Show>
    </fieldset>
  );
}
