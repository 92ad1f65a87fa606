import { describe, expect, it } from 'vitest';
import type { Language, Law, Right } from '../../lib/rights-requests/catalogue.data';
import { renderLetter } from '../../lib/rights-requests/render';
import { NO_FACTS } from '../../lib/rights-requests/schema';

/**
 * What each letter must say: the articles it rests on and the items the law lets the person ask
 * for (legal-facts §2–3). Written by hand from the statutes, not from the templates.
 */
type Case = [Law, Right, Language, string[]];

const GDPR_ACCESS: Record<'en' | 'fr' | 'de', string[]> = {
  en: [
    'Article 15 of the GDPR',
    '(a) the purposes',
    '(b) the categories of personal data',
    '(c) the recipients',
    'identity of each recipient',
    'C-154/21',
    '(d) the period',
    'the criteria',
    '(e) that I have the right to request rectification or erasure',
    'restriction',
    'to object',
    '(f) that I have the right to lodge a complaint',
    '(g) where my personal data were not collected from me',
    'source',
    '(h) whether you make automated decisions',
    'logic involved',
    'Article 15(2)',
    'Article 46',
    'copy of all of that personal data',
    'Article 15(3)',
    'commonly used electronic form',
    'free of charge',
    'one month',
    'Article 12(3) GDPR',
  ],
  fr: [
    "l'article 15 du règlement général",
    'a) les finalités',
    'b) les catégories de données',
    'c) les destinataires',
    "l'identité de chaque destinataire",
    'C-154/21',
    'd) la durée de conservation',
    'les critères',
    'e) ',
    'rectification',
    "l'effacement",
    'la limitation',
    "s'opposer",
    "f) le droit d'introduire une réclamation",
    'g) ',
    'leur source',
    'h) ',
    'décision automatisée',
    'logique sous-jacente',
    'article 15, paragraphe 2',
    'article 46',
    "une copie de l'ensemble",
    'article 15, paragraphe 3',
    "forme électronique d'usage courant",
    'gratuite',
    "d'un mois",
    'article 12, paragraphe 3, du RGPD',
  ],
  de: [
    'Art. 15 der Datenschutz-Grundverordnung',
    'a) die Verarbeitungszwecke',
    'b) die Kategorien',
    'c) die Empfänger',
    'Identität jedes einzelnen Empfängers',
    'C-154/21',
    'd) die geplante Dauer',
    'Kriterien',
    'e) ',
    'Berichtigung',
    'Löschung',
    'Einschränkung',
    'Widerspruchsrechts',
    'f) das Bestehen eines Beschwerderechts',
    'g) ',
    'Herkunft',
    'h) ',
    'automatisierten Entscheidungsfindung',
    'involvierte Logik',
    'Art. 15 Abs. 2',
    'Art. 46',
    'Kopie aller dieser Daten',
    'Art. 15 Abs. 3',
    'gängigen elektronischen Format',
    'unentgeltlich',
    'eines Monats',
    'Art. 12 Abs. 3 DSGVO',
  ],
};

const GDPR_OTHERS: Record<
  Exclude<Right, 'access' | 'opt-out-sale' | 'limit-sensitive'>,
  Record<'en' | 'fr' | 'de', string[]>
