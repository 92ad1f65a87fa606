import fc from 'fast-check';
import { exportLedger, LEDGER_FORMAT, LEDGER_VERSION } from '../../lib/deadlines/ledger-io';
import { trackedRequest } from '../../tests/fixtures/deadlines/arbitraries';

/** An existing ledger (valid requests, unique ids). */
export const ledger = fc
  .uniqueArray(trackedRequest, { selector: (r) => r.id, maxLength: 5 })
  // Plain objects, as storage and JSON.parse give (fast-check may build null-prototype ones).
  .map((requests) => JSON.parse(JSON.stringify(requests)) as typeof requests);

const envelope = fc
  .record({
    format: fc.oneof(fc.constant<unknown>(LEDGER_FORMAT), fc.jsonValue()),
    version: fc.oneof(fc.constant<unknown>(LEDGER_VERSION), fc.jsonValue()),
    exportedAt: fc.oneof(fc.constant<unknown>('2026-01-01T00:00:00.000Z'), fc.jsonValue()),
    requests: fc.oneof(
      fc.array(fc.oneof(trackedRequest, fc.jsonValue(), trackedRequest.map(breakOne)), {
        maxLength: 5,
      }),
      fc.jsonValue(),
    ),
  })
  .map((file) => JSON.stringify(file));

/** One field of a valid request replaced by junk (or removed). */
function breakOne(request: object): unknown {
  const copy: Record<string, unknown> = { ...request };
  const keys = Object.keys(copy);
  const key = keys[keys.length % 7 === 0 ? 0 : keys.length - 1] ?? 'id';
  copy[key] = key === 'events' ? [{ id: 1, type: 'nope' }] : { nested: [null, '\u0000'] };
  return copy;
}

/** A real export cut, spliced or with one character changed. */
const damagedExport = fc
  .tuple(
    ledger,
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('cut', 'flip', 'splice'),
  )
  .map(([requests, at, how]) => {
    const text = exportLedger(requests, '2026-01-01T00:00:00.000Z');
    const i = Math.floor(at * text.length);
    if (how === 'cut') {
      return text.slice(0, i);
    }
    if (how === 'flip') {
      return (
        text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) || 32) ^ 1) + text.slice(i + 1)
      );
    }
    return text.slice(0, i) + '{"id":"x"},' + text.slice(i);
  });

/** Import files: arbitrary JSON, arbitrary text, our envelope with junk, damaged real exports. */
export const importText: fc.Arbitrary<string> = fc.oneof(
  fc.json(),
  fc.string({ maxLength: 200, unit: 'binary' }),
  envelope,
  damagedExport,
  ledger.map((r) => exportLedger(r, '2026-01-01T00:00:00.000Z')),
);
