import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { run } from '../../../cli/commands/escalate';

const output = captureOutput();

const BASE = ['--lang', 'en', '--controller', 'Shop Ltd', '--json'];

describe('cli escalate: the dashboard’s follow-up and complaint letters', () => {
  it('GDPR follow-up: to the controller, with the due date and the authority it warns of', async () => {
    // GDPR Art. 12(3): sent Mon 2 Mar 2026 → due Thu 2 Apr 2026 (Reg. 1182/71 Art. 3(2)(c)).
    const code = await run([
      ...['--kind', 'follow-up', '--law', 'gdpr', '--right', 'access', '--sent', '2026-03-02'],
      ...['--to', 'dpo@shop.ie', '--country', 'IE', '--today', '2026-04-20', ...BASE],
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as Record<string, unknown>;
    expect(json.to).toBe('dpo@shop.ie');
    expect(String(json.subject)).toContain('2 April 2026');
    expect(String(json.body)).toContain('2 March 2026');
    expect((json.authority as { name: string }).name).toMatch(/Data Protection Commission/);
  });

  it('complaint about a Bavarian company goes to the Land authority (BDSG § 40), in German', async () => {
    const code = await run([
      ...['--kind', 'complaint', '--law', 'gdpr', '--right', 'erasure', '--sent', '2026-05-04'],
      ...['--to', 'dsb@firma.de', '--country', 'DE', '--subdivision', 'de-by'],
      ...['--today', '2026-06-10', '--controller', 'Firma GmbH', '--lang', 'de', '--json'],
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as { to: string; body: string; language: string };
    expect(json.to).toBe('poststelle@lda.bayern.de');
    expect(json.language).toBe('de');
    expect(json.body).toContain('Firma GmbH');
  });

  it.each([
    [[], 'Spanish Data Protection Agency', 'Agencia Española de Protección de Datos (AEPD)'],
    [
      ['--public-body'],
      'Catalan Data Protection Authority',
      'Autoritat Catalana de Protecció de Dades (APDCAT)',
    ],
  ])(
    'a complaint about a controller in Catalonia %j goes to %s (LOPDGDD art. 57.1)',
    async (flags, authority, named) => {
      // The APDCAT supervises the Catalan public sector only: a private company goes to the AEPD.
      const code = await run([
        ...['--kind', 'follow-up', '--law', 'gdpr', '--right', 'access', '--sent', '2026-03-02'],
        ...['--to', 'dpd@entitat.cat', '--country', 'ES', '--subdivision', 'ES-CT', ...flags],
        ...['--today', '2026-06-10', '--controller', 'Entitat', '--lang', 'es', '--json'],
      ]);
      expect(code).toBe(0);
      const json = JSON.parse(output.out) as { body: string; authority: { name: string } };
      expect(json.authority.name).toBe(authority);
      expect(json.body).toContain(`ante la autoridad de control: ${named}.`);
    },
  );

  it('Texas follow-up states the Act’s 45 days and its section, never the CCPA', async () => {
    // Tex. Bus. & Com. Code §541.052: Tue 1 Sep 2026 + 45 = Fri 16 Oct 2026.
    const code = await run([
      ...['--kind', 'follow-up', '--law', 'us-tx', '--right', 'access', '--sent', '2026-09-01'],
      ...['--to', 'privacy@shop.com', '--country', 'US', '--today', '2026-10-20', ...BASE],
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as { body: string; authority: unknown };
    expect(json.body).toContain('within 45 days of receipt (Tex. Bus. & Com. Code §541.052)');
    expect(json.body).toContain('16 October 2026');
    expect(json.body).not.toMatch(/California|CCPA/);
    // §541.053: an appeal decided within 60 days; a denial points to the Attorney General.
    expect(json.body).toContain(
      'you must decide the appeal within 60 days of receipt and, if you deny it, tell me how to submit a complaint to the Texas Attorney General (Tex. Bus. & Com. Code §541.053).',
    );
    expect(json.authority).toMatchObject({ name: 'Texas Attorney General' });
  });

  it('ccpa rights are recorded under the CCPA’s own names (access → know)', async () => {
    const code = await run([
      ...['--kind', 'follow-up', '--law', 'us-ca', '--right', 'access', '--sent', '2026-03-02'],
      ...['--to', 'privacy@shop.com', '--country', 'US', '--today', '2026-05-01', ...BASE],
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(output.out) as { body: string }).body).toContain('1798');
  });

  it.each([
    [['--kind', 'letter'], '--kind must be follow-up or complaint'],
    [['--kind', 'follow-up', '--law', 'xx'], 'unknown law "xx"'],
    [['--kind', 'follow-up', '--right', 'fly'], 'unknown right "fly"'],
    [['--kind', 'follow-up', '--to', 'a@b.fr?bcc=x@y.z'], '--recipient'],
    [['--kind', 'follow-up', '--today', '2026-01-01'], 'not before --sent'],
  ])('%j → one line on stderr, the usage, exit 2', async (override, message) => {
    const options = new Map<string, string>([
      ['kind', 'follow-up'],
      ['law', 'gdpr'],
      ['right', 'access'],
      ['lang', 'en'],
      ['sent', '2026-03-02'],
      ['to', 'dpo@shop.ie'],
      ['controller', 'Shop'],
      ['country', 'IE'],
    ]);
    for (let i = 0; i < override.length; i += 2) {
      options.set((override[i] ?? '').slice(2), override[i + 1] ?? '');
    }
    const args = [...options].flatMap(([k, v]) => [`--${k}`, v]);
    expect(await run(args)).toBe(2);
    expect(output.err.split('\n')[0]).toContain(message);
    expect(output.out).toBe('');
  });

  it('says which options are missing', async () => {
    expect(await run(['--kind', 'complaint'])).toBe(2);
    expect(output.err.split('\n')[0]).toBe(
      'escalate: missing --law, --right, --lang, --sent, --to, --controller, --country',
    );
  });
});
