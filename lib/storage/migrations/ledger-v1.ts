import * as z from 'zod';

/**
 * FROZEN — the v1 envelope stored under `local:ledger`. The entries stay `unknown` here: they are
 * validated one by one (TrackedRequest) so that a single damaged entry is set aside alone.
 * A v2 migration must copy the v1 entry schema into this folder before changing TrackedRequest.
 */
export const LedgerV1 = z.object({
  version: z.literal(1),
  requests: z.array(z.unknown()),
});
export type LedgerV1 = z.infer<typeof LedgerV1>;

/** Only the version number, to tell a newer (downgraded-from) ledger apart from a damaged one. */
export const VersionedEnvelope = z.object({
  version: z.number().int(),
  requests: z.unknown().optional(),
});
