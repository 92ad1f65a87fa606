import type { ContactRole } from './schema';

/**
 * Role of an address from its local part (the part before @), per language. A local part is split
 * on . - _ + and digits; a role matches when one of its tokens equals a `tokens` entry, or the
 * whole local part contains a `stems` entry. Checked in this order: the first role that matches wins.
 */
export interface RoleRule {
  role: ContactRole;
  tokens: readonly string[];
  stems: readonly string[];
}

export const ROLE_RULES: readonly RoleRule[] = [
  {
    role: 'dpo',
    // dpd/rpd: fr/it/es/pt abbreviations; dsb: de Datenschutzbeauftragter; iod: pl inspektor
    // ochrony danych; fg: nl functionaris gegevensbescherming.
    tokens: ['dpo', 'dpd', 'rpd', 'dsb', 'iod', 'cpo', 'fg'],
    stems: ['dataprotectionofficer', 'datenschutzbeauftragte', 'privacyofficer', 'delegue'],
  },
  {
    role: 'privacy',
    tokens: ['rgpd', 'gdpr', 'dsgvo', 'avg', 'rodo', 'lopd', 'ccpa', 'dsar', 'dsr'],
    stems: [
      'privacy',
      'privacidad',
      'privacidade',
      'datenschutz',
      'dataprotection',
      'dataprivacy',
      'donneespersonnelles',
      'donnees',
      'confidentialite',
      'protectiondesdonnees',
      'datospersonales',
      'prywatnosc',
      'gegevensbescherming',
      'personaldata',
    ],
  },
  {
    role: 'general',
    tokens: [
      'contact',
      'info',
      'information',
      'hello',
      'hi',
      'hallo',
      'bonjour',
      'office',
      'mail',
      'kontakt',
      'contacto',
      'contatto',
      'contato',
      'legal',
      'admin',
      'webmaster',
      'enquiries',
      'inquiries',
      'general',
      'team',
    ],
    stems: ['contact', 'kontakt'],
  },
  {
    role: 'support',
    tokens: [
      'support',
      'help',
      'service',
      'customerservice',
      'customercare',
      'care',
      'cs',
      'helpdesk',
      'assistance',
      'sav',
      'kundenservice',
      'soporte',
      'suporte',
      'feedback',
      'abuse',
    ],
    stems: ['support', 'service', 'help'],
  },
];

/** Never a contact: automated senders (the user's request would bounce or be ignored). */
export const NO_REPLY =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|bounces?|postmaster)\b/i;

export const ROLE_ORDER: Record<ContactRole, number> = {
  dpo: 0,
  privacy: 1,
  general: 2,
  support: 3,
  other: 4,
};
