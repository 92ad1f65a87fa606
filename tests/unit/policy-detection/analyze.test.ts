import { describe, expect, it } from 'vitest';
import { analyze, run } from '../../../cli/commands/analyze';
import { AnalyzeOutput } from '../../../lib/policy-detection/schema';
import { fixture } from '../../fixtures/detection/read-fixture';

describe('analyze (the CLI over the same code)', () => {
  it.each([
    ['magneta-policy.txt', undefined, 'contact@magneta.fr', 'Magneta'],
    ['velotte-fr.html', 'https://www.velotte.fr/confidentialite', 'dpo@velotte.fr', 'Vélotte SAS'],
    ['radhaus-de.html', 'https://radhaus.de/datenschutz', 'datenschutz@radhaus.de', 'Radhaus GmbH'],
  ])('%s: a valid AnalyzeOutput, best contact first', (file, url, first, controller) => {
    const out = analyze(file, fixture(file), url);
    expect(AnalyzeOutput.parse(out)).toEqual(out);
    expect(out).toMatchObject({
      input: file,
      isPolicyPage: true,
      controller: { name: controller },
    });
    expect(out.contacts[0]?.value).toBe(first);
  });

  it('lists the policy links of an HTML page, best first', () => {
    const out = analyze('velotte-fr.html', fixture('velotte-fr.html'), 'https://www.velotte.fr/');
    expect(out.policyLinks[0]).toMatchObject({
      url: 'https://www.velotte.fr/confidentialite',
      kind: 'privacy',
    });
    expect(out.policyLinks.map((l) => l.kind)).toContain('legal');
  });

  it.each([
    [['/no/such/file.html'], 2],
    [[], 2],
    [['x.html', '--url', 'not a url'], 2],
  ])('run(%j) exits %i with a message, no stack', async (args, code) => {
    expect(await run(args)).toBe(code);
  });
});
