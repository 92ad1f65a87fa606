import type { LedgerV0 } from './ledger-v0';
import type { LedgerV1 } from './ledger-v1';

/** v0 → v1: wrap the bare array in the versioned envelope; entries are carried over unchanged. */
export function v0ToV1(ledger: LedgerV0): LedgerV1 {
  return { version: 1, requests: [...ledger] };
}
