import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/** Erinnerungs- und Beschwerdeschreiben auf Deutsch (our own words). */
const US_AUTHORITY: [string, string][] = [
  ['der zuständigen Aufsichtsbehörde', 'der zuständigen Behörde'],
  ['der Aufsichtsbehörde', 'der zuständigen Behörde'],
];
const US_BUSINESS: [string, string][] = [
  ['folgenden Verantwortlichen', 'folgendes Unternehmen'],
  ['vom Verantwortlichen', 'vom Unternehmen'],
  ['beim Verantwortlichen', 'beim Unternehmen'],
  ['Der Verantwortliche', 'Das Unternehmen'],
  ['der Verantwortliche', 'das Unternehmen'],
];

export const ESCALATION_DE: EscalationLetters = {
  locale: 'de-DE',
  colon: ': ',
  appealExtension: ' (verlängerbar um {n})',
  days: { one: '{n} Tag', other: '{n} Tage' },
  smallAgent:
    ' Für kleine Verarbeiter gilt eine Frist von {smallPeriod} ({smallCitation}); ich habe diese längere Frist zugrunde gelegt.',
  laws: {
    ...usStateNames((l) => `dem ${l.name} (${l.short})`),
    'us-none': 'US-Recht (ohne allgemeines Datenschutzgesetz des Bundesstaats)',
    gdpr: 'der Datenschutz-Grundverordnung (DSGVO)',
    'uk-gdpr': 'der UK GDPR',
    ccpa: 'dem California Consumer Privacy Act (CCPA)',
    lgpd: 'dem brasilianischen Datenschutzgesetz (LGPD)',
    revfadp: 'dem schweizerischen Datenschutzgesetz (DSG)',
    pipeda: 'dem kanadischen Personal Information Protection and Electronic Documents Act (PIPEDA)',
  },
  lawsOf: {
    ...usStateNames((l) => `dem ${l.name} (${l.short})`),
    'us-none': 'US-Recht (ohne allgemeines Datenschutzgesetz des Bundesstaats)',
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
    'revfadp-dpo-22': 'Art. 28 DSG; Art. 22 und 18 DSV',
    'uk-gdpr-art-12-3-ico':
      'Art. 12 Abs. 3 und Art. 12A UK GDPR; Hinweise des ICO zu den Antwortfristen',
    'ccpa-7026-f': 'Cal. Code Regs. tit. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tit. 11, §7027(g)',
    'lgpd-art-19-ii': 'Art. 19 II LGPD',
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
    know: 'Auskunft über die zu meiner Person gespeicherten personenbezogenen Informationen',
    delete: 'Löschung meiner personenbezogenen Informationen',
    correct: 'Berichtigung meiner personenbezogenen Informationen',
    'opt-out-sale':
      'Widerspruch gegen Verkauf oder Weitergabe meiner personenbezogenen Informationen',
    'limit-sensitive': 'Beschränkung der Nutzung meiner sensiblen personenbezogenen Informationen',
  },
  units: {
    months: { one: 'einem Monat', other: '{n} Monaten' },
    'calendar-days': { one: 'einem Tag', other: '{n} Tagen' },
    'business-days': { one: 'einem Arbeitstag', other: '{n} Arbeitstagen' },
  },
  events: {
    sent: 'Ich habe meine Anfrage an {recipient} gesendet.',
    acknowledged: 'Der Verantwortliche hat den Eingang bestätigt.',
    extended: 'Der Verantwortliche hat eine Fristverlängerung mitgeteilt.',
    'id-requested': 'Der Verantwortliche hat mich um einen Identitätsnachweis gebeten.',
    'id-provided': 'Ich habe die erbetenen Angaben übermittelt.',
    'clarification-requested':
      'Der Verantwortliche hat mich um eine Präzisierung meiner Anfrage gebeten.',
    'clarification-provided': 'Ich habe meine Anfrage präzisiert.',
    answered: 'Der Verantwortliche hat geantwortet.',
    escalated: 'Ich habe eine Erinnerung an {to} gesendet.',
    closed: 'Ich habe die Anfrage abgeschlossen.',
    note: 'Notiz.',
  },
  complaintLodged: 'Ich habe Beschwerde bei {to} eingereicht.',
  theAuthority: 'der Aufsichtsbehörde',
  complaintLodgedWith: 'Ich habe Beschwerde bei der Aufsichtsbehörde eingereicht: {to}.',

  followUp: {
    subject: 'Erinnerung: meine Anfrage vom {sent} ({right}) — die Frist ist am {due} abgelaufen',
    subjectNoPeriod: 'Erinnerung: meine Anfrage vom {sent} ({right}) ist noch unbeantwortet',
    ukComplaintSubject:
      'Beschwerde nach Section 164A Data Protection Act 2018: meine Anfrage vom {sent} ({right})',
    ukComplaint:
      'Hiermit beschwere ich mich bei Ihnen nach Section 164A des Data Protection Act 2018. Bitte bestätigen Sie den Eingang innerhalb von 30 Tagen, prüfen Sie die Beschwerde und teilen Sie mir das Ergebnis unverzüglich mit.',
    paragraphs: [
      'Sehr geehrte Damen und Herren,',
      '{intro}',
      'am {sent} habe ich Ihnen eine Anfrage nach {law} gesendet: {right}.',
      '{deadline}',
      'Bitte beantworten Sie meine Anfrage unverzüglich.',
      '{warn}',
      'Mit freundlichen Grüßen',
    ],
    deadline:
      'Sie hätten innerhalb von {period} nach Eingang antworten müssen ({citation}).{smallAgent}{extended}{paused} Diese Frist ist am {due} abgelaufen. Heute, am {today}, {daysLate} später, liegt mir keine Antwort vor.',
    noPeriod:
      'Das Gesetz setzt für die Beantwortung dieser Anfrage keine feste Frist. Heute, am {today}, {daysSince} nach dem Versand, liegt mir keine Antwort vor.',
    extended: ' Sie haben diese Frist bis zum {due} verlängert.',
    paused:
      ' Die {pausedDays}, in denen Sie auf Angaben von mir gewartet haben, habe ich berücksichtigt.',
    warnUsAppeal:
      'Lehnen Sie es ab, meinem Antrag nachzukommen, werde ich nach {law} Einspruch einlegen: Sie müssen binnen {appealPeriod} nach Eingang{appealExtension} über den Einspruch entscheiden und mir bei einer Ablehnung mitteilen, wie ich bei der zuständigen Stelle, {agency}, Beschwerde einreichen kann ({appealCitation}).',
    warnUsAgency:
      'Erhalte ich keine Antwort, werde ich Beschwerde bei der zuständigen Stelle einreichen: {agency} ({agencyCitation}).',
    warnAuthority:
      'Erhalte ich keine Antwort, werde ich Beschwerde bei der Aufsichtsbehörde einreichen: {authority}.',
    warnGeneric:
      'Erhalte ich keine Antwort, werde ich mich bei der zuständigen Aufsichtsbehörde beschweren.',
  },
  complaint: {
    subject: 'Beschwerde gegen {controller}: Anfrage vom {sent} nicht fristgerecht beantwortet',
    subjectNoPeriod: 'Beschwerde gegen {controller}: Anfrage vom {sent} nicht beantwortet',
    paragraphs: [
      'Sehr geehrte Damen und Herren,',
      'hiermit reiche ich{legalBasis} Beschwerde gegen folgenden Verantwortlichen ein:',
      '{controller}\nWebsite: {site}\nVerwendeter Kontakt: {recipient}',
      'Am {sent} habe ich vom Verantwortlichen nach {law} Folgendes verlangt: {right}. {deadline} {status}',
      '{priorComplaint}',
      'Zeitlicher Ablauf meiner Anfrage:\n{timeline}',
      'Ich bitte Sie, diese Beschwerde zu prüfen und die nötigen Maßnahmen zu ergreifen, damit der Verantwortliche meine Anfrage beantwortet. Eine Kopie meiner Anfrage und des gesamten Schriftverkehrs sende ich Ihnen gerne zu.',
      'Mit freundlichen Grüßen',
    ],
    deadline: 'Die gesetzliche Frist ({citation}) ist am {due} abgelaufen.',
    noPeriod:
      'Das Gesetz setzt für diese Anfrage keine feste Frist; seit dem Versand sind {daysSince} vergangen.',
    usAppeal:
      'Nach {law} kann ein Verbraucher gegen die Ablehnung seines Antrags Einspruch einlegen; der Verantwortliche muss binnen {appealPeriod} nach Eingang{appealExtension} darüber entscheiden und dem Verbraucher bei einer Ablehnung mitteilen, wie er bei Ihnen Beschwerde einreichen kann ({appealCitation}).',
    usAgency:
      'Ich richte diese Beschwerde an Sie als die Stelle, die Beschwerden nach {law} entgegennimmt ({agencyCitation}).',
    ukPriorComplaint:
      'Am {date} habe ich mich zunächst nach Section 164A des Data Protection Act 2018 beim Verantwortlichen beschwert.',
    legalBasis: {
      gdpr: ' nach Art. 77 DSGVO',
      'uk-gdpr': ' nach Art. 77 UK GDPR',
    },
    statusUnanswered: 'Bis heute, am {today}, habe ich keine Antwort erhalten.',
    statusAnswered:
      'Die Antwort vom {answered} kam nach Fristablauf oder beantwortet meine Anfrage nicht.',
  },
  // Swiss spelling has no ß (revFADP letters).
  vocabulary: {
    ...usVocabulary(US_AUTHORITY, US_BUSINESS),
    revfadp: [['ß', 'ss']],
  },
  fallback:
    'Für diese Sprache ({wanted}) haben wir keine Vorlage; dieses Schreiben ist auf Deutsch.',
};
