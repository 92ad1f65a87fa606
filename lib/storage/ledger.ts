import {
  exportLedger as ledgerFile,
  mergeLedgers,
  parseImport,
  type ImportError,
} from '../deadlines/ledger-io';
import { RequestEvent, TrackedRequest } from '../deadlines/schema';
import { err, ok, type Result } from '../shared/result';
import { LEDGER_VERSION, migrateLedger } from './migrations';
import { validateEntries } from './migrations/validate-entries';
import { ledgerItem, quarantineItem, setItemsTogether } from './items';
import { readQuarantine, setAsideAll, withSetAside } from './quarantine';

/**
 * The request ledger: ONE storage item, `local:ledger`, holding `{ version, requests }`.
 * Read entry by entry: whatever fails validation is set aside (quarantine.ts) and reported, the
 * valid entries are kept, and the extension goes on working (DESIGN.md, house style 6).
 */
export { ledgerItem };

/** The quarantine key under which damaged ledger values are kept. */
export const LEDGER_KEY = 'ledger';

/** Something found wrong while reading; the UI tells the user (dashboard problems banner). */
export type LedgerProblem =
  | { kind: 'invalid-entry'; index: number; id?: string; reason: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'storage-error'; reason: string };

/** A write that did not happen; `quota`: the browser's storage for the extension is full. */
export type LedgerError =
  | { kind: 'quota'; message: string }
  | { kind: 'write-failed'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'duplicate'; message: string };

export interface LedgerRead {
  requests: TrackedRequest[];
  problems: LedgerProblem[];
}

interface Loaded extends LedgerRead {
  /** False when damaged data could not be set aside: writing would then lose it. */
  writable: boolean;
}

/** The valid requests of a raw stored value, read-only (for storage watchers). */
export function requestsOf(raw: unknown): TrackedRequest[] {
  const migrated = migrateLedger(raw);
  return migrated.kind === 'unreadable' ? [] : validateEntries(migrated.entries).valid;
}

async function loadUnlocked(): Promise<Loaded> {
  let raw: unknown;
  try {
    raw = await ledgerItem.getValue();
  } catch (error) {
    return {
      requests: [],
      problems: [{ kind: 'storage-error', reason: messageOf(error) }],
      writable: false,
    };
  }
  const migrated = migrateLedger(raw);
  const at = new Date().toISOString();
  const problems: LedgerProblem[] = [];
  const aside: { raw: unknown; reason: string }[] = [];
  let requests: TrackedRequest[] = [];
  let rewrite = false;
  if (migrated.kind === 'unreadable') {
    problems.push({ kind: 'unreadable', reason: migrated.reason });
    aside.push({ raw, reason: `unreadable ledger: ${migrated.reason}` });
  } else {
    if (migrated.kind === 'newer') {
      // A downgrade: keep the whole newer value aside, go on with the entries this version reads.
      problems.push({ kind: 'newer-version', version: migrated.version });
      aside.push({ raw, reason: `ledger written by a newer version (v${migrated.version})` });
    }
    rewrite = migrated.kind === 'newer' || migrated.rewrite;
    const { valid, invalid } = validateEntries(migrated.entries);
    requests = valid;
    for (const { entry, ...problem } of invalid) {
      problems.push({ kind: 'invalid-entry', ...problem });
      if (migrated.kind !== 'newer') {
        const reason = `invalid ledger entry ${problem.index}: ${problem.reason}`;
        aside.push({ raw: migrated.originals[problem.index] ?? entry, reason });
      }
    }
  }
  if (aside.length === 0 && !rewrite) {
    return { requests, problems, writable: true };
  }
  try {
    // One storage.local.set for both keys: a page closed half-way can neither lose the damaged
    // value nor set it aside twice (chrome.storage writes the keys of one call together).
    const quarantine = withSetAside(
      await readQuarantine(),
      aside.map((item) => ({ key: LEDGER_KEY, ...item })),
      at,
    );
    await setItemsTogether([
      ...(aside.length > 0 ? [{ item: quarantineItem, value: quarantine }] : []),
      { item: ledgerItem, value: { version: LEDGER_VERSION, requests } },
    ]);
  } catch (error) {
    // Nothing was written: the damaged value stays where it is, and the ledger stays read-only.
    problems.push({ kind: 'storage-error', reason: messageOf(error) });
    return { requests, problems, writable: false };
  }
  return { requests, problems, writable: true };
}

async function save(requests: TrackedRequest[]): Promise<Result<TrackedRequest[], LedgerError>> {
  try {
    await ledgerItem.setValue({ version: LEDGER_VERSION, requests });
    return ok(requests);
  } catch (error) {
    return err(writeError(error));
  }
}

