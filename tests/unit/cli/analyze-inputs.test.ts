import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/commands/analyze';
import { inputKind, loadPolicy } from '../../../cli/support/load-policy';
import { AnalyzeOutput } from '../../../lib/policy-detection/schema';
import { captureOutput } from '../../support/capture-output';

const output = captureOutput();
const dir = mkdtempSync(join(tmpdir(), 'rightful-inputs-'));
const MD = `# Privacy policy

## Contact

Our data protection officer, Ana Ruiz, answers at [privacy@fernhill.example](mailto:privacy@fernhill.example).
`;

describe('cli analyze: each input read as what it is', () => {
  it('a .md policy is read as Markdown, not as an empty HTML page', async () => {
    const file = join(dir, 'policy.md');
    writeFileSync(file, MD);
    expect(await run([file, '--json', '--today', '2026-11-26'])).toBe(0);
    const out = AnalyzeOutput.parse(JSON.parse(output.out));
    expect(out.contacts[0]?.value).toBe('privacy@fernhill.example');
    expect(out.summary.length + out.checklist.length).toBeGreaterThan(0);
  });

  it('an HTML fragment (no html/body) is read whole, as a browser would', () => {
    const { blocks } = loadPolicy(
      'body.html',
      '<h3>Controller</h3><p>Velotte GmbH is the controller.</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Controller', 'Velotte GmbH is the controller.']);
  });

  it('a policy in a language without cues says so, in the JSON and in the text', async () => {
    const file = join(dir, 'sv.html');
    // Written for this test: an ordinary Swedish policy paragraph, the page's lang attribute sv.
    writeFileSync(
      file,
      '<html lang="sv"><body><h1>Integritetspolicy</h1><p>Vi behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Kontakta oss på dataskydd@fjord.example.</p></body></html>',
    );
    expect(await run([file, '--json', '--today', '2026-11-26'])).toBe(0);
    const out = AnalyzeOutput.parse(JSON.parse(output.out));
    expect(out).toMatchObject({ language: 'sv', languageCovered: false });
    const before = output.out.length;
    expect(await run([file, '--today', '2026-11-26'])).toBe(0);
    expect(output.out.slice(before)).toContain(
      'language: sv (not covered: read with the English cues',
    );
  });

  it.each([
    ['policy.md', 'md'],
    ['POLICY.MARKDOWN', 'md'],
    ['page.htm', 'html'],
    ['page.html', 'html'],
    ['notes.txt', 'txt'],
  ])('%s is %s', (name, kind) => {
    expect(inputKind(name, '')).toBe(kind);
  });

  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['# Privacy\n\nText', 'md'],
    ['See [the form](https://x.example/form).', 'md'],
    ['Privacy policy\n\nWe collect your name.', 'txt'],
  ])('standard input %j is sniffed as %s', (content, kind) => {
    expect(inputKind('-', content)).toBe(kind);
  });

  it('--kind overrides the guess; a wrong --kind is an error', () => {
    expect(inputKind('-', '# x', 'txt')).toBe('txt');
    expect(() => inputKind('-', '', 'pdf')).toThrow(/--kind/);
    expect(loadPolicy('-', MD).blocks[0]).toMatchObject({
      kind: 'heading',
      text: 'Privacy policy',
    });
  });

  it('an input of unknown kind exits 2 with a message, never an empty success', async () => {
    const file = join(dir, 'policy.pdf');
    writeFileSync(file, '%PDF-1.7');
    expect(await run([file, '--json'])).toBe(2);
    expect(output.err).toMatch(/cannot tell what .*policy\.pdf is/);
    expect(output.out).toBe('');
  });
});
