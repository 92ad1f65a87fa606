import type { Law, RequestEventType, RequestKind } from '../schema';

/**
 * Escalation letters per language, as data (our own words). Placeholders in {braces} are filled by
 * letter-context.ts; a paragraph whose placeholders are all empty is dropped. Adding a language is
 * adding an entry here.
 */
export interface LetterTexts {
  /** BCP 47 locale for dates ('2 March 2026'). */
  locale: string;
  laws: Record<Law, string>;
  /** The law after "of"/"de" where the language contracts it (French "du RGPD"). */
  lawsOf: Record<Law, string>;
  /** Citations in this language, by period-rule key; the rule's own (English) one otherwise. */
  citations: Record<string, string>;
  rights: Record<RequestKind, string>;
  units: Record<'months' | 'calendar-days' | 'business-days', { one: string; other: string }>;
  events: Record<RequestEventType, string>;
  followUp: {
    subject: string;
    paragraphs: readonly string[];
    extended: string;
    paused: string;
    warnAuthority: string;
    warnGeneric: string;
  };
  complaint: {
    subject: string;
    paragraphs: readonly string[];
    legalBasis: Partial<Record<Law, string>>;
    statusUnanswered: string;
    statusAnswered: string;
  };
  /** Shown (not sent) when the wanted language has no template. */
  fallback: string;
}

