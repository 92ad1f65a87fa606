import * as z from 'zod';
import { err, ok } from '../shared/result';
import type { Result } from '../shared/result';
import { entryV1ToV2 } from './entry-v1-to-v2';
import { TrackedRequest } from './schema';
import type { RequestEvent } from './schema';

/**
 * The export file: versioned from v1 so a later format can migrate old files. v2: rights by the
 * catalogue's id, and the channel; a v1 file's entries are migrated on import (entry-v1-to-v2.ts).
 */
export const LEDGER_FORMAT = 'rightful-ledger';
export const LEDGER_VERSION = 2;

export const LedgerExport = z.object({
  format: z.literal(LEDGER_FORMAT),
  version: z.literal(LEDGER_VERSION),
  exportedAt: z.string(),
  requests: z.array(TrackedRequest),
});
export type LedgerExport = z.infer<typeof LedgerExport>;

export type ImportError =
  | { kind: 'malformed-json'; message: string }
  | { kind: 'wrong-format' }
  | { kind: 'wrong-version'; version: unknown }
  | { kind: 'no-requests'; message: string };

/** An entry of the file that failed validation: reported, kept aside by the caller, never merged. */
export interface RejectedEntry {
  index: number;
  id?: string;
  issues: string[];
  raw: unknown;
  /** Set when the entry is valid but repeats the id of the entry at this index. */
  duplicateOf?: number;
}

export interface LedgerImport {
  requests: TrackedRequest[];
  /** Entries refused: invalid, or repeating the id of an earlier entry (see `duplicates`). */
  rejected: RejectedEntry[];
  /** Ids found more than once in the file, once each, in file order. */
  duplicates: string[];
}

/** The export file's text; `exportedAt` is an ISO timestamp given by the caller. */
export function exportLedger(requests: readonly TrackedRequest[], exportedAt: string): string {
  const file: LedgerExport = {
    format: LEDGER_FORMAT,
    version: LEDGER_VERSION,
    exportedAt,
    requests: [...requests],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

/**
 * Reads an export file. A file that is not JSON, not ours or of another version is refused as a
 * whole (nothing changes); inside a good file, invalid entries are reported and the valid ones kept.
 */
export function parseImport(text: string): Result<LedgerImport, ImportError> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err({ kind: 'malformed-json', message: (error as Error).message });
  }
  const header = z.object({ format: z.string(), version: z.unknown() }).safeParse(raw);
  if (!header.success || header.data.format !== LEDGER_FORMAT) {
    return err({ kind: 'wrong-format' });
  }
  const { version } = header.data;
  if (version !== LEDGER_VERSION && version !== 1) {
    return err({ kind: 'wrong-version', version });
  }
  const list = z.object({ requests: z.array(z.unknown()) }).safeParse(raw);
  if (!list.success) {
    return err({ kind: 'no-requests', message: issuesOf(list.error).join('; ') });
  }
  const entries = version === 1 ? list.data.requests.map(entryV1ToV2) : list.data.requests;
  const requests: TrackedRequest[] = [];
  const rejected: RejectedEntry[] = [];
  const first = new Map<string, number>();
  const duplicates = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = TrackedRequest.safeParse(entry);
    const earlier = parsed.success ? first.get(parsed.data.id) : undefined;
    if (parsed.success && earlier !== undefined) {
      // Merging the two would silently drop the second one's fields: refuse it, keep it aside.
      duplicates.add(parsed.data.id);
      const issues = [`id: the same id as entry ${earlier}`];
      rejected.push({
        index,
        id: parsed.data.id,
        issues,
        raw: list.data.requests[index],
        duplicateOf: earlier,
      });
    } else if (parsed.success) {
      first.set(parsed.data.id, index);
      requests.push(parsed.data);
    } else {
      const id = z.object({ id: z.string() }).safeParse(entry);
      rejected.push({
        index,
        ...(id.success ? { id: id.data.id } : {}),
        issues: issuesOf(parsed.error),
        raw: list.data.requests[index],
      });
    }
  });
  return ok({ requests, rejected, duplicates: [...duplicates] });
}

export interface MergeResult {
  merged: TrackedRequest[];
  /** Ids of requests new to the ledger, of those that gained events or fields, of the rest. */
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** Unites two versions of one request: existing values win, nothing existing is dropped. */
function mergeRequest(existing: TrackedRequest, incoming: TrackedRequest): TrackedRequest {
  const known = new Set(existing.events.map((e) => e.id));
  const events: RequestEvent[] = [...existing.events];
  for (const event of incoming.events) {
    // An event id already present keeps its existing content (the user's own record wins).
    if (!known.has(event.id)) {
      known.add(event.id);
      events.push(event);
    }
  }
  const merged: TrackedRequest = { ...existing, events };
  if (existing.subdivision === undefined && incoming.subdivision !== undefined) {
    merged.subdivision = incoming.subdivision;
  }
  const notes = mergeNotes(existing.notes, incoming.notes);
  if (notes !== undefined) {
    merged.notes = notes;
  }
  return merged;
}

function mergeNotes(existing?: string, incoming?: string): string | undefined {
  if (!incoming || existing === undefined || existing.includes(incoming)) {
    return existing ?? incoming;
  }
  return `${existing}\n\n${incoming}`;
}

/**
 * Merges an imported ledger into the existing one without duplicates and without losing data:
 * requests are matched by id, their events united by event id; nothing is ever deleted.
 * Idempotent: merging the same file again changes nothing.
 */
export function mergeLedgers(
  existing: readonly TrackedRequest[],
  incoming: readonly TrackedRequest[],
): MergeResult {
  const merged = [...existing];
  const index = new Map(existing.map((r, i) => [r.id, i]));
  const added: string[] = [];
  const updated = new Set<string>();
  for (const request of incoming) {
    const at = index.get(request.id);
    if (at === undefined) {
      index.set(request.id, merged.length);
      merged.push(request);
      added.push(request.id);
      continue;
    }
    const before = merged[at] as TrackedRequest;
    const after = mergeRequest(before, request);
    const changed =
      after.events.length !== before.events.length ||
      after.notes !== before.notes ||
      after.subdivision !== before.subdivision;
    if (changed) {
      merged[at] = after;
      if (!added.includes(request.id)) {
        updated.add(request.id);
      }
    }
  }
  const touched = new Set([...added, ...updated]);
  const unchanged = existing.map((r) => r.id).filter((id) => !touched.has(id));
  return { merged, added, updated: [...updated], unchanged };
}
