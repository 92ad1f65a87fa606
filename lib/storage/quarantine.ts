import * as z from 'zod';
import { storage } from 'wxt/utils/storage';

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

export const quarantineItem = storage.defineItem<unknown[]>('local:quarantine', {
  fallback: [],
  version: 1,
});

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

/** Keeps `raw` aside with the reason it was refused; `at` is an ISO timestamp given by the caller. */
export async function setAside(
  key: string,
  raw: unknown,
  reason: string,
  at: string,
): Promise<void> {
  const list = await readQuarantine();
  list.push({ key, reason, at, raw });
  await quarantineItem.setValue(list);
}
