/**
 * Words that tell what a passage around a contact is about, per language, lowercase and without
 * accents (matched on normalize()d text as whole words). Rules read these; adding a language is a
 * data change.
 */

/** Names of the data protection officer (GDPR Art. 37–39) in en, fr, de, es, it, nl, pt, pl. */
export const DPO_TERMS: readonly string[] = [
  'data protection officer',
  'dpo',
  'privacy officer',
  'chief privacy officer',
  'delegue a la protection des donnees',
  'delegue a la protection',
  'dpd',
  'datenschutzbeauftragte',
  'datenschutzbeauftragten',
  'datenschutzbeauftragter',
  'delegado de proteccion de datos',
  'responsabile della protezione dei dati',
  'responsabile per la protezione dei dati',
  'rpd',
  'functionaris gegevensbescherming',
  'functionaris voor de gegevensbescherming',
  'functionaris voor gegevensbescherming',
  'encarregado de protecao de dados',
  'encarregado da protecao de dados',
  // LGPD Art. 41 (Brazil): "encarregado pelo tratamento de dados pessoais".
  'encarregado pelo tratamento de dados',
  'encarregado de dados',
  'inspektor ochrony danych',
  'iod',
];

/** "We have not appointed a DPO": the term is there, the officer is not. */
export const DPO_NEGATIONS: readonly string[] = [
  'not appointed',
  'not required to appoint',
  'no data protection officer',
  'have not designated',
  "n'avons pas designe",
  'pas de delegue',
  'keinen datenschutzbeauftragten',
  'nicht verpflichtet',
  'no hemos designado',
  'non abbiamo nominato',
  'geen functionaris',
];

/** Privacy itself (not just requests): what keeps a takedown passage a privacy contact. */
export const CORE_PRIVACY_TERMS: readonly string[] = [
  'privacy',
  'personal data',
  'personal information',
  'data protection',
  'donnees personnelles',
  'personenbezogene',
  'datenschutz',
  'datos personales',
  'dati personali',
  'persoonsgegevens',
  'dados pessoais',
  'dane osobowe',
];

/** A passage about privacy, personal data or rights requests. */
export const PRIVACY_TERMS: readonly string[] = [
  'privacy',
  'personal data',
  'personal information',
  'data protection',
  'your rights',
  'this policy',
  'opt out',
  'opt-out',
  'delete',
  'deletion',
  'access',
  'correct',
  'gdpr',
  'ccpa',
  'request',
  'donnees personnelles',
  'vos droits',
  'confidentialite',
  'rgpd',
  'protection des donnees',
  'personenbezogene',
  'datenschutz',
  'ihre rechte',
  'dsgvo',
  'auskunft',
  'datos personales',
  'privacidad',
  'sus derechos',
  'dati personali',
  'i tuoi diritti',
  'persoonsgegevens',
  'uw rechten',
  'dados pessoais',
  'privacidade',
  'dane osobowe',
  'danych osobowych',
  'prywatnosci',
  // rights and data protection as footers and contact lines word them (normalised: no accents)
  'proteccion de datos',
  'protezione dei dati',
  'gegevensbescherming',
  'seus direitos',
  'protecao de dados',
  'ochrony danych',
  'twoje prawa',
  'twoich praw',
];

/** Headings of a contact section. */
export const CONTACT_HEADINGS: readonly string[] = [
  'contact',
  'contact us',
  'contacts',
  'how to contact us',
  'questions',
  'contact information',
  'nous contacter',
  'contactez-nous',
  'kontakt',
  'contacto',
  'contatti',
  'contatto',
  'contacteer',
  'contato',
  'kontakt z nami',
];

/** An address given as an example, not as a contact ("e.g. jane@example.com"). */
export const EXAMPLE_TERMS: readonly string[] = [
  'for example',
  'e.g',
  'such as',
  'for instance',
  'email address is',
  'par exemple',
  'zum beispiel',
  'z.b',
  'por ejemplo',
  'ad esempio',
  'bijvoorbeeld',
];
export const EXAMPLE_ADDRESS =
  /^(?:you|your|yourname|your\.name|name|user|username|email|jane|john|john\.doe|jane\.doe|max\.mustermann)@|@(?:example|domain|yourdomain|test)\.[a-z.]+$/;

/** Words naming a supervisory body (not complaints in general: "complaints to dpo@…" are ours). */
export const AUTHORITY_TERMS: readonly string[] = [
  'supervisory authority',
  'data protection authority',
  'commissioner',
  'ombudsman',
  'regulator',
  'autorite de controle',
  'aufsichtsbehorde',
  'autoridad de control',
  'autorita di controllo',
  'toezichthouder',
  'autoridade de controlo',
  'organ nadzorczy',
];

/**
 * Content moderation (copyright, abuse, intimate images): moderation desks, not the place for a data
 * protection request. An address given only for that is left out. (Not "take-down": a
 * California minor's removal request, Bus. & Prof. Code § 22581, is a privacy right.)
 */
export const TAKEDOWN_TERMS: readonly string[] = [
  'copyright',
  'dmca',
  'infringement',
  'infringing',
  'nudity',
  'sexual conduct',
  'abuse',
  'harassment',
  "droit d'auteur",
  'urheberrecht',
  'derechos de autor',
  "diritto d'autore",
  'auteursrecht',
];
export const TAKEDOWN_ADDRESS = /^(?:copyright|dmca|abuse|takedown)\b/;

/**
 * Departments that are not a privacy contact (press@, jobs@, sales@…): left out unless the passage
 * around them is about privacy ("for privacy questions, write to legal@ or press@").
 */