const EN: LetterTexts = {
  locale: 'en-GB',
  laws: {
    gdpr: 'the General Data Protection Regulation (GDPR)',
    'uk-gdpr': 'the UK GDPR',
    ccpa: 'the California Consumer Privacy Act (CCPA)',
    lgpd: 'the Brazilian General Data Protection Law (LGPD)',
    revfadp: 'the Swiss Federal Act on Data Protection (FADP)',
    pipeda: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  lawsOf: {
    gdpr: 'the General Data Protection Regulation (GDPR)',
    'uk-gdpr': 'the UK GDPR',
    ccpa: 'the California Consumer Privacy Act (CCPA)',
    lgpd: 'the Brazilian General Data Protection Law (LGPD)',
    revfadp: 'the Swiss Federal Act on Data Protection (FADP)',
    pipeda: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  citations: {},
  rights: {
    access: 'access to my personal data',
    rectification: 'rectification of my personal data',
    erasure: 'erasure of my personal data',
    restriction: 'restriction of the processing of my personal data',
    portability: 'a portable copy of my personal data',
    objection: 'objection to the processing of my personal data',
    'automated-decision': 'human review of an automated decision about me',
    'withdraw-consent': 'withdrawal of my consent',
    know: 'know what personal information you hold about me',
    delete: 'deletion of my personal information',
    correct: 'correction of my personal information',
    'opt-out-sale': 'opt out of the sale or sharing of my personal information',
    'limit-sensitive': 'limit the use of my sensitive personal information',
  },
  units: {
    months: { one: 'one month', other: '{n} months' },
    'calendar-days': { one: 'one day', other: '{n} days' },
    'business-days': { one: 'one business day', other: '{n} business days' },
  },
  events: {
    sent: 'I sent my request to {recipient}.',
    acknowledged: 'The controller acknowledged receipt.',
    extended: 'The controller announced an extension.',
    'id-requested': 'The controller asked me to confirm my identity or to clarify my request.',
    'id-provided': 'I provided the information asked for.',
    answered: 'The controller replied.',
    escalated: 'I sent a follow-up ({to}).',
    closed: 'I closed the request.',
    note: 'Note.',
  },
  followUp: {
    subject: 'Reminder: my request of {sent} ({right}) — the deadline passed on {due}',
    paragraphs: [
      'Dear Sir or Madam,',
      'On {sent} I sent you a request under {law} for {right}.',
      '{law} requires you to reply within {period} of receipt ({citation}).{extended}{paused} That period ended on {due}. As of {today}, {daysLate} days later, I have not received your reply.',
      'Please answer my request without further delay.',
      '{warn}',
      'Yours faithfully,',
    ],
    extended: ' You extended this period, which ended on {due}.',
    paused:
      ' I have taken into account the {pausedDays} days during which you waited for information from me.',
    warnAuthority:
      'If I do not receive your reply, I will lodge a complaint with the supervisory authority: {authority}.',
    warnGeneric:
      'If I do not receive your reply, I will lodge a complaint with the competent supervisory authority.',
  },
  complaint: {
    subject: 'Complaint against {controller}: request of {sent} not answered in time',
    paragraphs: [
      'Dear Sir or Madam,',
      'I wish to lodge a complaint{legalBasis} against the following controller:',
      '{controller}\nWebsite: {site}\nContact used: {recipient}',
      'On {sent} I asked the controller for {right} under {law}. The legal deadline ({citation}) ended on {due}. {status}',
      'Timeline of my request:\n{timeline}',
      'I ask you to examine this complaint and to take the measures needed so that the controller answers my request. I can send you a copy of my request and of all correspondence on request.',
      'Yours faithfully,',
    ],
    legalBasis: {
      gdpr: ' under Article 77 GDPR',
      'uk-gdpr': ' under Article 77 UK GDPR',
    },
    statusUnanswered: 'As of {today} I have received no reply.',
    statusAnswered:
      'The reply I received on {answered} came after the deadline or does not answer my request.',
  },
  fallback: 'We have no template in this language ({wanted}); this letter is in English.',
};

const FR: LetterTexts = {
  locale: 'fr-FR',
  laws: {
    gdpr: 'le règlement général sur la protection des données (RGPD)',
    'uk-gdpr': 'le UK GDPR',
    ccpa: 'le California Consumer Privacy Act (CCPA)',
    lgpd: 'la loi générale brésilienne sur la protection des données (LGPD)',
    revfadp: 'la loi fédérale suisse sur la protection des données (LPD)',
    pipeda:
      'la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)',
  },
  lawsOf: {
    gdpr: 'du règlement général sur la protection des données (RGPD)',
    'uk-gdpr': 'du UK GDPR',
    ccpa: 'du California Consumer Privacy Act (CCPA)',
    lgpd: 'de la loi générale brésilienne sur la protection des données (LGPD)',
    revfadp: 'de la loi fédérale suisse sur la protection des données (LPD)',
    pipeda:
      'de la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)',
  },
  citations: {
    'gdpr-art-12-3': 'art. 12, paragraphe 3, du RGPD ; règlement (CEE, Euratom) n° 1182/71, art. 3',
    'revfadp-art-25-7': 'art. 25, al. 7, LPD ; art. 18 OPDo',
  },
  rights: {
    access: "l'accès à mes données personnelles",
    rectification: 'la rectification de mes données personnelles',
    erasure: "l'effacement de mes données personnelles",
    restriction: 'la limitation du traitement de mes données personnelles',
    portability: 'une copie portable de mes données personnelles',
    objection: "l'opposition au traitement de mes données personnelles",
    'automated-decision': "l'examen par une personne d'une décision automatisée me concernant",
    'withdraw-consent': 'le retrait de mon consentement',
    know: 'la communication des informations personnelles que vous détenez sur moi',
    delete: 'la suppression de mes informations personnelles',
    correct: 'la correction de mes informations personnelles',
    'opt-out-sale': "l'arrêt de la vente ou du partage de mes informations personnelles",
    'limit-sensitive': "la limitation de l'usage de mes informations personnelles sensibles",
  },
  units: {
    months: { one: "d'un mois", other: 'de {n} mois' },
    'calendar-days': { one: "d'un jour", other: 'de {n} jours' },
    'business-days': { one: "d'un jour ouvré", other: 'de {n} jours ouvrés' },
  },
  events: {
    sent: "J'ai envoyé ma demande à {recipient}.",
    acknowledged: 'Le responsable du traitement a accusé réception.',
    extended: 'Le responsable du traitement a annoncé une prolongation du délai.',
    'id-requested':
      "Le responsable du traitement m'a demandé de justifier de mon identité ou de préciser ma demande.",
    'id-provided': "J'ai fourni les informations demandées.",
    answered: 'Le responsable du traitement a répondu.',
    escalated: "J'ai envoyé une relance ({to}).",
    closed: "J'ai clos la demande.",
    note: 'Note.',
  },
  followUp: {
    subject: 'Relance : ma demande du {sent} ({right}) — le délai a expiré le {due}',
    paragraphs: [
      'Madame, Monsieur,',
      'Le {sent}, je vous ai adressé une demande fondée sur {law} portant sur {right}.',
      "Vous deviez y répondre dans un délai {period} à compter de sa réception ({citation}).{extended}{paused} Ce délai a expiré le {due}. Au {today}, soit {daysLate} jours plus tard, je n'ai reçu aucune réponse.",
      'Je vous prie de répondre à ma demande sans plus attendre.',
      '{warn}',
      "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
    ],
    extended: " Vous avez prolongé ce délai jusqu'au {due}.",
    paused:
      " J'ai tenu compte des {pausedDays} jours pendant lesquels vous attendiez des informations de ma part.",
    warnAuthority:
      "À défaut de réponse, je déposerai une plainte auprès de l'autorité de contrôle : {authority}.",
    warnGeneric:
      "À défaut de réponse, je saisirai l'autorité de contrôle compétente d'une plainte.",
  },
  complaint: {
    subject: 'Plainte contre {controller} : demande du {sent} restée sans réponse dans le délai',
    paragraphs: [
      'Madame, Monsieur,',
      'Je souhaite introduire une réclamation{legalBasis} contre le responsable du traitement suivant :',
      '{controller}\nSite : {site}\nContact utilisé : {recipient}',
      "Le {sent}, j'ai demandé à ce responsable {right} en application {lawOf}. Le délai légal ({citation}) a expiré le {due}. {status}",
      'Chronologie de ma demande :\n{timeline}',
      "Je vous demande d'examiner cette réclamation et de prendre les mesures nécessaires pour que le responsable du traitement réponde à ma demande. Je peux vous transmettre une copie de ma demande et de tous les échanges.",
      "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
    ],
    legalBasis: {
      gdpr: " au titre de l'article 77 du RGPD",
      'uk-gdpr': " au titre de l'article 77 du UK GDPR",
    },
    statusUnanswered: "Au {today}, je n'ai reçu aucune réponse.",
    statusAnswered:
      'La réponse reçue le {answered} est arrivée après le délai ou ne répond pas à ma demande.',
  },
  fallback:
    "Nous n'avons pas de modèle dans cette langue ({wanted}) ; cette lettre est en français.",
};

const DE: LetterTexts = {
  locale: 'de-DE',
  laws: {
    gdpr: 'der Datenschutz-Grundverordnung (DSGVO)',
    'uk-gdpr': 'der UK GDPR',
    ccpa: 'dem California Consumer Privacy Act (CCPA)',
    lgpd: 'dem brasilianischen Datenschutzgesetz (LGPD)',
    revfadp: 'dem schweizerischen Datenschutzgesetz (DSG)',
    pipeda: 'dem kanadischen Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  lawsOf: {
    gdpr: 'der Datenschutz-Grundverordnung (DSGVO)',
    'uk-gdpr': 'der UK GDPR',
    ccpa: 'dem California Consumer Privacy Act (CCPA)',
    lgpd: 'dem brasilianischen Datenschutzgesetz (LGPD)',
    revfadp: 'dem schweizerischen Datenschutzgesetz (DSG)',
    pipeda: 'dem kanadischen Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  citations: {
    'gdpr-art-12-3': 'Art. 12 Abs. 3 DSGVO; Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3',
    'revfadp-art-25-7': 'Art. 25 Abs. 7 DSG; Art. 18 DSV',
  },
  rights: {
    access: 'Auskunft über meine personenbezogenen Daten',
    rectification: 'Berichtigung meiner personenbezogenen Daten',
    erasure: 'Löschung meiner personenbezogenen Daten',
    restriction: 'Einschränkung der Verarbeitung meiner personenbezogenen Daten',
    portability: 'eine übertragbare Kopie meiner personenbezogenen Daten',
    objection: 'Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten',
    'automated-decision': 'Überprüfung einer automatisierten Entscheidung durch einen Menschen',
    'withdraw-consent': 'Widerruf meiner Einwilligung',
    know: 'Auskunft darüber, welche personenbezogenen Informationen Sie über mich speichern',
    delete: 'Löschung meiner personenbezogenen Informationen',
    correct: 'Berichtigung meiner personenbezogenen Informationen',
    'opt-out-sale':
      'Widerspruch gegen Verkauf oder Weitergabe meiner personenbezogenen Informationen',
    'limit-sensitive': 'Beschränkung der Nutzung meiner sensiblen personenbezogenen Informationen',
  },
  units: {
    months: { one: 'einem Monat', other: '{n} Monaten' },
    'calendar-days': { one: 'einem Tag', other: '{n} Tagen' },
    'business-days': { one: 'einem Werktag', other: '{n} Werktagen' },
  },
  events: {
    sent: 'Ich habe meine Anfrage an {recipient} gesendet.',
    acknowledged: 'Der Verantwortliche hat den Eingang bestätigt.',
    extended: 'Der Verantwortliche hat eine Fristverlängerung mitgeteilt.',
    'id-requested':
      'Der Verantwortliche hat mich um einen Identitätsnachweis oder eine Präzisierung gebeten.',
    'id-provided': 'Ich habe die erbetenen Angaben übermittelt.',
    answered: 'Der Verantwortliche hat geantwortet.',
    escalated: 'Ich habe eine Erinnerung gesendet ({to}).',
    closed: 'Ich habe die Anfrage abgeschlossen.',
    note: 'Notiz.',
  },
  followUp: {
    subject: 'Erinnerung: meine Anfrage vom {sent} ({right}) — die Frist ist am {due} abgelaufen',
    paragraphs: [
      'Sehr geehrte Damen und Herren,',
      'am {sent} habe ich Ihnen eine Anfrage nach {law} gesendet: {right}.',
      'Sie hätten innerhalb von {period} nach Eingang antworten müssen ({citation}).{extended}{paused} Diese Frist ist am {due} abgelaufen. Heute, am {today}, {daysLate} Tage später, liegt mir keine Antwort vor.',
      'Bitte beantworten Sie meine Anfrage unverzüglich.',
      '{warn}',
      'Mit freundlichen Grüßen',
    ],
    extended: ' Sie haben diese Frist bis zum {due} verlängert.',
    paused:
      ' Die {pausedDays} Tage, in denen Sie auf Angaben von mir gewartet haben, habe ich berücksichtigt.',
    warnAuthority:
      'Erhalte ich keine Antwort, werde ich Beschwerde bei der Aufsichtsbehörde einreichen: {authority}.',
    warnGeneric:
      'Erhalte ich keine Antwort, werde ich mich bei der zuständigen Aufsichtsbehörde beschweren.',
  },
  complaint: {
    subject: 'Beschwerde gegen {controller}: Anfrage vom {sent} nicht fristgerecht beantwortet',
    paragraphs: [
      'Sehr geehrte Damen und Herren,',
      'hiermit reiche ich{legalBasis} Beschwerde gegen folgenden Verantwortlichen ein:',
      '{controller}\nWebsite: {site}\nVerwendeter Kontakt: {recipient}',
      'Am {sent} habe ich vom Verantwortlichen nach {law} Folgendes verlangt: {right}. Die gesetzliche Frist ({citation}) ist am {due} abgelaufen. {status}',
      'Zeitlicher Ablauf meiner Anfrage:\n{timeline}',
      'Ich bitte Sie, diese Beschwerde zu prüfen und die nötigen Maßnahmen zu ergreifen, damit der Verantwortliche meine Anfrage beantwortet. Eine Kopie meiner Anfrage und des gesamten Schriftverkehrs sende ich Ihnen gerne zu.',
      'Mit freundlichen Grüßen',
    ],
    legalBasis: {
      gdpr: ' nach Art. 77 DSGVO',
      'uk-gdpr': ' nach Art. 77 UK GDPR',
    },
    statusUnanswered: 'Bis heute, am {today}, habe ich keine Antwort erhalten.',
    statusAnswered:
      'Die Antwort vom {answered} kam nach Fristablauf oder beantwortet meine Anfrage nicht.',
  },
  fallback:
    'Für diese Sprache ({wanted}) haben wir keine Vorlage; dieses Schreiben ist auf Deutsch.',
};

export const LETTER_TEXTS: Readonly<Record<string, LetterTexts>> = { en: EN, fr: FR, de: DE };
