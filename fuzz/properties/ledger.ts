import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod';
import { mergeLedgers, parseImport } from '../../lib/deadlines/ledger-io';
import { TrackedRequest } from '../../lib/deadlines/schema';
import { importText, ledger } from '../arbitraries/ledger';
import type { FuzzProperty } from '../property';

/**
 * Import either merges or changes nothing: a refused file leaves the ledger as it was (the
 * caller writes nothing); an accepted one keeps every existing request with all its events,
 * adds only valid requests, and merging the same file twice changes nothing more.
 */
function checkImport([existing, text]: [TrackedRequest[], string]): void {
  const before = structuredClone(existing);
  const parsed = parseImport(text);
  if (!parsed.ok) {
    assert.deepEqual(existing, before);
    return;
  }
  z.array(TrackedRequest).parse(parsed.value.requests);
  const once = mergeLedgers(existing, parsed.value.requests);
  assert.deepEqual(existing, before, 'the existing ledger object is not mutated');
  z.array(TrackedRequest).parse(once.merged);
  for (const old of before) {
    const now = once.merged.find((r) => r.id === old.id);
    assert.ok(now, `request ${old.id} kept`);
    const { events, notes, subdivision, ...fields } = old;
    assert.deepEqual(
      { ...now, events: undefined, notes: undefined, subdivision: undefined },
      {
        ...fields,
        events: undefined,
        notes: undefined,
        subdivision: undefined,
      },
    );
    for (const event of events) {
      assert.deepEqual(
        now.events.find((e) => e.id === event.id),
        event,
        `event ${event.id} kept`,
      );
    }
    assert.ok(notes === undefined || (now.notes ?? '').includes(notes), 'notes kept');
    assert.ok(subdivision === undefined || now.subdivision === subdivision);
  }
  assert.equal(new Set(once.merged.map((r) => r.id)).size, once.merged.length, 'no duplicate ids');
  const twice = mergeLedgers(once.merged, parsed.value.requests);
  assert.deepEqual(twice.merged, once.merged, 'merging again changes nothing');
}

export const LEDGER_PROPERTIES = [
  {
    name: 'parseImport+mergeLedgers · random and damaged files',
    arbitrary: fc.tuple(ledger, importText),
    check: checkImport,
  } satisfies FuzzProperty<[TrackedRequest[], string]>,
];
