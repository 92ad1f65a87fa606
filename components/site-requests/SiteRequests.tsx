import { For, Show } from 'solid-js';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { tryDeriveState } from '../../lib/deadlines/timeline';
import { t } from '../../lib/ui/i18n';
import { daysLeftLabel, rightLabel, statusLabel } from '../dashboard/labels';

export interface SiteRequestsProps {
  /** The requests sent to the site in the active tab (ledger-service requestsForSite). */
  requests: TrackedRequest[];
  today: string;
  /** Opens the dashboard (browser.runtime.getURL('/dashboard.html')); no link when absent. */
  onOpenDashboard?: () => void;
}

/** The popup's short list of this site's requests; renders nothing when there are none. */
export function SiteRequests(props: SiteRequestsProps) {
  const rows = () =>
    props.requests.flatMap((request) => {
      const state = tryDeriveState(request, props.today);
      return state ? [{ request, state }] : [];
    });
  return (
    <Show when={props.requests.length > 0}>
      <section class="site-requests" aria-labelledby="site-requests-title">
        <h2 id="site-requests-title">{t('dash_site_requests_title')}</h2>
        <ul>
          <For each={rows()}>
            {(row) => (
              <li>
                <strong>{rightLabel(row.request.right)}</strong>
                {' — '}
                {t('dash_sent_on', row.request.sentDate)}
                {' — '}
                {statusLabel(row.state.status)}
                <Show when={row.state.status !== 'answered' && row.state.status !== 'closed'}>
                  {', '}
                  {t('dash_due_on', row.state.due)} ({daysLeftLabel(row.state.daysLeft)})
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.onOpenDashboard}>
          {(open) => (
            <button type="button" onClick={() => open()()}>
              {t('dash_open_dashboard')}
            </button>
          )}
        </Show>
      </section>
    </Show>
  );
}
