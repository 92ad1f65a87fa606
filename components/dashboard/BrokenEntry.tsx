import { Show } from 'solid-js';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { t } from '../../lib/ui/i18n';

/**
 * A request the dashboard cannot show (its dates cannot be counted, or its card failed): named,
 * explained and deletable, so one bad entry never hides the others (issue 10, item 1).
 */
export function BrokenEntry(props: {
  request: TrackedRequest;
  reason: string;
  onDelete?: () => void;
}) {
  const titleId = () => `broken-${props.request.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article class="dash-request dash-broken" aria-labelledby={titleId()}>
      <h3 id={titleId()}>{props.request.controller}</h3>
      <p role="alert">{t('dash_entry_broken', props.reason)}</p>
      <Show when={props.onDelete}>
        {(onDelete) => (
          <button type="button" onClick={() => onDelete()()}>
            {t('dash_delete_request')}
          </button>
        )}
      </Show>
    </article>
  );
}
