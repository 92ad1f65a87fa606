import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../../lib/letters/render-request';
import type { LetterInput } from '../../../lib/letters/render-request';
import { NO_FACTS } from '../../../lib/rights-requests/schema';

/** Issue 13, the legal audit's request-letter checks (items 4, 6, 9, 11); each failed before. */
function body(input: Pick<LetterInput, 'law' | 'right' | 'language'>): string {
  const letter = renderLetter({ ...input, facts: NO_FACTS, profile: {}, today: '2026-11-26' });
  if (!letter.ok) {
    throw new Error(JSON.stringify(letter.error));
  }
  return `${letter.value.subject}\n${letter.value.body}`;
}

describe('request letters after the audit', () => {
  it('UK automated decisions cite Arts. 22A–22D and the 22C safeguards, not Art. 22(3)', () => {
    const text = body({ law: 'uk-gdpr', right: 'automated-decision', language: 'en' });
    expect(text).toContain('Articles 22A to 22D');
    expect(text).toContain('(Article 22C)');
    expect(text).not.toContain('22(3)');
    // The EU letter keeps Art. 22(3).
    expect(body({ law: 'gdpr', right: 'automated-decision', language: 'en' })).toContain(
      '(Article 22(3))',
    );
  });

  it.each([
    ['en', '(point (e))', '(point (f), with Article 8(1))', 'Article 6(1)(e)'],
    ['fr', '(point e))', '(point f), article 8, paragraphe 1)', '(point e) du même paragraphe)'],
    ['de', '(lit. e)', '(lit. f, Art. 8 Abs. 1 DSGVO)', 'Art. 6 Abs. 1 lit. e DSGVO'],
    ['es', '(letra e))', '(letra f), artículo 8, apartado 1)', '(letra e) del mismo apartado)'],
    [
      'it',
      '(lettera e))',
      '(lettera f), articolo 8, paragrafo 1)',
      '(lettera e) dello stesso paragrafo)',
    ],
  ] as const)(
    '%s: erasure lists Art. 17(1)(e) and (f), objection Art. 6(1)(e)',
    (language, e, f, public_) => {
      const erasure = body({ law: 'gdpr', right: 'erasure', language });
      expect(erasure).toContain(e);
      expect(erasure).toContain(f);
      expect(body({ law: 'gdpr', right: 'objection', language })).toContain(public_);
    },
  );

  it('LGPD access states the small agents’ doubled period with its source', () => {
    expect(body({ law: 'lgpd', right: 'access', language: 'pt' })).toContain(
      'ou de até 30 dias caso sejam agente de tratamento de pequeno porte (Resolução CD/ANPD nº 2/2022, art. 14)',
    );
    expect(body({ law: 'lgpd', right: 'access', language: 'en' })).toContain(
      'or 30 days if you are a small processing agent',
    );
  });

  it('German fallback is dative after gegenüber/von', () => {
    for (const right of [
      'access',
      'erasure',
      'objection',
      'automated-decision',
      'withdraw-consent',
    ] as const) {
      const text = body({ law: 'gdpr', right, language: 'de' });
      expect(text).not.toMatch(/(gegenüber|von|ich) Ihr Unternehmen/);
      expect(text).toContain('Ihrem Unternehmen');
    }
  });

  it('Italian contracts a + la; French and Italian objectors are not only masculine', () => {
    const italian = body({ law: 'gdpr', right: 'access', language: 'it' });
    expect(italian).toContain('Mi rivolgo alla vostra organizzazione');
    expect(italian).not.toContain(' a la ');
    expect(body({ law: 'gdpr', right: 'restriction', language: 'fr' })).toContain(
      'je me suis opposé(e)',
    );
    // Italian says it without a gendered participle at all.
    const restriction = body({ law: 'gdpr', right: 'restriction', language: 'it' });
    expect(restriction).toContain('ho presentato opposizione');
    expect(restriction).not.toMatch(/mi sono oppost/);
  });
});
