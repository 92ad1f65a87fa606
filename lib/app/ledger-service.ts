import { icsCalendar } from '../deadlines/ics';
import type { ImportError } from '../deadlines/ledger-io';
import { Channel, type RequestEvent, type TrackedRequest } from '../deadlines/schema';
import { err, type Result } from '../shared/result';
import {
  addEvent,
  addRequest,
  deleteEvent,
  updateRequest,
  deleteRequest,
  exportLedger,
  importLedger,
  readLedger,
  type LedgerError,
} from '../storage/ledger';
import { clearQuarantine, readQuarantine } from '../storage/quarantine';
import { download } from './download';
import { message, type Message, type Say } from './message';
import { requestNotifications } from './notify';

// Their own small modules, so that the popup's first paint needs neither the ledger nor the
// deadlines (issue 12, weight); re-exported for the callers that have the ledger anyway.
export { localToday } from './local-today';
export { openDashboard } from './open-dashboard';

/** Ids are opaque; randomUUID keeps two devices' ledgers mergeable without collisions. */
export const newId = (): string => crypto.randomUUID();

/** What the popup knows when the user confirms "sent"; ids and the 'sent' event are added here. */
export type SentRequest = Omit<TrackedRequest, 'id' | 'events'>;

/**
 * Records a request the user has just sent: it enters the ledger with its 'sent' event, dated
 * `sentDate`, and the reminders follow from the storage change (reminders.ts).
 */
export async function trackSentRequest(
  sent: SentRequest,
): Promise<Result<TrackedRequest, LedgerError>> {
  const request: TrackedRequest = {
    ...sent,
    id: newId(),
    events: [{ id: newId(), type: 'sent', date: sent.sentDate }],
  };
  const added = await addRequest(request);
  return added.ok ? { ok: true, value: request } : err(added.error);
}

/**
 * Corrects how a request was sent (the user sent it through the web form after all, or by post).
 * `recipient` replaces the e-mail address when given; an e-mail channel needs one, so switching
 * to e-mail without an address on record is refused ('invalid').
 */
export function setChannel(
  requestId: string,
  channel: Channel,
  recipient?: string,
): Promise<Result<TrackedRequest[], LedgerError>> {
  const parsed = Channel.safeParse(channel);
  if (!parsed.success) {
    return Promise.resolve(err({ kind: 'invalid', message: parsed.error.message }));
  }
  return updateRequest(requestId, (request) => ({
    ...request,
    channel: parsed.data,
    ...(recipient === undefined ? {} : { recipient }),
  }));
}

/** What an import did, for the dashboard: counts, or the reason nothing was changed. */
export type ImportOutcome =
  | { ok: true; added: number; updated: number; rejected: number; duplicates?: number }
  | { ok: false; error: string };

/** An event without its id (the dashboard's actions); the id is generated here. */
export type NewRequestEvent = RequestEvent extends infer E
  ? E extends RequestEvent
    ? Omit<E, 'id'>
    : never
  : never;

export function recordEvent(
  requestId: string,
  event: NewRequestEvent,
): Promise<Result<TrackedRequest[], LedgerError>> {
  return addEvent(requestId, { ...event, id: newId() });
}

/** The requests sent to the site at `url` (same host, "www." ignored), for the popup. */
export function requestsForSite(requests: TrackedRequest[], url: string): TrackedRequest[] {
  const host = (value: string) => {
    try {
      return new URL(value).hostname.replace(/^www\./, '');
    } catch {
      return undefined;
    }
  };
  const wanted = host(url);
  return wanted === undefined ? [] : requests.filter((r) => host(r.site) === wanted);
}

/** Saves everything set aside so far (damaged ledger values included) as one JSON file. */
export async function exportSetAside(today: string): Promise<void> {
  const data = await readQuarantine();
  download(`rightful-set-aside-${today}.json`, JSON.stringify(data, null, 2));
}

/** A failed write or import, in the user's words (lib/ui says it). */
export function describeError(error: LedgerError | ImportError): Message {
  switch (error.kind) {
    case 'quota':
      return message('dash_error_quota');
    case 'malformed-json':
      return message('dash_import_malformed_json', error.message);
    case 'wrong-format':
      return message('dash_import_wrong_format');
    case 'wrong-version':
      return message('dash_import_wrong_version', String(error.version));
    case 'no-requests':
      return message('dash_import_no_requests');
    default:
      return { raw: error.message };
  }
}

/** Puts back what a delete removed; resolves to an error, or undefined once restored. */
export type UndoAction = () => Promise<Message | undefined>;

/** The same, with the error said in the user's language (what the dashboard shows). */
export type Undo = () => Promise<string | undefined>;

/** Deletes a request; resolves to its undo, or to an error. */
export async function removeRequest(id: string): Promise<UndoAction | Message> {
  const removed = await deleteRequest(id);
  if (!removed.ok) {
    return describeError(removed.error);
  }
  return async () => {
    const back = await addRequest(removed.value);
    return back.ok ? undefined : describeError(back.error);
  };
}

/** Deletes one event of a request; resolves to its undo, or to an error. */
export async function removeEvent(
  requestId: string,
  eventId: string,
): Promise<UndoAction | Message> {
  const removed = await deleteEvent(requestId, eventId);
  if (!removed.ok) {
    return describeError(removed.error);
  }
  return async () => {
    const back = await addEvent(requestId, removed.value);
    return back.ok ? undefined : describeError(back.error);
  };
}

/** A delete's outcome with its error said by `say`: the undo, or the error's text. */
function saidUndo(outcome: UndoAction | Message, say: Say): Undo | string {
  if (typeof outcome !== 'function') {
    return say(outcome);
  }
  return async () => {
    const error = await outcome();
    return error && say(error);
  };
}

/**
 * The dashboard's callbacks, wired to storage, downloads and the clipboard. `say` and `lang`
 * come from the UI (lib/ui/i18n.ts: `say`, `uiLanguage()`): errors are shown in its words.
 */
export function dashboardHandlers(today: string, ui: { say: Say; lang: string }) {
  const stamp = () => new Date().toISOString();
  const { say } = ui;
  return {
    onRecord: async (requestId: string, event: NewRequestEvent) => {
      const result = await recordEvent(requestId, event);
      return result.ok ? undefined : say(describeError(result.error));
    },
    onDeleteRequest: async (id: string) => saidUndo(await removeRequest(id), say),
    onDeleteEvent: async (requestId: string, eventId: string) =>
      saidUndo(await removeEvent(requestId, eventId), say),
    onImport: async (text: string): Promise<ImportOutcome> => {
      const result = await importLedger(text);
      return result.ok
        ? { ok: true, ...result.value }
        : { ok: false, error: say(describeError(result.error)) };
    },
    onExportJson: () =>
      void exportLedger().then((text) => download(`rightful-ledger-${today}.json`, text)),
    onExportIcs: () =>
      void readLedger().then(({ requests }) => {
        const ics = icsCalendar(requests, { today, stamp: stamp(), lang: ui.lang });
        download(`rightful-deadlines-${today}.ics`, ics, 'text/calendar');
      }),
    onExportSetAside: () => void exportSetAside(today),
    onClearSetAside: clearQuarantine,
    onEnableNotifications: requestNotifications,
    onCopy: async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
