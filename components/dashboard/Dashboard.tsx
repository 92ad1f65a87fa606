import { createMemo, createSignal, ErrorBoundary, For, Show } from 'solid-js';
import { sentTo } from '../../lib/deadlines/sent-to';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { tryDeriveState, type RequestState } from '../../lib/deadlines/timeline';
import type { LedgerProblem } from '../../lib/storage/ledger';
import type { QuarantinedValue } from '../../lib/storage/quarantine';
import { t } from '../../lib/ui/i18n';
import type { ImportOutcome, Undo } from '../../lib/app/ledger-service';
import type { OpenedDraft } from '../../lib/app/opened-drafts';
import { AnalysedSites, type AnalysedSitesStore } from './AnalysedSites';
import { BrokenEntry } from './BrokenEntry';
import { ImportExport } from './ImportExport';
import type { NewEvent } from './RequestActions';
import { ReminderSettings } from './ReminderSettings';
import { RequestCard } from './RequestCard';
import { OpenedDrafts } from './OpenedDrafts';
import { NO_FILTER, RequestFilters, type Filter } from './RequestFilters';
import { SetAside } from './SetAside';
import { UndoBar, type UndoState } from './UndoBar';

export interface DashboardProps {
  requests: TrackedRequest[];
  today: string;
  problems: LedgerProblem[];
  quarantine: QuarantinedValue[];
  /** Resolves to an error message, or undefined once saved. */
  onRecord: (requestId: string, event: NewEvent) => Promise<string | undefined>;
  onImport: (text: string) => Promise<ImportOutcome>;
  /** Delete a request / one of its events: resolve to its undo, or to an error message. */
  onDeleteRequest?: (id: string) => Promise<Undo | string>;
  onDeleteEvent?: (requestId: string, eventId: string) => Promise<Undo | string>;
  onExportJson: () => void;
  onExportIcs: () => void;
  onExportSetAside: () => void;
  /** Forgets everything set aside (after the user confirms). */
  onClearSetAside?: () => Promise<void>;
  onCopy: (text: string) => Promise<boolean>;
  /** Whether notifications are allowed; the reminder settings are hidden when undefined. */
  notificationsGranted?: boolean;
  onEnableNotifications?: () => Promise<boolean>;
  /** Requests opened in a mail app from the popup, waiting for "I sent it" (issue 12). */
  opened?: OpenedDraft[];
  onConfirmOpened?: (key: string, sentDate: string) => Promise<string | undefined>;
  onForgetOpened?: (key: string) => void;
  /** The analysis cache, with its "Forget analysed sites" button; hidden when undefined. */
  analysedSites?: AnalysedSitesStore;
}

interface Row {
  request: TrackedRequest;
  /** Undefined when the request's dates cannot be counted: shown as a BrokenEntry. */
  state: RequestState | undefined;
}

/** Entries that cannot be shown first (the user should see them), answered and closed last. */
const rank = (row: Row) =>
  !row.state ? -1 : row.state.status === 'answered' || row.state.status === 'closed' ? 1 : 0;

/** Past its deadline and not answered: the follow-up and the complaint are offered. */
const isLate = (state: RequestState) =>
  state.daysLeft < 0 && (state.status === 'overdue' || state.status === 'escalated');

function matches(row: Row, filter: Filter): boolean {
  // "Overdue" also finds the late requests the user has already escalated (issue 12).
  const overdue = filter.status === 'overdue' && row.state !== undefined && isLate(row.state);
  if (filter.status && row.state?.status !== filter.status && !overdue) {
    return false;
  }
  if (filter.law && row.request.law !== filter.law) {
    return false;
  }
  const needle = filter.text.trim().toLowerCase();
  if (!needle) {
    return true;
  }
  const { controller, site, notes, events } = row.request;
  const to = sentTo(row.request);
  const haystack = [controller, site, to, notes ?? '', ...events.map((e) => e.text ?? '')];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/** Every tracked request with its status, deadline, history and actions (issue 6, item 5). */
export function Dashboard(props: DashboardProps) {
  const [filter, setFilter] = createSignal<Filter>(NO_FILTER);
  const rows = createMemo(() =>
    props.requests
      .map((request) => ({ request, state: tryDeriveState(request, props.today) }))
      .sort((a, b) => rank(a) - rank(b) || (a.state?.due ?? '').localeCompare(b.state?.due ?? '')),
  );
  const byId = createMemo(() => new Map(rows().map((row) => [row.request.id, row])));
  // Keyed by id, not by row object: a card stays in place (focus, messages) when its request changes.
  const shown = createMemo(() =>
    rows()
      .filter((row) => matches(row, filter()))
      .map((row) => row.request.id),
  );
  const [undo, setUndo] = createSignal<UndoState>();
  const remove = async (id: string, eventId?: string) => {
    const request = byId().get(id)?.request;
    const outcome = eventId
      ? await props.onDeleteEvent?.(id, eventId)
      : await props.onDeleteRequest?.(id);
    if (outcome === undefined || !request) {
      return;
    }
    const done = eventId
      ? t('dash_deleted_event', request.controller)
      : t('dash_deleted_request', request.controller);
    setUndo(
      typeof outcome === 'string'
        ? { text: t('dash_delete_failed', outcome) }
        : { text: done, undo: outcome },
    );
  };
  // The delete buttons are there only when deleting is wired.
  const deletable = () => props.onDeleteRequest !== undefined;

  return (
    <main class="dash">
      <h1>{t('dash_title')}</h1>
      <p>{t('dash_intro')}</p>
      <SetAside
        problems={props.problems}
        quarantine={props.quarantine}
        onExport={props.onExportSetAside}
        onClear={props.onClearSetAside}
      />
      <Show when={props.onConfirmOpened}>
        {(confirm) => (
          <OpenedDrafts
            drafts={props.opened ?? []}
            today={props.today}
            onConfirm={confirm()}
            onForget={(key) => props.onForgetOpened?.(key)}
          />
        )}
      </Show>
      <section aria-labelledby="dash-list-title">
        <h2 id="dash-list-title">{t('dash_list_title', props.requests.length)}</h2>
        <RequestFilters filter={filter()} onChange={setFilter} />
        <UndoBar state={undo()} onChange={setUndo} />
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
                      <ErrorBoundary
                        fallback={(error) => (
                          <BrokenEntry
                            request={row().request}
                            reason={String(error)}
                            onDelete={deletable() ? () => void remove(id) : undefined}
                          />
                        )}
                      >
                        <Show
                          when={row().state}
                          fallback={
                            <BrokenEntry
                              request={row().request}
                              reason={t('dash_entry_dates')}
                              onDelete={deletable() ? () => void remove(id) : undefined}
                            />
                          }
                        >
                          {(state) => (
                            <RequestCard
                              request={row().request}
                              state={state()}
                              today={props.today}
                              onRecord={(event) => props.onRecord(id, event)}
                              late={isLate(state())}
                              onCopy={props.onCopy}
                              onDelete={deletable() ? () => void remove(id) : undefined}
                              onDeleteEvent={
                                props.onDeleteEvent
                                  ? (eventId) => void remove(id, eventId)
                                  : undefined
                              }
                            />
                          )}
                        </Show>
                      </ErrorBoundary>
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
      <Show when={props.analysedSites}>{(store) => <AnalysedSites store={store()} />}</Show>
      <footer class="dash-footer">
        <a href="/privacy.html">{t('privacy_link')}</a>
      </footer>
    </main>
  );
}
