import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { MAILTO_DOOR } from '../../../eslint.config.js';

/**
 * One door for mail links (issue 10, item 5; SECURITY.md finding 8): the lint rule refuses a
 * mailto: link built anywhere but lib/rights-requests, with a message saying what to use.
 */
const lint = (code: string, filename: string) =>
  new Linter({ configType: 'flat' }).verify(
    code,
    [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, MAILTO_DOOR],
    filename,
  );

describe('mailto: links have one door', () => {
  it.each([
    ['template literal', 'const u = `mailto:${to}?subject=${s}`;'],
    ['concatenation', "const u = 'mailto:' + to;"],
    ['upper case, spaces', 'const u = " MAILTO:" + to;'],
  ])('refuses a %s outside lib/rights-requests', (_name, code) => {
    const messages = lint(code, 'components/dashboard/mailto.ts');
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
    expect(messages[0]?.message).toContain('lib/rights-requests');
  });

  it('lets lib/rights-requests build them, and detection read them', () => {
    expect(lint('const u = `mailto:${to}`;', 'lib/rights-requests/to-mailto.ts')).toEqual([]);
    expect(lint("href.slice('mailto:'.length)", 'lib/policy-detection/extract-emails.ts')).toEqual(
      [],
    );
  });

  it('other strings pass', () => {
    expect(
      lint(
        "const a = 'see mailto: links'; const b = `see ${x} for mailto: links`;",
        'components/a.ts',
      ),
    ).toEqual([]);
  });
});
