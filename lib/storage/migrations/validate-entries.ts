import { TrackedRequest } from '../../deadlines/schema';

/** An entry refused on read, with where it was and why (first zod issue, or a duplicate id). */
export interface InvalidEntry {
  index: number;
  id?: string;
  reason: string;
  entry: unknown;
}

/**
 * Sorts the entries of a migrated ledger into valid requests and refused ones, without touching
 * storage. A second entry with an id already seen is refused rather than merged: merging could
 * hide one of the two versions, refusing keeps both (the second is set aside).
 */
export function validateEntries(entries: readonly unknown[]): {
  valid: TrackedRequest[];
  invalid: InvalidEntry[];
} {
  const valid: TrackedRequest[] = [];
  const invalid: InvalidEntry[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = TrackedRequest.safeParse(entry);
    let reason: string | undefined;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      reason = issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'invalid';
    } else if (seen.has(parsed.data.id)) {
      reason = 'id: duplicate of an earlier entry';
    } else {
      seen.add(parsed.data.id);
      valid.push(parsed.data);
      return;
    }
    const id = idOf(entry);
    invalid.push({ index, reason, entry, ...(id === undefined ? {} : { id }) });
  });
  return { valid, invalid };
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    return typeof entry.id === 'string' ? entry.id : undefined;
  }
  return undefined;
}
