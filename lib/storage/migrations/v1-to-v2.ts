import { entryV1ToV2 } from '../../deadlines/entry-v1-to-v2';
import type { LedgerV1 } from './ledger-v1';
import type { LedgerV2 } from './ledger-v2';

/**
 * v1 → v2: each entry's right becomes the catalogue's id ("know" → access) and gains its
 * channel (e-mail: all v1 could track). An entry that is not a v1 entry is carried over as it is
 * and set aside when validated (ledger.ts), never lost.
 */
export function v1ToV2(ledger: LedgerV1): LedgerV2 {
  return { version: 2, requests: ledger.requests.map(entryV1ToV2) };
}
