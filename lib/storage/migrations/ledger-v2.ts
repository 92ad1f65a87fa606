import * as z from 'zod';

/**
 * FROZEN — the v2 envelope stored under `local:ledger`: entries name the right by the legal
 * catalogue's id and say how the request was sent (`channel`). Entries stay `unknown` here: they
 * are validated one by one (TrackedRequest), so a single damaged entry is set aside alone.
 * A v3 migration copies what it needs of the v2 entry into this folder before changing it.
 */
export const LedgerV2 = z.object({
  version: z.literal(2),
  requests: z.array(z.unknown()),
});
export type LedgerV2 = z.infer<typeof LedgerV2>;
