import { Show } from 'solid-js';
import type { ChannelKind } from '../../lib/deadlines/schema';
import { MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import { t } from '../../lib/ui/i18n';

const VIA_KEY: Record<ChannelKind, string> = {
  email: 'req_sent_via_email',
  'web-form': 'req_sent_via_webform',
  postal: 'req_sent_via_postal',
};

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
  /** How it will be recorded: said beside the button once the user took a way other than mail. */
  via?: ChannelKind | undefined;
  /** Asked for when the letter goes by post and the policy gave no postal address. */
  address?: { value: string; onInput: (value: string) => void } | undefined;
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
        <Show when={props.address}>
          {(address) => (
            <>
              <label for="req-sent-address">{t('req_sent_address')}</label>
              <textarea
                id="req-sent-address"
                rows="3"
                value={address().value}
                onInput={(e) => address().onInput(e.currentTarget.value)}
              />
            </>
          )}
        </Show>
        <button type="button" disabled={props.disabled} onClick={() => props.onConfirm()}>
          {t('req_sent_button')}
        </button>
        <Show when={props.via && props.via !== 'email' && props.via}>
          {(via) => <span class="muted small req-sent-via">{t(VIA_KEY[via()])}</span>}
        </Show>
      </Show>
    </fieldset>
  );
}
