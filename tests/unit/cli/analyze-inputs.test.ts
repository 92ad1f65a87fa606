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
