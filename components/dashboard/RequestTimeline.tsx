import { For, Show } from 'solid-js';
import type { RequestEvent } from '../../lib/deadlines/schema';
import { formatDate, t } from '../../lib/ui/i18n';
import { eventLabel } from './labels';

/** The dated history of one request, oldest first; notes are plain text, never HTML. */
export function RequestTimeline(props: {
  events: RequestEvent[];
  headingId: string;
  /** Deletes one event (the dashboard offers to undo); no button when absent. */
  onDelete?: (eventId: string) => void;
}) {
  const sorted = () => [...props.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby={props.headingId} class="dash-timeline">
      <h4 id={props.headingId}>{t('dash_timeline')}</h4>
      <ol>
        <For each={sorted()}>
          {(event) => (
            <li>
              <time datetime={event.date}>{formatDate(event.date)}</time> — {eventLabel(event)}
              <Show when={event.type === 'extended' && event.until}>
                {(until) => <> ({t('dash_event_extended_until', until())})</>}
              </Show>
              <Show when={event.text}>{(text) => <p class="dash-note">{text()}</p>}</Show>
              <Show when={props.onDelete}>
                {(onDelete) => (
                  <button
                    type="button"
                    class="dash-delete-event"
                    aria-label={t('dash_delete_event_label', event.date, eventLabel(event))}
                    onClick={() => onDelete()(event.id)}
                  >
                    {t('dash_delete_event')}
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
