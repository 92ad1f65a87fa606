import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureOutput } from '../../support/capture-output';
import { run } from '../../../cli/commands/ledger';
import { importLedger } from '../../../lib/storage/ledger';

const output = captureOutput();
const DIR = 'tests/fixtures/cli/ledger';

describe('cli ledger validate', () => {
  it('a good export: every entry accepted, exit 0', async () => {
    expect(await run(['validate', `${DIR}/good.json`, '--json'])).toBe(0);
    expect(JSON.parse(output.out)).toEqual({ accepted: 2, rejected: [], duplicates: [] });
  });

  it('an empty export is a ledger with nothing to refuse: exit 0', async () => {
    expect(await run(['validate', `${DIR}/empty.json`, '--json'])).toBe(0);
    expect(JSON.parse(output.out)).toEqual({ accepted: 0, rejected: [], duplicates: [] });
  });

  it('a mixed export: each refused entry with its index, id and reason; repeated ids; exit 1', async () => {
    expect(await run(['validate', `${DIR}/mixed.json`, '--json'])).toBe(1);
    const v = JSON.parse(output.out) as {
      accepted: number;
      rejected: { index: number; id: string | null; reason: string }[];
      duplicates: string[];
    };
    expect(v.accepted).toBe(1);
    expect(v.rejected.map((r) => [r.index, r.id])).toEqual([
      [1, 'req-year-26'],
      [2, null],
      [3, 'req-fr-1'],
    ]);
    // Year 0026 (Chromium's date field given "26"): outside the ledger's date range.
    expect(v.rejected[0]?.reason).toMatch(/^sentDate: a date between 1990-01-01 and 2100-12-31/);
    expect(v.rejected[2]?.reason).toBe('id: the same id as entry 0');
    expect(v.duplicates).toEqual(['req-fr-1']);
  });

  it('the readable report names each refused entry, one line each', async () => {
    expect(await run(['validate', `${DIR}/mixed.json`])).toBe(1);
    const lines = output.out.trimEnd().split('\n');
    expect(lines[0]).toBe('1 accepted, 3 rejected, ids repeated: req-fr-1');
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      '  entry 1 (req-year-26)',
      '  entry 2',
      '  entry 3 (req-fr-1)',
    ]);
  });

  it('says what the import says, and writes nothing: the same file imported gives the same counts', async () => {
    expect(await run(['validate', `${DIR}/mixed.json`, '--json'])).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const v = JSON.parse(output.out) as { accepted: number; rejected: unknown[] };
    const imported = await importLedger(readFileSync(`${DIR}/mixed.json`, 'utf8'));
    expect(imported).toMatchObject({
      ok: true,
      value: { added: v.accepted, rejected: v.rejected.length, duplicates: 1 },
    });
  });

  it.each([
    ['later-version.json', 'is a ledger export of version 3'],
    ['not-json.csv', 'is not JSON ('],
    ['missing.json', 'cannot read'],
  ])('%s is not a ledger: one line, exit 2', async (file, message) => {
    expect(await run(['validate', `${DIR}/${file}`, '--json'])).toBe(2);
    expect(output.err).toContain(message);
    expect(output.err.trimEnd().split('\n')).toHaveLength(1);
    expect(output.out).toBe('');
  });

  it.each([
    [['check', `${DIR}/good.json`]],
    [['validate']],
    [['validate', `${DIR}/good.json`, '--fix']],
  ])('%j is a usage error: exit 2', async (args) => {
    expect(await run(args)).toBe(2);
    expect(output.err).toContain('usage: npm run cli -- ledger validate FILE [--json]');
  });
});
