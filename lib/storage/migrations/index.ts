import { LedgerV0 } from './ledger-v0';
import { LedgerV1, VersionedEnvelope } from './ledger-v1';
import { LedgerV2 } from './ledger-v2';
import { v0ToV1 } from './v0-to-v1';
import { v1ToV2 } from './v1-to-v2';

import { LEDGER_VERSION } from './version';

export { LEDGER_VERSION };

/**
 * What a stored ledger value turned out to be, before its entries are validated one by one.
 * `rewrite`: the value is readable but not in the current shape (older version, JSON text), so
 * the caller stores it back migrated. `originals[i]` is `entries[i]` as it was stored: an entry
 * that fails validation is set aside as the user had it, not half-migrated.
 */
export type MigratedLedger =
  | { kind: 'current'; entries: unknown[]; originals: unknown[]; from: number; rewrite: boolean }
  | { kind: 'newer'; version: number; entries: unknown[] }
  | { kind: 'unreadable'; reason: string };

/**
 * Brings any stored ledger value to the current envelope. We run this ourselves instead of WXT's
 * `migrations` option because WXT only logs a failed migration or a downgrade to the console
 * (@wxt-dev/storage defineItem → migrate().catch(console.error)); here both are reported.
 */
export function migrateLedger(raw: unknown): MigratedLedger {
  let value = raw;
  let rewrite = false;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
      rewrite = true;
    } catch {
      return { kind: 'unreadable', reason: 'text that is not valid JSON (truncated?)' };
    }
  }
  const v0 = LedgerV0.safeParse(value);
  if (v0.success) {
    const entries = v1ToV2(v0ToV1(v0.data)).requests;
    return { kind: 'current', entries, originals: v0.data, from: 0, rewrite: true };
  }
  const v1 = LedgerV1.safeParse(value);
  if (v1.success) {
    const entries = v1ToV2(v1.data).requests;
    return { kind: 'current', entries, originals: v1.data.requests, from: 1, rewrite: true };
  }
  const v2 = LedgerV2.safeParse(value);
  if (v2.success) {
    const entries = v2.data.requests;
    return { kind: 'current', entries, originals: entries, from: 2, rewrite };
  }
  const envelope = VersionedEnvelope.safeParse(value);
  if (envelope.success && envelope.data.version > LEDGER_VERSION) {
    const entries = envelope.data.requests;
    return {
      kind: 'newer',
      version: envelope.data.version,
      entries: Array.isArray(entries) ? (entries as unknown[]) : [],
    };
  }
  return { kind: 'unreadable', reason: `not a ledger (${describe(value)})` };
}

function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  return typeof value === 'object' ? 'object without a known version' : typeof value;
}
