import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/commands/analyze';
import { loadDirectory } from '../../../cli/support/directory';
import { ReconciledAnalyzeOutput } from '../../../lib/directory/analyze-output';
import { captureOutput } from '../../support/capture-output';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/directory', name);
const URL_ = 'https://www.gmx.net/datenschutz/';
const output = captureOutput();

async function analyzeJson(file: string, url = URL_): Promise<ReconciledAnalyzeOutput> {
  expect(await run([fixture(file), '--url', url, '--json', '--today', '2026-12-01'])).toBe(0);
  return ReconciledAnalyzeOutput.parse(JSON.parse(output.out));
}

describe('cli analyze beside the company directory', () => {
  beforeAll(() => loadDirectory(), 60_000);

  it('a policy of a directory company with no address: the directory email is offered, marked as such', async () => {
    const out = await analyzeJson('no-email-policy.txt');
    expect(out.contacts.map((c) => [c.kind, c.value, c.source])).toEqual([
      ['email', 'datenschutz@gmxnet.de', 'directory'],
      [
        'address',
        'c/o 1&1 Mail & Media GmbH\nElgendorfer Straße 57\n56410 Montabaur\nDeutschland',
        'directory',
      ],
    ]);
    expect(out.company).toMatchObject({ slug: '1und1-gmx', by: 'web', transport: 'email' });
    expect(out.directory).toEqual({
      status: 'directory-only',
      directory: 'datenschutz@gmxnet.de',
      policyDate: '2026-03-01',
      newer: 'directory',
    });
  });

  it('a policy that gives another address: the page first, the directory second and differing', async () => {
    const out = await analyzeJson('other-address-policy.txt');
    const emails = out.contacts.filter((c) => c.kind === 'email');
    expect(emails.map((c) => [c.value, c.source, c.differs])).toEqual([
      ['privacy-team@gmx.net', 'policy', undefined],
      ['datenschutz@gmxnet.de', 'directory', true],
    ]);
    expect(out.directory).toEqual({
      status: 'differs',
      page: 'privacy-team@gmx.net',
      directory: 'datenschutz@gmxnet.de',
      policyDate: '2026-09-01',
      newer: 'policy',
    });
  });

  it('a site the directory does not know: contacts marked by where they were found, no record', async () => {
    const out = await analyzeJson(
      'other-address-policy.txt',
      'https://unknown-site.example/privacy',
    );
    expect(out.contacts.map((c) => c.source)).toEqual(['policy']);
    expect(out.company).toBeNull();
    expect(out.directory).toBeNull();
  });

  it('says so in the human output, with the attribution', async () => {
    expect(
      await run([fixture('other-address-policy.txt'), '--url', URL_, '--today', '2026-12-01']),
    ).toBe(0);
    expect(output.out).toContain(
      '2. email datenschutz@gmxnet.de [directory: differs from the page]',
    );
    expect(output.out).toContain(
      'differs: the directory lists datenschutz@gmxnet.de; the policy, dated 2026-09-01, says privacy-team@gmx.net — the policy is newer',
    );
    expect(output.out).toContain(
      'Datenanfragen.de company directory (CC0-1.0), snapshot 2026-07-21',
    );
  });
});
