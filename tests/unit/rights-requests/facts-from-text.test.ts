import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFromText } from '../../../lib/rights-requests/facts-from-text';

describe('factsFromText', () => {
  it('reads the facts of the synthetic shop policy', () => {
    const facts = factsFromText(readFileSync('tests/fixtures/requests/shop-policy.txt', 'utf8'));
    expect(facts).toEqual({
      controllerName: 'Lumen Boutique',
      policyLanguage: 'en',
      partners: {
        mentioned: true,
        named: [],
        quote: 'Some of your details are passed on to our business partners so they can serve you.',
      },
      partnerSources: {
        mentioned: true,
        quote: 'We also receive information about you from our partners.',
      },
      publicSources: {
        mentioned: true,
        quote: 'We may gather information about you that is public.',
      },
      retention: { duration: 'P14M', quote: 'Order records are kept for no more than 14 months.' },
      legitimateInterestPurposes: [
        { text: 'sending you tailored offers' },
        { text: 'analysing what our customers buy' },
      ],
      marketing: { quote: 'With your consent we send you our newsletter.' },
    });
  });

  it.each([
    [
      'fr',
      "Nous communiquons certaines données à nos partenaires commerciaux. Nous recevons aussi des données vous concernant de la part de nos partenaires. Vos données sont conservées pendant 3 ans. Nous vous envoyons une lettre d'information.",
      { partners: true, sources: true, duration: 'P3Y', marketing: true },
    ],
    [
      'de',
      'Wir geben Ihre Daten an ausgewählte Partner weiter. Außerdem erhalten wir Daten über Sie von Dritten. Wir speichern Ihre Daten 30 Tage lang. Wir schicken Ihnen unseren Newsletter.',
      { partners: true, sources: true, duration: 'P30D', marketing: true },
    ],
    [
      'en',
      'We never share your personal data with third parties. We keep your data for as long as your account exists.',
      { partners: false, sources: false, duration: undefined, marketing: false },
    ],
  ])('%s policy', (language, text, expected) => {
    const facts = factsFromText(text);
    expect(facts.policyLanguage).toBe(language);
    expect(facts.partners.mentioned).toBe(expected.partners);
    expect(facts.partnerSources.mentioned).toBe(expected.sources);
    expect(facts.retention?.duration).toBe(expected.duration);
    expect(facts.marketing !== undefined).toBe(expected.marketing);
  });

  it.each([
    [
      'third-party services that collect data are recipients',
      'The app uses third-party services that may collect information used to identify you.',
      'partners',
    ],
    [
      'data received from social networks is a source',
      'We receive your name and photo from social networking sites you sign in with.',
      'sources',
    ],
    [
      '« réseaux sociaux » as a source',
      'Nous recevons des données de la part de réseaux sociaux.',
      'sources',
    ],
  ] as const)('%s', (_, text, fact) => {
    const facts = factsFromText(text);
    expect(fact === 'partners' ? facts.partners : facts.partnerSources).toEqual({
      mentioned: true,
      ...(fact === 'partners' ? { named: [] } : {}),
      quote: text,
    });
  });

  it.each([
    'Personal data will be deleted when it is no longer needed for the purposes for which it was collected.',
    'We retain user data for the period necessary to fulfill the purposes outlined in this policy.',
  ])('keeps the retention rule %j although it has no number', (text) => {
    expect(factsFromText(text).retention).toEqual({ quote: text });
  });

  it('"legitimate business interests" counts as legitimate interest', () => {
    const text =
      'We process your data to pursue our legitimate business interests, such as fraud prevention.';
    expect(factsFromText(text).legitimateInterestPurposes).toEqual([{ text }]);
  });

  it('keeps a retention statement without a duration as a quote', () => {
    expect(
      factsFromText('We keep your data for as long as your account exists.').retention,
    ).toEqual({
      quote: 'We keep your data for as long as your account exists.',
    });
  });

  it('takes a single legitimate-interest sentence as the purpose when no list follows', () => {
    const facts = factsFromText(
      'We use analytics cookies to improve the site, based on our legitimate interest.',
    );
    expect(facts.legitimateInterestPurposes).toEqual([
      { text: 'We use analytics cookies to improve the site, based on our legitimate interest.' },
    ]);
  });
});
