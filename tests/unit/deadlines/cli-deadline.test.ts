import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { run } from '../../../cli/commands/deadline';

const output = captureOutput();

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
    expect(output.out).toContain('due: 2026-03-02');
    expect(output.out).toContain('extended due: 2026-04-30');
    expect(output.out).toContain('no day 31 in that month');
    expect(output.out).toContain('2026-02-28 is a saturday');
  });

  it('takes us-ca as the CCPA, as draft and escalate do', async () => {
    // Received Mon 2 Mar 2026; CCPA 45 calendar days: 29 days to 31 Mar, 16 more → Thu 16 Apr.
    const code = await run(['--law', 'us-ca', '--received', '2026-03-02', '--country', 'US']);
    expect(code).toBe(0);
    expect(output.out).toContain('due: 2026-04-16');
  });

  it('prints JSON with due, extendedDue, rule, citation and steps', async () => {
    const code = await run(['--law=gdpr', '--received=2026-01-31', '--country=fr', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as Record<string, unknown>;
    expect(json).toMatchObject({ due: '2026-03-02', rule: 'gdpr-art-12-3' });
    expect(json.extendedDue).toBeUndefined();
    expect(json.citation).toContain('Art. 12(3)');
    expect(Array.isArray(json.steps)).toBe(true);
  });

  it.each([
    [['--law', 'gdpr', '--received', '2026-02-30', '--country', 'FR'], '--received'],
    [['--law', 'nope', '--received', '2026-02-03', '--country', 'FR'], '--law'],
    [['--law', 'gdpr', '--received', '2026-02-03'], '--country'],
    [
      ['--law', 'gdpr', '--received', '2026-02-03', '--country', 'FR', '--subdivision', 'DE-BY'],
      'not in',
    ],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(output.err).toContain(message);
    expect(output.err.trim().split('\n')).toHaveLength(1);
    expect(output.out).toBe('');
  });

  it('a flag without its value: the message, then the usage, exit 2', async () => {
    expect(await run(['--law', 'gdpr', '--received'])).toBe(2);
    const [first, second] = output.err.split('\n');
    expect(first).toBe('deadline: --received needs a value');
    expect(second).toMatch(/^usage: npm run cli -- deadline /);
    expect(output.out).toBe('');
  });
});