> = {
  rectification: {
    en: ['Article 16', 'Article 19', 'Article 12(3)', 'inaccurate', 'incomplete'],
    fr: ["l'article 16", 'article 19', 'article 12, paragraphe 3', 'inexactes', 'incomplètes'],
    de: ['Art. 16', 'Art. 19', 'Art. 12 Abs. 3', 'unrichtiger', 'unvollständiger'],
  },
  erasure: {
    en: [
      'Article 17',
      'Article 17(1)',
      '(point (a))',
      '(point (b))',
      '(point (c))',
      '(point (d))',
      'Article 19',
      'Article 17(2)',
      'Article 17(3)',
      'Article 12(3)',
    ],
    fr: [
      "l'article 17",
      'article 17, paragraphe 1',
      '(point a))',
      '(point b))',
      '(point c))',
      '(point d))',
      'article 19',
      'article 17, paragraphe 2',
      'article 17, paragraphe 3',
      'article 12, paragraphe 3',
    ],
    de: [
      'Art. 17 DSGVO',
      'Art. 17 Abs. 1',
      '(lit. a)',
      '(lit. b)',
      '(lit. c)',
      '(lit. d)',
      'Art. 19',
      'Art. 17 Abs. 2',
      'Art. 17 Abs. 3',
      'Art. 12 Abs. 3',
    ],
  },
  restriction: {
    en: [
      'Article 18',
      'Article 18(1)',
      'Article 18(2)',
      'Article 18(3)',
      'Article 19',
      'Article 12(3)',
    ],
    fr: [
      "l'article 18",
      'article 18, paragraphe 1',
      'article 18, paragraphe 2',
      'article 18, paragraphe 3',
      'article 19',
      'article 12, paragraphe 3',
    ],
    de: [
      'Art. 18 DSGVO',
      'Art. 18 Abs. 1',
      'Art. 18 Abs. 2',
      'Art. 18 Abs. 3',
      'Art. 19',
      'Art. 12 Abs. 3',
    ],
  },
  portability: {
    en: [
      'Article 20',
      'Article 20(1)',
      'Article 20(2)',
      'structured, commonly used and machine-readable',
      'Article 12(3)',
    ],
    fr: [
      "l'article 20",
      'article 20, paragraphe 1',
      'article 20, paragraphe 2',
      'structuré, couramment utilisé et lisible par machine',
      'article 12, paragraphe 3',
    ],
    de: [
      'Art. 20 DSGVO',
      'Art. 20 Abs. 1',
      'Art. 20 Abs. 2',
      'strukturierten, gängigen und maschinenlesbaren',
      'Art. 12 Abs. 3',
    ],
  },
  objection: {
    en: [
      'Article 21',
      'Article 6(1)(f)',
      'Article 21(1)',
      'direct marketing',
      'Article 21(2)',
      'Article 21(3)',
      'Article 12(3)',
    ],
    fr: [
      "l'article 21",
      'article 6, paragraphe 1, point f)',
      'article 21, paragraphe 1',
      'prospection',
      'article 21, paragraphe 2',
      'article 21, paragraphe 3',
      'article 12, paragraphe 3',
    ],
    de: [
      'Art. 21 DSGVO',
      'Art. 6 Abs. 1 lit. f',
      'Art. 21 Abs. 1',
      'Direktwerbung',
      'Art. 21 Abs. 2',
      'Art. 21 Abs. 3',
      'Art. 12 Abs. 3',
    ],
  },
  'automated-decision': {
    en: [
      'Article 22',
      'solely on automated processing',
      'human intervention',
      'Article 22(3)',
      'Article 15(1)(h)',
      'Article 12(3)',
    ],
    fr: [
      "l'article 22",
      'exclusivement sur un traitement automatisé',
      'intervention humaine',
      'article 22, paragraphe 3',
      'article 15, paragraphe 1, point h)',
      'article 12, paragraphe 3',
    ],
    de: [
      'Art. 22 DSGVO',
      'ausschließlich auf einer automatisierten Verarbeitung',
      'Eingreifen einer Person',
      'Art. 22 Abs. 3',
      'Art. 15 Abs. 1 lit. h',
      'Art. 12 Abs. 3',
    ],
  },
  'withdraw-consent': {
    en: ['Article 7(3)', 'withdraw', 'Article 17(1)(b)', 'Article 12(3)'],
    fr: [
      'article 7, paragraphe 3',
      'retire',
      'article 17, paragraphe 1, point b)',
      'article 12, paragraphe 3',
    ],
    de: ['Art. 7 Abs. 3', 'widerrufe', 'Art. 17 Abs. 1 lit. b', 'Art. 12 Abs. 3'],
  },
};

const GDPR_CASES: Case[] = (['en', 'fr', 'de'] as const).flatMap((lang) => [
  ['gdpr', 'access', lang, GDPR_ACCESS[lang]] as Case,
  ...Object.entries(GDPR_OTHERS).map(
    ([right, byLang]) => ['gdpr', right as Right, lang, byLang[lang]] as Case,
  ),
]);

