import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { run as analyze } from '../../../cli/commands/analyze';
import { run as company } from '../../../cli/commands/company';
import { run as deadline } from '../../../cli/commands/deadline';
import { run as draft } from '../../../cli/commands/draft';
import { run as escalate } from '../../../cli/commands/escalate';
import { run as ledger } from '../../../cli/commands/ledger';
import { run as locales } from '../../../cli/commands/locales';
import { run as categories } from '../../../eval/commands/categories';
import { run as contacts } from '../../../eval/commands/contacts';
import { run as gdpr } from '../../../eval/commands/gdpr';
import { run as realworld } from '../../../eval/commands/realworld';

const output = captureOutput();

/** Arguments each command would accept, so the unknown option is the only fault. */
const COMMANDS = [
  ['analyze', analyze, ['tests/fixtures/cli/missing.html']],
  ['company', company, ['example.org']],
  ['deadline', deadline, ['--law', 'gdpr', '--received', '2026-01-31', '--country', 'FR']],
  ['draft', draft, ['--right', 'access', '--to', 'dpo@example.fr']],
  [
    'escalate',
    escalate,
    [
      ...['--kind', 'follow-up', '--law', 'gdpr', '--right', 'access', '--lang', 'en'],
      ...['--sent', '2026-03-02', '--to', 'dpo@shop.ie', '--controller', 'Shop', '--country', 'IE'],
    ],
  ],
  ['ledger', ledger, ['validate', 'tests/fixtures/cli/ledger/good.json']],
  ['locales', locales, ['check']],
  ['categories', categories, ['--opp115', 'missing.jsonl']],
  ['contacts', contacts, ['--opp115', 'a.jsonl', 'b.jsonl']],
  ['gdpr', gdpr, ['--gdpr200', 'missing.jsonl']],
  ['realworld', realworld, ['--gold', 'missing.jsonl']],
] as const;

describe.each(COMMANDS)('%s', (name, run, valid) => {
  it.each([['--bogus'], ['--bogus=1'], ['--jsn'], ['--bogus', 'value']])(
    'unknown option %j: the option named, the usage, exit 2, nothing on stdout',
    async (...extra) => {
      expect(await run([...valid, ...extra])).toBe(2);
      const [first, second] = output.err.split('\n');
      expect(first).toBe(`${name}: unknown option ${extra[0]?.split('=')[0]}`);
      expect(second).toMatch(/^usage: npm run /);
      expect(output.out).toBe('');
    },
  );

  it('--help prints the usage on stdout and exits 0', async () => {
    expect(await run(['--help'])).toBe(0);
    expect(output.out).toMatch(/^usage: npm run /);
    expect(output.err).toBe('');
  });
});

describe('arguments the commands never took', () => {
  it.each([
    ['deadline', deadline, ['--law', 'gdpr', '--received', '2026-01-31', '--country', 'FR', 'x']],
    ['draft', draft, ['--right', 'access', '--to', 'dpo@example.fr', 'extra']],
  ] as const)('%s refuses a stray argument with exit 2', async (name, run, args) => {
    expect(await run([...args])).toBe(2);
    expect(output.err.split('\n')[0]).toMatch(new RegExp(`^${name}: unexpected argument`));
  });

  it('a command that needs an input says so', async () => {
    expect(await analyze(['--json'])).toBe(2);
    expect(output.err.split('\n')[0]).toBe('analyze: an argument is missing');
  });
});