/** Chrome rejects with "QUOTA_BYTES quota exceeded", Firefox with a QuotaExceededError. */
function writeError(error: unknown): LedgerError {
  const message = messageOf(error);
  const quota =
    /quota/i.test(message) || (error instanceof Error && error.name === 'QuotaExceededError');
  return { kind: quota ? 'quota' : 'write-failed', message };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write must not interleave: a Web Lock serialises the popup, the dashboard and the
 * background (same origin); the in-module queue covers contexts without navigator.locks (tests).
 */
function withLedgerLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // lib.dom types request() as Promise<callback result>, here Promise<Promise<T>>; it resolves to T.
  const run = (): Promise<T> =>
    locks ? (locks.request('rightful-ledger', fn) as unknown as Promise<T>) : fn();
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** Every valid request, and what was wrong with the rest (already set aside). */
export function readLedger(): Promise<LedgerRead> {
  return withLedgerLock(async () => {
    const { requests, problems } = await loadUnlocked();
    return { requests, problems };
  });
}

/**
 * Applies `change` to the valid requests and stores the result, or returns why it could not.
 * Exported for ledger-service; the named operations below cover the usual cases.
 */
export function changeLedger(
  change: (requests: TrackedRequest[]) => Result<TrackedRequest[], LedgerError>,
): Promise<Result<TrackedRequest[], LedgerError>> {
  return withLedgerLock(async () => {
    const loaded = await loadUnlocked();
    if (!loaded.writable) {
      return err({ kind: 'damaged', message: 'the stored ledger could not be set aside' } as const);
    }
    const changed = change(loaded.requests);
    return changed.ok ? save(changed.value) : changed;
  });
}

/** Adds a request the user has just sent. */
export function addRequest(
  request: TrackedRequest,
): Promise<Result<TrackedRequest[], LedgerError>> {
  const parsed = TrackedRequest.safeParse(request);
  if (!parsed.success) {
    return Promise.resolve(err({ kind: 'invalid', message: parsed.error.message }));
  }
  return changeLedger((requests) =>
    requests.some((r) => r.id === parsed.data.id)
      ? err({ kind: 'duplicate', message: `request ${parsed.data.id} already exists` })
      : ok([...requests, parsed.data]),
  );
}

/** Replaces one request by `update(request)`, validated before it is stored. */
export function updateRequest(
  id: string,
  update: (request: TrackedRequest) => TrackedRequest,
): Promise<Result<TrackedRequest[], LedgerError>> {
  return changeLedger((requests) => {
    const index = requests.findIndex((r) => r.id === id);
    const current = requests[index];
    if (!current) {
      return err({ kind: 'not-found', message: `no request ${id}` });
    }
    const parsed = TrackedRequest.safeParse(update(current));
    if (!parsed.success) {
      return err({ kind: 'invalid', message: parsed.error.message });
    }
    return ok(requests.map((r, i) => (i === index ? parsed.data : r)));
  });
}

/** Appends a dated event to a request's history (its status and due date follow from it). */
export async function addEvent(
  id: string,
  event: RequestEvent,
): Promise<Result<TrackedRequest[], LedgerError>> {
  const parsed = RequestEvent.safeParse(event);
  if (!parsed.success) {
    return err({ kind: 'invalid', message: parsed.error.message });
  }
  let duplicate = false;
  const result = await updateRequest(id, (request) => {
    duplicate = request.events.some((e) => e.id === parsed.data.id);
    return duplicate ? request : { ...request, events: [...request.events, parsed.data] };
  });
  return duplicate
    ? err({ kind: 'duplicate', message: `event ${parsed.data.id} already recorded` })
    : result;
}

/** Removes a request; resolves to the removed request, so the caller can offer to undo. */
export async function deleteRequest(id: string): Promise<Result<TrackedRequest, LedgerError>> {
  let removed: TrackedRequest | undefined;
  const result = await changeLedger((requests) => {
    removed = requests.find((r) => r.id === id);
    return removed
      ? ok(requests.filter((r) => r !== removed))
      : err({ kind: 'not-found', message: `no request ${id}` });
  });
  return result.ok && removed ? ok(removed) : err(result.ok ? notFound(id) : result.error);
}

/** Removes one event of a request; resolves to the removed event (undo: addEvent it back). */
export async function deleteEvent(
  requestId: string,
  eventId: string,
): Promise<Result<RequestEvent, LedgerError>> {
  let removed: RequestEvent | undefined;
  const result = await updateRequest(requestId, (request) => {
    removed = request.events.find((e) => e.id === eventId);
    return { ...request, events: request.events.filter((e) => e !== removed) };
  });
  if (!result.ok) {
    return result;
  }
  return removed ? ok(removed) : err(notFound(`${requestId}/${eventId}`));
}

function notFound(what: string): LedgerError {
  return { kind: 'not-found', message: `no ${what}` };
}

/** What an import did; `rejected`: entries of the file that failed validation, set aside. */
export interface ImportSummary {
  added: number;
  updated: number;
  rejected: number;
  /** Of the rejected: entries repeating the id of an earlier entry of the file. */
  duplicates: number;
}

/** The quarantine key for entries of an imported file that failed validation. */
export const IMPORT_KEY = 'ledger-import';

/**
 * Merges an export file into the ledger (no duplicates, nothing existing lost: mergeLedgers).
 * A file that is not a readable ledger export changes nothing; its invalid entries are set
 * aside before anything is written, so a failure leaves the ledger as it was.
 */
export async function importLedger(
  text: string,
): Promise<Result<ImportSummary, ImportError | LedgerError>> {
  const parsed = parseImport(text);
  if (!parsed.ok) {
    return parsed;
  }
  const { requests, rejected } = parsed.value;
  try {
    // One write for all of them: 2,000 rejected entries used to take 2,000 rewrites of the list.
    const aside = rejected.map((entry) => ({
      key: IMPORT_KEY,
      raw: entry.raw,
      reason: `imported entry ${entry.index}: ${entry.issues.join('; ')}`,
    }));
    await setAsideAll(aside, new Date().toISOString());
  } catch (error) {
    return err(writeError(error));
  }
  let summary: ImportSummary = {
    added: 0,
    updated: 0,
    rejected: rejected.length,
    duplicates: rejected.filter((r) => r.duplicateOf !== undefined).length,
  };
  const result = await changeLedger((existing) => {
    const merge = mergeLedgers(existing, requests);
    summary = { ...summary, added: merge.added.length, updated: merge.updated.length };
    return ok(merge.merged);
  });
  return result.ok ? ok(summary) : result;
}

/** The ledger as an export file (ledger-io format), for a download. */
export async function exportLedger(): Promise<string> {
  const { requests } = await readLedger();
  return ledgerFile(requests, new Date().toISOString());
}