export const OTHER_DEPARTMENTS =
  /^(?:press|media|pr|news|newsroom|editors?|letters|tips|careers?|jobs|recruiting|hr|advertising|ads|advertise|sales|marketing|partners?|partnerships|investors?|ir)(?:[._-]|$)/;

/** A passage about the supervisory authority or complaints to it. */
export const AUTHORITY_CONTEXT: readonly string[] = [
  'supervisory authority',
  'data protection authority',
  'commissioner',
  'ombudsman',
  'regulator',
  'lodge a complaint',
  'complaint with',
  'autorite de controle',
  'cnil',
  'reclamation aupres',
  'aufsichtsbehorde',
  'beschwerde',
  'autoridad de control',
  'reclamacion',
  'autorita di controllo',
  'garante',
  'toezichthouder',
  'autoriteit persoonsgegevens',
  'autoridade de controlo',
  'organ nadzorczy',
];
/** Public administrations' mail domains: an address there in a complaint passage is the authority's. */
export const GOVERNMENT_DOMAIN =
  /(?:^|\.)(?:gov|gouv|gob|gv|gc|bund|admin|europa)\.[a-z.]*$|\.gov$/;

/**
 * Italian certified-mail (PEC) domains ("rpd@pec.example.it", "…@legalmail.it"): a PEC mailbox
 * often accepts mail only from another PEC mailbox (D.Lgs. 82/2005 art. 48), so an ordinary
 * address of the same office is the one to offer first.
 */
export const PEC_DOMAIN = /(?:^|\.)(?:pec|legalmail|postacert|arubapec|cert)\.(?:[a-z0-9-]+\.)*it$/;

/** What makes a form a privacy form ("request" alone could be an appointment). */
export const WEBFORM_PRIVACY: readonly string[] = [
  ...CORE_PRIVACY_TERMS,
  'gdpr',
  'ccpa',
  'rgpd',
  'dsgvo',
  'rodo',
  'your rights',
  'data subject',
  'opt out',
  'opt-out',
  'delete my',
  'vos droits',
  'ihre rechte',
  'sus derechos',
  'i tuoi diritti',
  'uw rechten',
  'seus direitos',
];

/** Links and passages about privacy request forms and portals. */
export const WEBFORM_TERMS: readonly string[] = [
  'form',
  'webform',
  'web form',
  'portal',
  'privacy center',
  'privacy centre',
  'request',
  'submit',
  'formulaire',
  'demande',
  'formular',
  'antrag',
  'anfrage',
  'formulario',
  'solicitud',
  'modulo',
  'richiesta',
  'formulier',
  'verzoek',
  'pedido',
  'formularz',
  'wniosek',
];
export const WEBFORM_STRONG: readonly string[] = [
  'exercise your rights',
  'privacy request',
  'data request',
  'data subject request',
  'privacy portal',
  'privacy center',
  'privacy centre',
  'do not sell',
  'exercer vos droits',
  'ihre rechte ausuben',
  'ejercer sus derechos',
  'esercitare i tuoi diritti',
  'dsar',
];

/** Phone vocabulary: a number without it (and without a + prefix) is more likely an id or a date. */
export const PHONE_TERMS: readonly string[] = [
  'phone',
  'telephone',
  'tel',
  'call',
  'toll free',
  'toll-free',
  'fax',
  'tlf',
  'telefon',
  'telefono',
  'telefoon',
  'telefone',
  'tel.',
  'appeler',
  'anrufen',
];

/** Company legal forms (EU and common law), written as they appear. */
export const LEGAL_FORMS: readonly string[] = [
  'GmbH & Co. KG',
  'Pty Ltd',
  'Sp. z o.o.',
  'sp. z o.o.',
  'S.p.A.',
  'S.r.l.',
  'S.A.S.',
  'S.A.',
  'S.L.',
  'B.V.',
  'N.V.',
  'L.L.C.',
  'S.A.R.L.',
  'S.R.L.',
  'SASU',
  'SAS',
  'SARL',
  'EURL',
  'SA',
  'GmbH',
  'AG',
  'KG',
  'UG',
  'e.V.',
  'e. V.',
  'S.à r.l.',
  'sàrl',
  'Sp.k.',
  'sp.j.',
  'S.L.U.',
  'Ltd.',
  'Ltd',
  'Limited',
  'LLC',
  'LLP',
  'PLC',
  'plc',
  'Inc.',
  'Inc',
  'Incorporated',
  'Corp.',
  'Corporation',
  'BV',
  'NV',
  'SpA',
  'Srl',
  'SRL',
  'SL',
  'SLU',
  'AB',
  'AS',
  'A/S',
  'ApS',
  'Oy',
  'Lda.',
  'Lda',
  'OÜ',
  'Sdn Bhd',
];

/**
 * The whole label of a link to a site's own contact page (normalised: lower case, no accents),
 * in the eight languages: offered only when the policy gives no contact at all (find-webforms'
 * findContactPage). Whole labels, not words in them: "Contact lenses" is a shop's menu.
 */
export const CONTACT_PAGE_LABELS: readonly string[] = [
  'contact',
  'contact us',
  'contacts',
  'help center',
  'help centre',
  'customer service',
  'contactez-nous',
  'nous contacter',
  'service client',
  'kontakt',
  'kontaktieren sie uns',
  'kundenservice',
  'contacto',
  'contactenos',
  'contactanos',
  'atencion al cliente',
  'contatti',
  'contattaci',
  'servizio clienti',
  'neem contact op',
  'klantenservice',
  'contacte-nos',
  'contato',
  'fale conosco',
  'apoio ao cliente',
  'kontakt z nami',
  'skontaktuj sie z nami',
  'obsluga klienta',
];
