import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

const LAWS = {
  ...usStateNames((l) => `de ${l.name} (${l.short})`),
  'us-none': 'het Amerikaanse recht (zonder algemene privacywet van de staat)',
  gdpr: 'de Algemene verordening gegevensbescherming (AVG)',
  'uk-gdpr': 'de Britse AVG (UK GDPR)',
  ccpa: 'de California Consumer Privacy Act (CCPA)',
  lgpd: 'de Braziliaanse algemene wet gegevensbescherming (LGPD)',
  revfadp: 'de Zwitserse federale wet betreffende gegevensbescherming (DSG)',
  pipeda:
    'de Canadese wet op de bescherming van persoonsgegevens en elektronische documenten (PIPEDA)',
};

/**
 * Herinneringen en klachten in het Nederlands (our own words), for the Autoriteit
 * Persoonsgegevens and the Belgian Gegevensbeschermingsautoriteit alike: the AVG's own terms
 * ("verwerkingsverantwoordelijke", "toezichthoudende autoriteit", "artikel 77 AVG").
 */
const US_AUTHORITY: [string, string][] = [
  ['de bevoegde toezichthoudende autoriteit', 'de bevoegde autoriteit'],
  ['de toezichthoudende autoriteit', 'de bevoegde autoriteit'],
];
const US_BUSINESS: [string, string][] = [
  ['De verwerkingsverantwoordelijke', 'De onderneming'],
  ['verwerkingsverantwoordelijke', 'onderneming'],
];

