import * as z from 'zod';

/**
 * FROZEN — the ledger as it was stored before the catalogue was versioned (v0): a bare array of
 * request entries, with no envelope and no version. Never edit this file; a later shape change
 * gets its own frozen copy (DESIGN.md, house style 6). Entries are checked one by one afterwards,
 * against the current TrackedRequest, so one bad entry never costs the others.
 */
export const LedgerV0 = z.array(z.unknown());
export type LedgerV0 = z.infer<typeof LedgerV0>;
