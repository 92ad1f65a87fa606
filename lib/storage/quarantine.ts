import * as z from 'zod';
import { quarantineItem } from './items';

/**
 * Values that failed validation are set aside here, never dropped (DESIGN.md, house style 6):
 * the user is told and can export them.
 */
export const QuarantinedValue = z.object({
  key: z.string(),
  reason: z.string(),
  at: z.string(),
  raw: z.unknown(),
});
export type QuarantinedValue = z.infer<typeof QuarantinedValue>;

export { quarantineItem };

/** Reads the set-aside values; a damaged quarantine list is itself kept, wrapped as one entry. */
export async function readQuarantine(): Promise<QuarantinedValue[]> {
  const raw = await quarantineItem.getValue();
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((entry) => {
    const parsed = QuarantinedValue.safeParse(entry);
    return parsed.success
      ? parsed.data
      : { key: 'quarantine', reason: 'unreadable entry', at: '', raw: entry };
  });
}

/** What identifies a set-aside value: where it came from and the value itself (not the reason). */
function fingerprint(key: string, raw: unknown): string {
  try {
    return `${key}\u0000${String(JSON.stringify(raw))}`;
  } catch {
    return `${key}\u0000${String(raw)}`;
  }
}

/**
 * `list` with `items` added, leaving out any value already kept under the same key: importing
 * the same file twice, or reading the same damaged entry again, does not grow the list.
 */
export function withSetAside(
  list: readonly QuarantinedValue[],
  items: readonly Omit<QuarantinedValue, 'at'>[],
  at: string,
): QuarantinedValue[] {
  const seen = new Set(list.map((q) => fingerprint(q.key, q.raw)));
  const next = [...list];
  for (const item of items) {
    const id = fingerprint(item.key, item.raw);
    if (!seen.has(id)) {
      seen.add(id);
      next.push({ key: item.key, reason: item.reason, at, raw: item.raw });
    }
  }
  return next;
}

/**
 * Keeps every item aside with the reason it was refused, in one read and one write whatever
 * their number (issue 10, item 6); `at` is an ISO timestamp given by the caller.
 */
export async function setAsideAll(
  items: readonly Omit<QuarantinedValue, 'at'>[],
  at: string,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const list = await readQuarantine();
  const next = withSetAside(list, items, at);
  if (next.length !== list.length) {
    await quarantineItem.setValue(next);
  }
}

/** Keeps `raw` aside with the reason it was refused; `at` is an ISO timestamp given by the caller. */
export function setAside(key: string, raw: unknown, reason: string, at: string): Promise<void> {
  return setAsideAll([{ key, raw, reason }], at);
}

/** Forgets everything set aside (the user reviewed it, exported it if needed, and cleared it). */
export async function clearQuarantine(): Promise<void> {
  await quarantineItem.setValue([]);
}
