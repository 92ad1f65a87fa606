import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { run } from '../../../cli/commands/draft';

const output = captureOutput();

describe('cli draft --lang: Portuguese letters by variant', () => {
  it.each([
    ['pt-PT', 'gdpr', 'pt-PT', 'artigo 15.º do RGPD'],
    ['pt-pt', 'gdpr', 'pt-PT', 'Exmos. Senhores'],
    ['pt', 'gdpr', 'pt-PT', 'artigo 15.º do RGPD'],
    ['pt-BR', 'lgpd', 'pt-BR', 'arts. 18 e 19 da LGPD'],
    ['pt', 'lgpd', 'pt-BR', 'arts. 18 e 19 da LGPD'],
  ])('--lang %s --law %s writes %s', async (lang, law, language, words) => {
    const code = await run([
      ...['--right', 'access', '--to', 'dpo@loja.example', '--law', law, '--lang', lang],
      ...['--controller', 'Loja Exemplo', '--today', '2026-11-26', '--json'],
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as { language: string; subject: string; body: string };
    expect(json.language).toBe(language);
    expect(`${json.subject}\n${json.body}`).toContain(words);
  });

  it('the other variant is refused with the languages the law offers', async () => {
    const code = await run([
      ...['--right', 'access', '--to', 'dpo@loja.example', '--law', 'lgpd', '--lang', 'pt-PT'],
      ...['--today', '2026-11-26'],
    ]);
    expect(code).toBe(2);
    expect(output.err).toContain('no pt-PT letters for LGPD (offered: en, pt-BR)');
  });

  it('a .pt recipient gets the European Portuguese GDPR letter without --lang', async () => {
    const code = await run([
      ...['--right', 'erasure', '--to', 'dpo@loja.pt', '--today', '2026-11-26', '--json'],
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(output.out) as { law: string; language: string };
    expect(json).toMatchObject({ law: 'gdpr', language: 'pt-PT' });
  });
});
