import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { run } from '../../../cli/commands/draft';

const POLICY = 'tests/fixtures/requests/shop-policy.txt';
const output = captureOutput();

describe('cli draft', () => {
  it('--json gives a French GDPR access request asking for the partners and sources of the policy', async () => {
    const code = await run([
      '--right',
      'access',
      '--law',
      'gdpr',
      '--lang',
      'fr',
      '--to',
      'contact@lumen-boutique.example',
      '--policy',
      POLICY,
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['to', 'subject', 'body', 'law', 'right', 'language', 'citations']),
    );
    expect(json).toMatchObject({
      to: 'contact@lumen-boutique.example',
      law: 'gdpr',
      right: 'access',
      language: 'fr',
    });
    expect(json.subject).toContain('article 15');
    expect(json.citations).toContain('GDPR Art. 15(1)(g)');
    const body = String(json.body);
    expect(body).toContain('Lumen Boutique');
    expect(body).toContain(
      '« Some of your details are passed on to our business partners so they can serve you »',
    );
    expect(body).toContain('« We also receive information about you from our partners »');
  });

  it('reads an HTML policy block by block, lists included', async () => {
    const code = await run([
      '--right',
      'objection',
      '--to',
      'privacy@lumen-boutique.example',
      '--lang',
      'en',
      '--policy',
      'tests/fixtures/requests/shop-policy.html',
    ]);
    expect(code).toBe(0);
    expect(output.out).toContain('I am writing to Lumen Boutique');
    expect(output.out).toContain(
      '- sending you tailored offers\n- analysing what our customers buy',
    );
  });

  it.each([
    ['a@b.fr?bcc=x@y.z', '"?" or "&"'],
    ['a@b.fr%0ABcc:x@y.z', 'line break'],
    ['"a@b.fr, x@y.z"', 'exactly one address'],
  ])('refuses the hostile recipient %j with exit 2', async (to, message) => {
    expect(await run(['--right', 'access', '--to', to])).toBe(2);
    expect(output.err).toMatch(/^error: refused recipient/);
    expect(output.err).toContain(message);
    expect(output.err.trim().split('\n')).toHaveLength(1);
    expect(output.out).toBe('');
  });

  it('uses the profile, minimised, and the CCPA alias "know"', async () => {
    const code = await run([
      '--right',
      'opt-out',
      '--law',
      'ccpa',
      '--to',
      'privacy@shop.com',
      '--profile',
      'tests/fixtures/requests/profile.json',
    ]);
    expect(code).toBe(0);
    expect(output.out).toContain('Subject: Do not sell or share my personal information');
    expect(output.out).toContain('alice@example.org');
    expect(output.out).not.toContain('Alice Martin');
  });

  it('chooses the law from the recipient domain when --law is absent', async () => {
    expect(await run(['--right', 'access', '--to', 'dpo@beispiel.de', '--json'])).toBe(0);
    expect(JSON.parse(output.out)).toMatchObject({ law: 'gdpr', language: 'de' });
  });

  it('writes an .eml', async () => {
    expect(
      await run([
        '--right',
        'erasure',
        '--to',
        'dpo@example.fr',
        '--lang',
        'en',
        '--format',
        'eml',
      ]),
    ).toBe(0);
    expect(output.out).toMatch(
      /^To: dpo@example\.fr\r\nSubject: Request for erasure \(Article 17 GDPR\)\r\n/,
    );
  });

  it.each([
    [['--right', 'access'], '--right and --to are required'],
    [['--right', 'fly', '--to', 'a@b.fr'], 'unknown right "fly"'],
    [
      ['--right', 'restriction', '--law', 'ccpa', '--to', 'a@b.fr'],
      'CCPA/CPRA has no "restriction" right',
    ],
    [
      ['--right', 'access', '--law', 'ccpa', '--lang', 'de', '--to', 'a@b.fr'],
      'no de letters for CCPA/CPRA',
    ],
    [
      ['--right', 'access', '--to', 'a@b.fr', '--policy', 'tests/fixtures/requests/missing.txt'],
      'cannot read the policy file',
    ],
  ])('%j → a one-line error and exit 2', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(output.err.split('\n')[0]).toContain(message);
  });
});
