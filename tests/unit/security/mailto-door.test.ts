import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * One door for mail links (issue 10, item 5; SECURITY.md finding 8): the lint rule refuses a
 * mailto: link built anywhere but lib/rights-requests, with a message saying what to use.
 */
const rules = new Map<string, Linter.RulesRecord>();
/** The project's own eslint.config.js decides which rule applies to the file. */
beforeAll(async () => {
  const eslint = new ESLint();
  for (const file of [
    'components/dashboard/mailto.ts',
    'components/a.ts',
    'lib/rights-requests/to-mailto.ts',
    'lib/policy-detection/extract-emails.ts',
  ]) {
    const config = (await eslint.calculateConfigForFile(file)) as { rules?: Linter.RulesRecord };
    const rule = config.rules?.['no-restricted-syntax'];
    rules.set(file, rule ? { 'no-restricted-syntax': rule } : {});
  }
}, 60_000);

const lint = (code: string, filename: string) =>
  new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: rules.get(filename) ?? {},
      },
    ],
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