const OTHER_CASES: Case[] = [
  [
    'uk-gdpr',
    'access',
    'en',
    [
      'Article 15 of the UK GDPR',
      '(a) the purposes',
      '(h) whether',
      'Article 15(3)',
      'Information Commissioner',
      'Article 12(3) UK GDPR',
    ],
  ],
  [
    'uk-gdpr',
    'erasure',
    'en',
    ['Article 17 of the UK GDPR', 'Article 19 UK GDPR', 'Article 17(3)'],
  ],
  [
    'ccpa',
    'access',
    'en',
    [
      '§1798.110',
      '§1798.115',
      'specific pieces of personal information',
      'categories of sources',
      'business or commercial purpose',
      'categories of third parties',
      'sold or shared',
      '45 calendar days',
      '§1798.130(a)(2)',
    ],
  ],
  [
    'ccpa',
    'erasure',
    'en',
    ['§1798.105', 'service providers and contractors', '§1798.105(d)', '45 calendar days'],
  ],
  [
    'ccpa',
    'rectification',
    'en',
    ['§1798.106', 'inaccurate personal information', '45 calendar days'],
  ],
  [
    'ccpa',
    'opt-out-sale',
    'en',
    [
      '§1798.120',
      'sale',
      'sharing',
      'cross-context behavioral advertising',
      '15 business days',
      '11 CCR §7026(f)',
    ],
  ],
  [
    'ccpa',
    'limit-sensitive',
    'en',
    ['§1798.121', 'sensitive personal information', '15 business days', '11 CCR §7027(g)'],
  ],
  [
    'lgpd',
    'access',
    'en',
    [
      'Art. 18',
      '(item I)',
      '(item II)',
      'Art. 19 II',
      'origin',
      'Art. 18 VII',
      '15 days',
      'Art. 18 §5',
    ],
  ],
  [
    'lgpd',
    'access',
    'pt',
    [
      'art. 18',
      'inciso I',
      'inciso II',
      'art. 19, II',
      'origem',
      'art. 18, VII',
      '15 dias',
      'art. 18, § 5º',
    ],
  ],
  ['lgpd', 'erasure', 'en', ['Art. 18 VI', 'Art. 18 IV', 'Art. 16', 'Art. 18 §6']],
  ['lgpd', 'rectification', 'en', ['Art. 18 III', 'Art. 18 §6']],
  ['lgpd', 'portability', 'en', ['Art. 18 V', 'Art. 19 §3']],
  ['lgpd', 'objection', 'en', ['Art. 18 §2']],
  ['lgpd', 'automated-decision', 'en', ['Art. 20', 'Art. 20 §1']],
  ['lgpd', 'withdraw-consent', 'en', ['Art. 8 §5', 'Art. 18 IX']],
  [
    'revfadp',
    'access',
    'en',
    [
      'Art. 25',
      'Art. 25(2)',
      '(a) your identity',
      '(b) the personal data',
      '(c) the purpose',
      '(d) the retention period',
      '(e) the available information about the origin',
      '(f) whether an automated individual decision',
      '(g) the recipients',
      'free of charge',
      'Art. 25(6)',
      '30 days',
      'Art. 25(7)',
    ],
  ],
  ['revfadp', 'rectification', 'en', ['Art. 32(1) FADP']],
  ['revfadp', 'erasure', 'en', ['Art. 32(2)(c) FADP', 'Art. 6(4) FADP', 'Art. 30(2)(b) FADP']],
  [
    'revfadp',
    'portability',
    'en',
    ['Art. 28(1) FADP', 'Art. 28(2) FADP', 'commonly used electronic format'],
  ],
  ['revfadp', 'objection', 'en', ['Arts. 30(2)(b) and 31(1) FADP']],
  ['revfadp', 'automated-decision', 'en', ['Art. 21(1) FADP', 'Art. 21(2) FADP', 'natural person']],
  [
    'pipeda',
    'access',
    'en',
    [
      'Principle 4.9',
      'Principle 4.9.1',
      '4.9.3',
      'third parties',
      'source',
      'Principle 4.9.4',
      '30 days',
      's. 8(3)',
      's. 8(4)',
      's. 8(5)',
    ],
  ],
  ['pipeda', 'rectification', 'en', ['Principle 4.9.5', 'Principle 4.9.6']],
  ['pipeda', 'withdraw-consent', 'en', ['Principle 4.3.8', 'withdraw my consent']],
];

describe.each([...GDPR_CASES, ...OTHER_CASES])('%s / %s / %s', (law, right, language, required) => {
  it('cites the articles and asks for every required item', () => {
    const letter = renderLetter({
      law,
      right,
      language,
      facts: NO_FACTS,
      profile: {},
      today: '2026-11-26',
    });
    if (!letter.ok) {
      throw new Error(JSON.stringify(letter.error));
    }
    for (const text of required) {
      expect(letter.value.body).toContain(text);
    }
  });
});

describe('subjects name the right and the article', () => {
  it.each([
    ['gdpr', 'access', 'en', /Article 15 GDPR/],
    ['gdpr', 'access', 'fr', /article 15 du RGPD/],
    ['gdpr', 'access', 'de', /Art\. 15 DSGVO/],
    ['gdpr', 'erasure', 'fr', /article 17 du RGPD/],
    ['uk-gdpr', 'objection', 'en', /Article 21 UK GDPR/],
    ['ccpa', 'opt-out-sale', 'en', /§1798\.120/],
    ['pipeda', 'access', 'en', /4\.9/],
  ] as const)('%s / %s / %s', (law, right, language, pattern) => {
    const letter = renderLetter({
      law,
      right,
      language,
      facts: NO_FACTS,
      profile: {},
      today: '2026-11-26',
    });
    expect(letter.ok && letter.value.subject).toMatch(pattern);
  });
});
