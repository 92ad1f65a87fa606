import { createMemo, createSignal, For, Show } from 'solid-js';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { deriveState, type RequestState } from '../../lib/deadlines/timeline';
import type { LedgerProblem } from '../../lib/storage/ledger';
import type { QuarantinedValue } from '../../lib/storage/quarantine';
import { t } from '../../lib/ui/i18n';
import type { ImportOutcome } from '../../lib/app/ledger-service';
import { ImportExport } from './ImportExport';
import type { NewEvent } from './RequestActions';
import { ReminderSettings } from './ReminderSettings';
import { RequestCard } from './RequestCard';
import { NO_FILTER, RequestFilters, type Filter } from './RequestFilters';
import { SetAside } from './SetAside';

export interface DashboardProps {
  requests: TrackedRequest[];
  today: string;
  problems: LedgerProblem[];
  quarantine: QuarantinedValue[];
  /** Resolves to an error message, or undefined once saved. */
  onRecord: (requestId: string, event: NewEvent) => Promise<string | undefined>;
  onImport: (text: string) => Promise<ImportOutcome>;
  onExportJson: () => void;
  onExportIcs: () => void;
  onExportSetAside: () => void;
  onCopy: (text: string) => Promise<boolean>;
  /** Whether notifications are allowed; the reminder settings are hidden when undefined. */
  notificationsGranted?: boolean;
  onEnableNotifications?: () => Promise<boolean>;
}

interface Row {
  request: TrackedRequest;
  state: RequestState;
}

/** Most urgent first; answered and closed requests last. */
const rank = (row: Row) =>
  row.state.status === 'answered' || row.state.status === 'closed' ? 1 : 0;

/** Past its deadline and not answered: the follow-up and the complaint are offered. */
const isLate = (row: Row) =>
  row.state.daysLeft < 0 && (row.state.status === 'overdue' || row.state.status === 'escalated');

function matches(row: Row, filter: Filter): boolean {
  if (filter.status && row.state.status !== filter.status) {
    return false;
  }
  if (filter.law && row.request.law !== filter.law) {
    return false;
  }
  const needle = filter.text.trim().toLowerCase();
  if (!needle) {
    return true;
  }
  const { controller, site, recipient, notes, events } = row.request;
  const haystack = [controller, site, recipient, notes ?? '', ...events.map((e) => e.text ?? '')];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/** Every tracked request with its status, deadline, history and actions (issue 6, item 5). */
export function Dashboard(props: DashboardProps) {
  const [filter, setFilter] = createSignal<Filter>(NO_FILTER);
  const rows = createMemo(() =>
    props.requests
      .map((request) => ({ request, state: deriveState(request, props.today) }))
      .sort((a, b) => rank(a) - rank(b) || a.state.due.localeCompare(b.state.due)),
  );
  const byId = createMemo(() => new Map(rows().map((row) => [row.request.id, row])));
  // Keyed by id, not by row object: a card stays in place (focus, messages) when its request changes.
  const shown = createMemo(() =>
    rows()
      .filter((row) => matches(row, filter()))
      .map((row) => row.request.id),
  );

  return (
    <main class="dash">
      <h1>{t('dash_title')}</h1>
      <p>{t('dash_intro')}</p>
      <SetAside
        problems={props.problems}
        quarantine={props.quarantine}
        onExport={props.onExportSetAside}
      />
      <section aria-labelledby="dash-list-title">
        <h2 id="dash-list-title">{t('dash_list_title', props.requests.length)}</h2>
        <RequestFilters filter={filter()} onChange={setFilter} />
        <Show
          when={shown().length > 0}
          fallback={<p>{props.requests.length === 0 ? t('dash_empty') : t('dash_no_match')}</p>}
        >
          <ul class="dash-list">
            <For each={shown()}>
              {(id) => (
                <Show when={byId().get(id)}>
                  {(row) => (
                    <li>
                      <RequestCard
                        request={row().request}
                        state={row().state}
                        today={props.today}
                        onRecord={(event) => props.onRecord(id, event)}
                        late={isLate(row())}
                        onCopy={props.onCopy}
                      />
                    </li>
                  )}
                </Show>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <Show when={props.notificationsGranted !== undefined && props.onEnableNotifications}>
        {(enable) => (
          <ReminderSettings granted={props.notificationsGranted === true} onEnable={enable()} />
        )}
      </Show>
      <ImportExport
        onExportJson={props.onExportJson}
        onExportIcs={props.onExportIcs}
        onImport={props.onImport}
      />
      <footer class="dash-footer">
        <a href="/privacy.html">{t('privacy_link')}</a>
      </footer>
    </main>
  );
}
