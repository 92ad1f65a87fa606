import { describe, expect, it } from 'vitest';
import { letterLanguage, parseLanguageTag } from '../../../lib/legal/letter-language';
import { templateSet } from '../../../lib/letters/registry';
import { renderLetter } from '../../../lib/letters/render-request';
import { NO_FACTS } from '../../../lib/rights-requests/schema';
import { PROFILE } from '../../fixtures/requests/facts';

describe('letterLanguage: the law’s own variant of a language', () => {
  it.each([
    ['gdpr', 'pt', 'pt-PT'],
    ['gdpr', 'pt-PT', 'pt-PT'],
    ['gdpr', 'pt-pt', 'pt-PT'],
    ['gdpr', 'pt_BR', 'pt-PT'],
    ['lgpd', 'pt', 'pt-BR'],
    ['lgpd', 'pt-PT', 'pt-BR'],
    ['lgpd', 'PT-br', 'pt-BR'],
    ['gdpr', 'fr-CA', 'fr'],
    ['gdpr', ' de ', 'de'],
    ['ccpa', 'fr', undefined],
    ['gdpr', 'ja', undefined],
    ['gdpr', '', undefined],
    ['gdpr', undefined, undefined],
  ] as const)('%s, %s → %s', (law, tag, expected) => {
    expect(letterLanguage(law, tag)).toBe(expected);
  });

  it.each([
    ['pt-pt', 'pt-PT'],
    ['PT_BR', 'pt-BR'],
    ['pt', 'pt'],
    ['nl', 'nl'],
    ['pt-AO', undefined],
    ['portuguese', undefined],
  ])('parseLanguageTag(%s) → %s', (tag, expected) => {
    expect(parseLanguageTag(tag)).toBe(expected);
  });
});

describe('templateSet: pt-PT GDPR and pt-BR LGPD letters', () => {
  it.each([
    ['gdpr', 'pt-PT', 'pt-PT'],
    ['gdpr', 'pt', 'pt-PT'],
    ['lgpd', 'pt-BR', 'pt-BR'],
    ['lgpd', 'pt', 'pt-BR'],
    ['gdpr', 'pt-BR', undefined],
    ['lgpd', 'pt-PT', undefined],
    ['ccpa', 'pt', undefined],
  ] as const)('%s in %s → %s', (law, language, expected) => {
    expect(templateSet(law, language)?.language).toBe(expected);
  });

  it('a GDPR letter in plain "pt" is the European one, and says so', () => {
    const letter = renderLetter({
      law: 'gdpr',
      right: 'erasure',
      language: 'pt',
      facts: NO_FACTS,
      profile: PROFILE,
      today: '2026-11-26',
    });
    expect(letter.ok && letter.value.language).toBe('pt-PT');
    expect(letter.ok && letter.value.body).toContain('Dirijo-me à vossa organização');
    expect(letter.ok && letter.value.body).toContain('artigo 17.º do RGPD');
  });

  it('an LGPD letter in plain "pt" is the Brazilian one', () => {
    const letter = renderLetter({
      law: 'lgpd',
      right: 'erasure',
      language: 'pt',
      facts: NO_FACTS,
      profile: PROFILE,
      today: '2026-11-26',
    });
    expect(letter.ok && letter.value.language).toBe('pt-BR');
    expect(letter.ok && letter.value.body).toContain('LGPD');
    expect(letter.ok && letter.value.body).not.toContain('RGPD');
  });
});
