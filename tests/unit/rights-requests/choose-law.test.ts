import { describe, expect, it } from 'vitest';
import { chooseLaw, countryOfDomain } from '../../../lib/rights-requests/choose-law';

describe('chooseLaw', () => {
  it.each([
    [
      'controller address in France, policy in French',
      { controllerCountry: 'fr', policyLanguage: 'fr' },
      {
        law: 'gdpr',
        language: 'fr',
        reasons: [
          { key: 'req_why_law_address', params: ['FR', 'GDPR'] },
          { key: 'req_why_lang_policy', params: ['fr'] },
        ],
      },
    ],
    [
      '.de domain, no policy language, English UI',
      { domain: 'www.beispiel.de', uiLanguage: 'en-GB' },
      {
        law: 'gdpr',
        language: 'de',
        reasons: [
          { key: 'req_why_law_tld', params: ['DE', 'GDPR'] },
          { key: 'req_why_lang_country', params: ['DE', 'de'] },
        ],
      },
    ],
    [
      '.co.uk domain',
      { domain: 'shop.co.uk', policyLanguage: 'en' },
      {
        law: 'uk-gdpr',
        language: 'en',
        reasons: [
          { key: 'req_why_law_tld', params: ['GB', 'UK GDPR'] },
          { key: 'req_why_lang_policy', params: ['en'] },
        ],
      },
    ],
    [
      'Swiss address, policy in French: a French revFADP letter',
      { controllerCountry: 'CH', policyLanguage: 'fr', uiLanguage: 'fr' },
      {
        law: 'revfadp',
        language: 'fr',
        reasons: [
          { key: 'req_why_law_address', params: ['CH', 'revFADP'] },
          { key: 'req_why_lang_policy', params: ['fr'] },
        ],
      },
    ],
    [
      'US controller, user in France: the GDPR reaches the controller, the CCPA does not protect the user; letter in English for a US controller',
      { controllerCountry: 'US', userCountry: 'FR', uiLanguage: 'fr' },
      {
        law: 'gdpr',
        language: 'en',
        reasons: [
          { key: 'req_why_law_user_outside', params: ['FR', 'GDPR'] },
          { key: 'req_why_lang_country', params: ['US', 'en'] },
        ],
      },
    ],
    [
      'US controller, user in the US, state unknown: no statute claimed (the CCPA protects Californians only)',
      { controllerCountry: 'US', userCountry: 'US' },
      {
        law: 'us-none',
        language: 'en',
        reasons: [
          { key: 'req_why_law_us_no_state', params: [] },
          { key: 'req_why_lang_country', params: ['US', 'en'] },
        ],
      },
    ],
    [
      '.com site, user in Brazil, Portuguese UI',
      { domain: 'loja.com', userCountry: 'BR', uiLanguage: 'pt-BR' },
      {
        law: 'lgpd',
        language: 'pt-BR',
        reasons: [
          { key: 'req_why_law_user', params: ['BR', 'LGPD'] },
          { key: 'req_why_lang_ui', params: ['pt-BR'] },
        ],
      },
    ],
    [
      '.eu domain',
      { domain: 'example.eu', uiLanguage: 'de' },
      {
        law: 'gdpr',
        language: 'de',
        reasons: [
          { key: 'req_why_law_eu_domain', params: ['GDPR'] },
          { key: 'req_why_lang_ui', params: ['de'] },
        ],
      },
    ],
    [
      '.io site with a German policy, nothing else known',
      { domain: 'tool.io', policyLanguage: 'de' },
      {
        law: 'gdpr',
        language: 'de',
        reasons: [
          { key: 'req_why_law_policy_language', params: ['de', 'GDPR'] },
          { key: 'req_why_lang_policy', params: ['de'] },
        ],
      },
    ],
    [
      'nothing known',
      {},
      {
        law: 'gdpr',
        language: 'en',
        reasons: [
          { key: 'req_why_law_default', params: ['GDPR'] },
          { key: 'req_why_lang_default', params: ['en'] },
        ],
      },
    ],
    [
      'Canadian address, French UI: English, the first language of Canada in our data',
      { controllerCountry: 'CA', uiLanguage: 'fr' },
      {
        law: 'pipeda',
        language: 'en',
        reasons: [
          { key: 'req_why_law_address', params: ['CA', 'PIPEDA'] },
          { key: 'req_why_lang_country', params: ['CA', 'en'] },
        ],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(chooseLaw(input)).toEqual(expected);
  });

  it.each([
    ['tienda.es', 'es'],
    ['negozio.it', 'it'],
  ])('%s gives a GDPR letter in %s', (domain, language) => {
    expect(chooseLaw({ domain })).toMatchObject({ law: 'gdpr', language });
  });

  // Portuguese letters differ by law: European under the GDPR, Brazilian under the LGPD.
  it.each([
    ['a .pt site', { domain: 'loja.pt' }, 'gdpr', 'pt-PT'],
    [
      'a Portuguese policy in Portugal',
      { domain: 'loja.pt', policyLanguage: 'pt' },
      'gdpr',
      'pt-PT',
    ],
    [
      'a Portuguese policy of a .eu site',
      { domain: 'loja.eu', policyLanguage: 'pt' },
      'gdpr',
      'pt-PT',
    ],
    [
      'a Brazilian policy of a Lisbon shop',
      { controllerCountry: 'PT', policyLanguage: 'pt-BR' },
      'gdpr',
      'pt-PT',
    ],
    ['a .br site', { domain: 'loja.com.br' }, 'lgpd', 'pt-BR'],
    [
      'a Portuguese policy in Brazil',
      { domain: 'loja.com.br', policyLanguage: 'pt' },
      'lgpd',
      'pt-BR',
    ],
    ['a .pt site, Brazilian UI', { domain: 'loja.pt', uiLanguage: 'pt-BR' }, 'gdpr', 'pt-PT'],
  ] as const)('%s gives %s letters in %s', (_, input, law, language) => {
    expect(chooseLaw(input)).toMatchObject({ law, language });
  });

  it('a Swiss address without policy language gives a German letter', () => {
    expect(chooseLaw({ controllerCountry: 'CH' })).toMatchObject({
      law: 'revfadp',
      language: 'de',
    });
  });

  it('the address beats the domain', () => {
    expect(chooseLaw({ controllerCountry: 'DE', domain: 'shop.fr' }).law).toBe('gdpr');
    expect(chooseLaw({ controllerCountry: 'GB', domain: 'shop.fr' }).law).toBe('uk-gdpr');
  });
});

describe('countryOfDomain', () => {
  it.each([
    ['magneta.fr', 'FR'],
    ['www.example.co.uk', 'GB'],
    ['example.com', undefined],
    ['startup.io', undefined],
    ['example.eu', undefined],
    ['shop.ch.', 'CH'],
  ])('%s → %s', (domain, country) => {
    expect(countryOfDomain(domain)).toBe(country);
  });
});
