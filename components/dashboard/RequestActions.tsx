import { createSignal, For, Show, untrack } from 'solid-js';
import type { RequestEventType } from '../../lib/deadlines/schema';
import type { NewRequestEvent } from '../../lib/app/ledger-service';
import { isLedgerDate, MAX_LEDGER_DATE, MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import { t } from '../../lib/ui/i18n';

/** What the user can record on a request; escalations are recorded from the escalation panel. */
export const ACTIONS = [
  'answered',
  'acknowledged',
  'extended',
  'id-requested',
  'id-provided',
  'clarification-requested',
  'clarification-provided',
  'closed',
  'note',
] as const satisfies readonly RequestEventType[];
export type ActionType = (typeof ACTIONS)[number];

export type NewEvent = NewRequestEvent;

/** Resolves to an error message to show, or undefined when the event was saved. */
export type RecordEvent = (event: NewEvent) => Promise<string | undefined>;

/**
 * One date (today unless changed) and an optional note, then a button per event type: each
 * press records a dated event. The outcome is announced politely (aria-live).
 */
export function RequestActions(props: { today: string; idPrefix: string; onRecord: RecordEvent }) {
  // The default date is today when the form appears; the user may change it.
  const [date, setDate] = createSignal(untrack(() => props.today));
  const [text, setText] = createSignal('');
  const [until, setUntil] = createSignal('');
  const [message, setMessage] = createSignal('');

  const record = async (type: ActionType) => {
    const note = text().trim();
    if (type === 'note' && note === '') {
      setMessage(t('dash_action_note_required'));
      return;
    }
    // A date field turns a two-digit year into 0026: refuse it here, in the user's words.
    if (!isLedgerDate(date()) || (type === 'extended' && until() && !isLedgerDate(until()))) {
      setMessage(t('dash_date_out_of_range', MIN_LEDGER_DATE, MAX_LEDGER_DATE));
      return;
    }
    const extra = {
      ...(note ? { text: note } : {}),
      // The date the controller announced (revFADP DPO Art. 18(2)); only an extension has one.
      ...(type === 'extended' && until() ? { until: until() } : {}),
    };
    const error = await props.onRecord({ type, date: date(), ...extra });
    setMessage(error === undefined ? t('dash_action_saved') : t('dash_action_failed', error));
    if (error === undefined) {
      setText('');
      setUntil('');
    }
  };

  return (
    <fieldset class="dash-actions">
      <legend>{t('dash_actions')}</legend>
      <label for={`${props.idPrefix}-date`}>{t('dash_action_date')}</label>
      <input
        id={`${props.idPrefix}-date`}
        type="date"
        required
        min={MIN_LEDGER_DATE}
        max={MAX_LEDGER_DATE}
        value={date()}
        onInput={(e) => setDate(e.currentTarget.value || props.today)}
      />
      <label for={`${props.idPrefix}-note`}>{t('dash_action_text')}</label>
      <input
        id={`${props.idPrefix}-note`}
        type="text"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label for={`${props.idPrefix}-until`}>{t('dash_action_until')}</label>
      <input
        id={`${props.idPrefix}-until`}
        type="date"
        min={MIN_LEDGER_DATE}
        max={MAX_LEDGER_DATE}
        value={until()}
        onInput={(e) => setUntil(e.currentTarget.value)}
      />
      <div class="dash-buttons">
        <For each={ACTIONS}>
          {(type) => (
            <button type="button" onClick={() => void record(type)}>
              {t(`dash_action_${type.replace(/-/g, '_')}`)}
            </button>
          )}
        </For>
      </div>
      <p role="status" aria-live="polite">
        <Show when={message()}>{message()}</Show>
      </p>
    </fieldset>
  );
}