export const ESCALATION_NL: EscalationLetters = {
  locale: 'nl-NL',
  colon: ': ',
  appealExtension: ' (verlengbaar met {n})',
  days: { one: '{n} dag', other: '{n} dagen' },
  smallAgent:
    ' Voor kleine verwerkingsagenten geldt een termijn van {smallPeriod} ({smallCitation}); ik ben van die langere termijn uitgegaan.',
  laws: LAWS,
  lawsOf: LAWS,
  citations: {
    'gdpr-art-12-3': 'artikel 12, lid 3, AVG; Verordening (EEG, Euratom) nr. 1182/71, artikel 3',
    'uk-gdpr-art-12-3-ico':
      'artikelen 12, lid 3, en 12A UK GDPR; richtsnoeren van de ICO over de antwoordtermijnen',
    'ccpa-7026-f': 'Cal. Code Regs. tit. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tit. 11, §7027(g)',
    'ccpa-1798-130': 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tit. 11, §7021(b)',
    'lgpd-art-19-ii': 'LGPD, art. 19, II',
    'revfadp-art-25-7': 'art. 25, lid 7, DSG; art. 18 DSV',
    'revfadp-dpo-22': 'art. 28 DSG; art. 22 en 18 DSV',
    'pipeda-8-3': 'PIPEDA, art. 8(3); Canadese Interpretatiewet, art. 26 en 35',
  },
  rights: {
    access: 'inzage in mijn persoonsgegevens',
    rectification: 'rectificatie van mijn persoonsgegevens',
    erasure: 'wissing van mijn persoonsgegevens',
    restriction: 'beperking van de verwerking van mijn persoonsgegevens',
    portability: 'overdraagbaarheid van mijn persoonsgegevens',
    objection: 'bezwaar tegen de verwerking van mijn persoonsgegevens',
    'automated-decision': 'menselijke tussenkomst bij een geautomatiseerd besluit over mij',
    'withdraw-consent': 'intrekking van mijn toestemming',
    know: 'inzage in de persoonlijke informatie die u over mij bewaart',
    delete: 'verwijdering van mijn persoonlijke informatie',
    correct: 'correctie van mijn persoonlijke informatie',
    'opt-out-sale': 'stopzetting van de verkoop of het delen van mijn persoonlijke informatie',
    'limit-sensitive': 'beperking van het gebruik van mijn gevoelige persoonlijke informatie',
  },
  units: {
    months: { one: 'één maand', other: '{n} maanden' },
    'calendar-days': { one: 'één dag', other: '{n} dagen' },
    'business-days': { one: 'één werkdag', other: '{n} werkdagen' },
  },
  events: {
    sent: 'Ik heb mijn verzoek verstuurd naar {recipient}.',
    acknowledged: 'De verwerkingsverantwoordelijke heeft de ontvangst bevestigd.',
    extended: 'De verwerkingsverantwoordelijke heeft een verlenging van de termijn aangekondigd.',
    'id-requested':
      'De verwerkingsverantwoordelijke heeft mij gevraagd mijn identiteit aan te tonen.',
    'id-provided': 'Ik heb de gevraagde gegevens verstrekt.',
    'clarification-requested':
      'De verwerkingsverantwoordelijke heeft mij gevraagd mijn verzoek te verduidelijken.',
    'clarification-provided': 'Ik heb mijn verzoek verduidelijkt.',
    answered: 'De verwerkingsverantwoordelijke heeft geantwoord.',
    escalated: 'Ik heb een herinnering gestuurd naar {to}.',
    closed: 'Ik heb het verzoek afgesloten.',
    note: 'Notitie.',
  },
  complaintLodged: 'Ik heb een klacht ingediend bij {to}.',
  theAuthority: 'de toezichthoudende autoriteit',
  complaintLodgedWith: 'Ik heb een klacht ingediend bij de toezichthoudende autoriteit: {to}.',

  followUp: {
    subject: 'Herinnering: mijn verzoek van {sent} ({right}) — de termijn is op {due} verstreken',
    subjectNoPeriod: 'Herinnering: mijn verzoek van {sent} ({right}) is nog onbeantwoord',
    ukComplaintSubject:
      'Klacht op grond van artikel 164A van de Data Protection Act 2018: mijn verzoek van {sent} ({right})',
    ukComplaint:
      'Hierbij dien ik bij u een klacht in op grond van artikel 164A van de Data Protection Act 2018. Ik vraag u de ontvangst binnen 30 dagen te bevestigen, de klacht te onderzoeken en mij zonder onnodige vertraging over de uitkomst te informeren.',
    paragraphs: [
      'Geachte heer, mevrouw,',
      '{intro}',
      'Op {sent} heb ik u op grond van {law} een verzoek gestuurd met betrekking tot {right}.',
      '{deadline}',
      'Ik vraag u mijn verzoek zonder verdere vertraging te beantwoorden.',
      '{warn}',
      'Met vriendelijke groet,',
    ],
    deadline:
      'U had binnen {period} na ontvangst moeten antwoorden ({citation}).{smallAgent}{extended}{paused} Die termijn is op {due} verstreken. Vandaag, {today}, {daysLate} later, heb ik nog geen antwoord ontvangen.',
    noPeriod:
      'De wet stelt geen vaste termijn voor het beantwoorden van dit verzoek. Vandaag, {today}, {daysSince} na verzending, heb ik nog geen antwoord ontvangen.',
    extended: ' U hebt deze termijn verlengd tot {due}.',
    paused:
      ' Ik heb rekening gehouden met de periode waarin u op informatie van mij wachtte ({pausedDays}).',
    warnUsAppeal:
      'Als u weigert gevolg te geven aan mijn verzoek, ga ik op grond van {law} in beroep: u moet binnen {appealPeriod} na ontvangst{appealExtension} over het beroep beslissen en mij, als u het afwijst, laten weten hoe ik een klacht kan indienen bij de bevoegde instantie ({appealCitation}): {agency}.',
    warnUsAgency:
      'Als ik geen antwoord ontvang, dien ik een klacht in bij de bevoegde instantie ({agencyCitation}): {agency}.',
    warnAuthority:
      'Als ik geen antwoord ontvang, dien ik een klacht in bij de toezichthoudende autoriteit: {authority}.',
    warnGeneric:
      'Als ik geen antwoord ontvang, dien ik een klacht in bij de bevoegde toezichthoudende autoriteit.',
  },
  complaint: {
    subject: 'Klacht tegen {controller}: verzoek van {sent} niet tijdig beantwoord',
    subjectNoPeriod: 'Klacht tegen {controller}: verzoek van {sent} niet beantwoord',
    paragraphs: [
      'Geachte heer, mevrouw,',
      'Hierbij dien ik een klacht in{legalBasis} tegen de volgende verwerkingsverantwoordelijke:',
      '{controller}\nWebsite: {site}\nGebruikt contactadres: {recipient}',
      'Op {sent} heb ik bij deze verwerkingsverantwoordelijke op grond van {law} een verzoek ingediend met betrekking tot {right}. {deadline} {status}',
      '{priorComplaint}',
      'Verloop van mijn verzoek:\n{timeline}',
      'Ik vraag u deze klacht te onderzoeken en de nodige maatregelen te nemen zodat de verwerkingsverantwoordelijke mijn verzoek beantwoordt. Op uw verzoek stuur ik u een kopie van mijn verzoek en van alle correspondentie.',
      'Met vriendelijke groet,',
    ],
    deadline: 'De wettelijke termijn ({citation}) is op {due} verstreken.',
    noPeriod:
      'De wet stelt geen vaste termijn voor dit verzoek; ik heb het {daysSince} geleden verstuurd.',
    usAppeal:
      'Op grond van {law} kan een consument in beroep gaan tegen een weigering om gevolg te geven aan een verzoek; de verwerkingsverantwoordelijke moet binnen {appealPeriod} na ontvangst{appealExtension} over het beroep beslissen en, bij afwijzing, de consument laten weten hoe die bij u een klacht kan indienen ({appealCitation}).',
    usAgency:
      'Ik richt deze klacht tot u als de instantie die klachten op grond van {law} behandelt ({agencyCitation}).',
    ukPriorComplaint:
      'Op {date} heb ik eerst bij de verwerkingsverantwoordelijke een klacht ingediend op grond van artikel 164A van de Data Protection Act 2018.',
    legalBasis: {
      gdpr: ' op grond van artikel 77 AVG',
      'uk-gdpr': ' op grond van artikel 77 UK GDPR',
    },
    statusUnanswered: 'Tot op heden ({today}) heb ik geen antwoord ontvangen.',
    statusAnswered:
      'Het antwoord dat ik op {answered} ontving, kwam te laat of beantwoordt mijn verzoek niet.',
  },
  vocabulary: usVocabulary(US_AUTHORITY, US_BUSINESS),
  fallback: 'Voor deze taal ({wanted}) hebben wij geen sjabloon; deze brief is in het Nederlands.',
};
