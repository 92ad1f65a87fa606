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
      '--residence',
      'US-CA',
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
      ['--right', 'restriction', '--law', 'ccpa', '--residence', 'US-CA', '--to', 'a@b.fr'],
      'CCPA/CPRA has no "restriction" right',
    ],
    [
      [
        '--right',
        'access',
        '--law',
        'ccpa',
        '--residence',
        'us-ca',
        '--lang',
        'de',
        '--to',
        'a@b.fr',
      ],
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

  describe('--residence: a US state law only for a resident of that state (issue 13, item 5)', () => {
    it.each([
      [['--law', 'ccpa'], 'CCPA/CPRA protects residents of US-CA only', 'give --residence US-CA'],
      [
        ['--law', 'ccpa', '--residence', 'US-TX'],
        'CCPA/CPRA protects residents of US-CA only',
        'use --law us-tx (TDPSA (Texas))',
      ],
      [
        ['--law', 'us-tx', '--residence', 'US-CA'],
        'TDPSA (Texas) protects residents of US-TX only',
        'use --law ccpa',
      ],
      [['--residence', 'Texas'], '--residence must be a country or subdivision code', ''],
    ])('%j is refused: no false residency claim', async (extra, message, hint) => {
      expect(await run(['--right', 'access', '--to', 'privacy@shop.com', ...extra])).toBe(2);
      const first = output.err.split('\n')[0] ?? '';
      expect(first).toContain(message);
      expect(first).toContain(hint);
      expect(output.out).toBe('');
    });

    it('a Texan gets the Texas Act without --law, and never the CCPA', async () => {
      const args = ['--right', 'access', '--to', 'privacy@shop.com', '--residence', 'US-TX'];
      expect(await run([...args, '--today', '2026-12-01', '--json'])).toBe(0);
      const json = JSON.parse(output.out) as { law: string; body: string };
      expect(json.law).toBe('us-tx');
      expect(json.body).toContain('I am a resident of Texas.');
      expect(json.body).not.toContain('California');
    });

    it('a Kentuckian before 1 Jan 2026 gets a request that claims no statute', async () => {
      const args = ['--right', 'erasure', '--to', 'privacy@shop.com', '--residence', 'US-KY'];
      expect(await run([...args, '--today', '2025-12-31', '--json'])).toBe(0);
      const json = JSON.parse(output.out) as { law: string; body: string; citations: string[] };
      expect(json.law).toBe('us-none');
      expect(json.citations).toEqual([]);
      expect(json.body).not.toMatch(/§|Act|resident/);
    });

    it('us-ca is the CCPA for a Californian', async () => {
      const args = ['--right', 'know', '--law', 'us-ca', '--residence', 'US-CA', '--json'];
      expect(await run([...args, '--to', 'privacy@shop.com'])).toBe(0);
      expect(JSON.parse(output.out)).toMatchObject({ law: 'ccpa', right: 'access' });
    });
  });
});
