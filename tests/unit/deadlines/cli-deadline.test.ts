import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../cli/commands/deadline';

let out = '';
let errOut = '';

beforeEach(() => {
  out = '';
  errOut = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    errOut += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli deadline', () => {
  it('prints the due date and the rules applied', async () => {
    const code = await run([
      '--law',
      'gdpr',
      '--received',
      '2026-01-31',
      '--country',
      'FR',
      '--extended',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('due: 2026-03-02');
    expect(out).toContain('extended due: 2026-04-30');
    expect(out).toContain('no day 31 in that month');
    expect(out).toContain('2026-02-28 is a saturday');
  });

  it('prints JSON with due, extendedDue, rule, citation and steps', async () => {
    const code = await run(['--law=gdpr', '--received=2026-01-31', '--country=fr', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({ due: '2026-03-02', rule: 'gdpr-art-12-3' });
    expect(json.extendedDue).toBeUndefined();
    expect(json.citation).toContain('Art. 12(3)');
    expect(Array.isArray(json.steps)).toBe(true);
  });

  it.each([
    [['--law', 'gdpr', '--received', '2026-02-30', '--country', 'FR'], '--received'],
    [['--law', 'nope', '--received', '2026-02-03', '--country', 'FR'], '--law'],
    [['--law', 'gdpr', '--received', '2026-02-03'], '--country'],
    [['--law', 'gdpr', '--received'], 'needs a value'],
    [
      ['--law', 'gdpr', '--received', '2026-02-03', '--country', 'FR', '--subdivision', 'DE-BY'],
      'not in',
    ],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(errOut).toContain(message);
    expect(errOut.trim().split('\n')).toHaveLength(1);
    expect(out).toBe('');
  });
});
