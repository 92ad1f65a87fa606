import type { LinkKind } from './schema';

/**
 * What links to a site's privacy policy, cookie policy, terms and legal notice say, per language.
 * Written lowercase; matched against link text, aria-label and title after lowercasing and
 * stripping accents (so "Politique de confidentialite" matches too). Adding a language is a data change.
 */
export type LinkLexicon = Readonly<Record<LinkKind, readonly string[]>>;

export const LINK_LEXICON: Readonly<Record<string, LinkLexicon>> = {
  en: {
    privacy: [
      'privacy policy',
      'privacy notice',
      'privacy statement',
      'privacy',
      'privacy & cookies',
      'privacy and cookies',
      'data protection',
      'data privacy',
      'your privacy',
      'privacy center',
      'privacy centre',
      'privacy & cookie policy',
    ],
    cookies: ['cookie policy', 'cookies policy', 'cookie notice', 'cookies', 'use of cookies'],
    terms: [
      'terms of use',
      'terms of service',
      'terms and conditions',
      'terms & conditions',
      'terms',
      'conditions of use',
      'user agreement',
    ],
    legal: ['legal notice', 'imprint', 'legal information', 'legal', 'site notice'],
  },
  fr: {
    privacy: [
      'politique de confidentialité',
      'confidentialité',
      'politique de protection des données',
      'protection des données',
      'données personnelles',
      'vie privée',
      'charte de confidentialité',
      'rgpd',
    ],
    cookies: ['politique de cookies', 'politique cookies', 'gestion des cookies'],
    terms: ['conditions générales', 'cgu', 'cgv', "conditions d'utilisation"],
    legal: ['mentions légales', 'informations légales'],
  },
  de: {
    privacy: [
      'datenschutzerklärung',
      'datenschutz',
      'datenschutzhinweise',
      'datenschutzrichtlinie',
      'datenschutzinformationen',
      'privatsphäre',
    ],
    cookies: ['cookie-richtlinie', 'cookie richtlinie', 'cookie-hinweise', 'cookie-erklärung'],
    terms: ['agb', 'allgemeine geschäftsbedingungen', 'nutzungsbedingungen'],
    legal: ['impressum', 'rechtliche hinweise', 'anbieterkennzeichnung'],
  },
  es: {
    privacy: [
      'política de privacidad',
      'privacidad',
      'aviso de privacidad',
      'protección de datos',
      'política de protección de datos',
    ],
    cookies: ['política de cookies'],
    terms: [
      'términos y condiciones',
      'condiciones de uso',
      'términos de uso',
      'condiciones generales',
    ],
    legal: ['aviso legal', 'nota legal'],
  },
  it: {
    privacy: [
      'informativa sulla privacy',
      'informativa privacy',
      'protezione dei dati',
      'trattamento dei dati personali',
    ],
    cookies: ['informativa cookie', 'informativa sui cookie'],
    terms: ['termini e condizioni', "condizioni d'uso", 'condizioni generali'],
    legal: ['note legali', 'informazioni legali'],
  },
  nl: {
    privacy: ['privacyverklaring', 'privacybeleid', 'privacyreglement', 'gegevensbescherming'],
    cookies: ['cookiebeleid', 'cookieverklaring'],
    terms: ['algemene voorwaarden', 'gebruiksvoorwaarden', 'voorwaarden'],
    legal: ['colofon', 'juridische informatie', 'disclaimer'],
  },
  pt: {
    privacy: [
      'política de privacidade',
      'privacidade',
      'proteção de dados',
      'aviso de privacidade',
    ],
    cookies: ['política de cookies'],
    terms: ['termos de uso', 'termos e condições', 'termos de serviço'],
    legal: ['informação legal', 'informações legais'],
  },
  pl: {
    privacy: [
      'polityka prywatności',
      'prywatność',
      'ochrona danych osobowych',
      'rodo',
      'klauzula informacyjna',
    ],
    cookies: ['polityka cookies', 'polityka plików cookie'],
    terms: ['regulamin', 'warunki korzystania'],
    legal: ['nota prawna', 'informacje prawne'],
  },
};

/** Words in a link's URL path, any language (accents already absent from URLs). */
export const URL_TOKENS: LinkLexicon = {
  privacy: [
    'privacy',
    'privacidad',
    'privacidade',
    'datenschutz',
    'confidentialite',
    'donnees-personnelles',
    'vie-privee',
    'privacyverklaring',
    'privacybeleid',
    'prywatnosc',
    'rgpd',
    'gdpr',
    'data-protection',
    'dataprotection',
    'protection-des-donnees',
  ],
  cookies: ['cookie'],
  terms: [
    'terms',
    'tos',
    'cgu',
    'cgv',
    'agb',
    'conditions',
    'condiciones',
    'termini',
    'voorwaarden',
    'termos',
    'regulamin',
    'nutzungsbedingungen',
  ],
  legal: [
    'impressum',
    'imprint',
    'mentions-legales',
    'legal-notice',
    'aviso-legal',
    'note-legali',
    'colofon',
  ],
};

/** Controls and forms, not documents: consent managers, opt-out switches, request forms. */
export const NOT_A_POLICY: readonly string[] = [
  'settings',
  'preferences',
  'manage',
  'choices',
  'do not sell',
  'opt out',
  'opt-out',
  'einstellungen',
  'parametres',
  'gerer',

  'configuracion',
  'impostazioni',
  'instellingen',
  'ustawienia',
  'form',
  'formulaire',
  'formular',
  'formulario',
  'request',
];

/** Words whose density marks a page as a privacy policy (isPolicyPage), any language. */
export const POLICY_VOCABULARY: readonly string[] = [
  'personal data',
  'personal information',
  'donnees personnelles',
  'caractere personnel',
  'personenbezogene',
  'datos personales',
  'dati personali',
  'persoonsgegevens',
  'dados pessoais',
  'danych osobowych',
  'dane osobowe',
  'third part',
  'gdpr',
  'rgpd',
  'dsgvo',
  'data protection',
  'datenschutz',
  'protection des donnees',
  'privacy',
  'confidentialite',
  'privacidad',
  'privacidade',
  'prywatnosc',
  'your rights',
  'vos droits',
  'ihre rechte',
  'sus derechos',
  'i tuoi diritti',
  'uw rechten',
  'seus direitos',
  'retention',
  'conservation',
  'speicherdauer',
  'controller',
  'responsable du traitement',
  'verantwortliche',
];

/** Order of kinds in the ranked list: the privacy policy first, then where the controller is named. */
export const KIND_ORDER: Readonly<Record<LinkKind, number>> = {
  privacy: 0,
  legal: 1,
  cookies: 2,
  terms: 3,
};
