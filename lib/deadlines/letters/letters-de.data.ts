import type { LetterTexts } from './letter-texts.data';

/** Erinnerungs- und Beschwerdeschreiben auf Deutsch (our own words). */
export const LETTERS_DE: LetterTexts = {
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
    escalated: 'Ich habe eine Erinnerung an {to} gesendet.',
    closed: 'Ich habe die Anfrage abgeschlossen.',
    note: 'Notiz.',
  },
  complaintLodged: 'Ich habe Beschwerde bei {to} eingereicht.',
  theAuthority: 'der Aufsichtsbehörde',

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
