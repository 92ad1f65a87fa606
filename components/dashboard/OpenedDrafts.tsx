import { createSignal, For, Show } from 'solid-js';
import type { OpenedDraft } from '../../lib/app/opened-drafts';
import { isLedgerDate, MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import { sentTo } from '../../lib/deadlines/sent-to';
import { t } from '../../lib/ui/i18n';
import { rightLabel } from './labels';

export interface OpenedDraftsProps {
  drafts: OpenedDraft[];
  today: string;
  /** Resolves to an error message, or undefined once tracked. */
  onConfirm: (key: string, sentDate: string) => Promise<string | undefined>;
  onForget: (key: string) => void;
}

/** One draft: the date it was sent (today by default) and "I sent it", once. */
function OpenedDraftItem(props: {
  draft: OpenedDraft;
  today: string;
  index: number;
  onConfirm: OpenedDraftsProps['onConfirm'];
  onForget: OpenedDraftsProps['onForget'];
  onStatus: (text: string) => void;
}) {
  // eslint-disable-next-line solid/reactivity -- the default only; the user's date wins
  const [date, setDate] = createSignal(props.today);
  const [busy, setBusy] = createSignal(false);
  const id = () => `dash-opened-${props.index}`;
  const confirm = async () => {
    if (busy()) {
      return;
    }
    if (!isLedgerDate(date()) || date() > props.today) {
      props.onStatus(t('req_sent_date_invalid', MIN_LEDGER_DATE, props.today));
      return;
    }
    setBusy(true);
    const error = await props.onConfirm(props.draft.key, date());
    setBusy(false);
    props.onStatus(
      error === undefined
        ? t('dash_opened_tracked', props.draft.request.controller)
        : t('dash_opened_failed', error),
    );
  };
  return (
    <li class="dash-opened-item">
      <h3 id={`${id()}-title`}>
        {props.draft.request.controller} — {rightLabel(props.draft.request.right)}
      </h3>
      <p class="muted small">
        {t('dash_opened_when', props.draft.opened, sentTo(props.draft.request))}
      </p>
      <p class="dash-opened-actions">
        <label for={`${id()}-date`}>{t('req_sent_date')}</label>{' '}
        <input
          id={`${id()}-date`}
          type="date"
          value={date()}
          min={MIN_LEDGER_DATE}
          max={props.today}
          onInput={(e) => setDate(e.currentTarget.value)}
        />{' '}
        <button
          type="button"
          class="primary"
          disabled={busy()}
          aria-describedby={`${id()}-title`}
          onClick={() => void confirm()}
        >
          {t('req_sent_button')}
        </button>{' '}
        <button
          type="button"
          class="link"
          aria-describedby={`${id()}-title`}
          onClick={() => props.onForget(props.draft.key)}
        >
          {t('dash_opened_forget')}
        </button>
      </p>
    </li>
  );
}

/**
 * Requests opened in a mail app from the popup but not yet marked as sent: opening Gmail closes
 * the toolbar popup, so "I sent it" is offered here too (issue 12). Shown only when there are some.
 */
export function OpenedDrafts(props: OpenedDraftsProps) {
  const [status, setStatus] = createSignal('');
  return (
    <>
      <Show when={props.drafts.length > 0}>
        <section class="dash-opened" aria-labelledby="dash-opened-title">
          <h2 id="dash-opened-title">{t('dash_opened_title', props.drafts.length)}</h2>
          <p>{t('dash_opened_intro')}</p>
          <ul class="dash-list">
            <For each={props.drafts}>
              {(draft, i) => (
                <OpenedDraftItem
                  draft={draft}
                  today={props.today}
                  index={i()}
                  onConfirm={props.onConfirm}
                  onForget={props.onForget}
                  onStatus={setStatus}
                />
              )}
            </For>
          </ul>
        </section>
      </Show>
      <p class="dash-opened-status" role="status" aria-live="polite">
        {status()}
      </p>
    </>
  );
}
