import type { Language, Law } from '../legal/catalogue.data';

/**
 * Where each law applies by establishment (GDPR Art. 3(1) and its counterparts), and the
 * languages a controller in each country most likely reads. ISO 3166-1 alpha-2.
 */
const EEA = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

export const LAW_BY_COUNTRY: Readonly<Record<string, Law>> = {
  ...Object.fromEntries(EEA.map((cc) => [cc, 'gdpr'])),
  GB: 'uk-gdpr',
  // Resolved from the user's state of residence (choose-law.ts usResidentLaw), never assumed.
  US: 'us-none',
  BR: 'lgpd',
  CH: 'revfadp',
  CA: 'pipeda',
};

/** First language first; only languages we might write letters in are listed. */
export const LANGUAGES_BY_COUNTRY: Readonly<Record<string, readonly Language[]>> = {
  FR: ['fr'],
  BE: ['fr', 'de'],
  LU: ['fr', 'de'],
  MC: ['fr'],
  DE: ['de'],
  AT: ['de'],
  LI: ['de'],
  CH: ['de', 'fr'],
  GB: ['en'],
  IE: ['en'],
  MT: ['en'],
  US: ['en'],
  CA: ['en', 'fr'],
  ES: ['es'],
  IT: ['it'],
  SM: ['it'],
  BR: ['pt-BR'],
  PT: ['pt-PT'],
};

/** Country-code TLDs that differ from the ISO code, or that say nothing about a country. */
export const TLD_COUNTRY: Readonly<Record<string, string | null>> = {
  uk: 'GB',
  eu: null,
  // Sold worldwide as generic names (a site on .io or .ai is rarely in those territories).
  io: null,
  ai: null,
  co: null,
  me: null,
  tv: null,
  fm: null,
  ly: null,
  gg: null,
  to: null,
  cc: null,
  ws: null,
  app: null,
  dev: null,
};

/** Policy languages spoken mainly in the EU/EEA: a weak hint that the GDPR applies. */
export const EU_LANGUAGES: readonly string[] = [
  'fr',
  'de',
  'it',
  'nl',
  'es',
  'pl',
  'sv',
  'da',
  'fi',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'el',
  'hr',
  'sl',
  'et',
  'lv',
  'lt',
  'ga',
  'mt',
  'is',
  'no',
  'nb',
  'nn',
];
