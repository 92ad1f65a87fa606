import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/** "Il 8 aprile" → "L'8 aprile": the article elides before otto and undici. */
const ELISIONS: [string, string][] = ['8', '11'].flatMap((day) => [
  [`Il ${day} `, `L'${day} `],
  [` il ${day} `, ` l'${day} `],
  [` del ${day} `, ` dell'${day} `],
  [` al ${day} `, ` all'${day} `],
]);

/**
 * Lettere di sollecito e di reclamo in italiano (our own words). Termini del GDPR nella versione
 * italiana («titolare del trattamento», «autorità di controllo», «proporre reclamo», articolo 77).
 */
const US_AUTHORITY: [string, string][] = [
  ["all'autorità di controllo competente", "all'autorità competente"],
  ["all'autorità di controllo", "all'autorità competente"],
  ["l'autorità di controllo", "l'autorità competente"],
];
const US_BUSINESS: [string, string][] = [
  ['Spettabile Titolare del trattamento,', 'Spettabile Società,'],
  ['del seguente titolare del trattamento', 'della seguente impresa'],
  ['tale titolare', 'tale impresa'],
  ['Il titolare del trattamento', "L'impresa"],
  ['il titolare del trattamento', "l'impresa"],
];

export const ESCALATION_IT: EscalationLetters = {
  locale: 'it-IT',
  firstOfMonth: '1º',
  colon: ': ',
  appealExtension: ' (prorogabile di {n})',
  days: { one: '{n} giorno', other: '{n} giorni' },
  smallAgent:
    ' Gli agenti di trattamento di piccole dimensioni dispongono di un termine di {smallPeriod} ({smallCitation}); ho tenuto conto di questo termine più lungo.',
  laws: {
    ...usStateNames((l) => `il ${l.name} (${l.short})`),
    'us-none': 'il diritto statunitense (in assenza di una legge statale generale sulla privacy)',
    gdpr: 'il Regolamento generale sulla protezione dei dati (GDPR)',
    'uk-gdpr': 'il GDPR del Regno Unito (UK GDPR)',
    ccpa: 'il California Consumer Privacy Act (CCPA)',
    lgpd: 'la legge generale brasiliana sulla protezione dei dati (LGPD)',
    revfadp: 'la legge federale svizzera sulla protezione dei dati (LPD)',
    pipeda:
      'la legge canadese sulla protezione delle informazioni personali e dei documenti elettronici (PIPEDA)',
  },
  lawsOf: {
    ...usStateNames((l) => `del ${l.name} (${l.short})`),
    'us-none': 'del diritto statunitense (in assenza di una legge statale generale sulla privacy)',
    gdpr: 'del Regolamento generale sulla protezione dei dati (GDPR)',
    'uk-gdpr': 'del GDPR del Regno Unito (UK GDPR)',
    ccpa: 'del California Consumer Privacy Act (CCPA)',
    lgpd: 'della legge generale brasiliana sulla protezione dei dati (LGPD)',
    revfadp: 'della legge federale svizzera sulla protezione dei dati (LPD)',
    pipeda:
      'della legge canadese sulla protezione delle informazioni personali e dei documenti elettronici (PIPEDA)',
  },
  citations: {
    'gdpr-art-12-3':
      'articolo 12, paragrafo 3, del GDPR; regolamento (CEE, Euratom) n. 1182/71, articolo 3',
    'uk-gdpr-art-12-3-ico':
      "articoli 12, paragrafo 3, e 12A del UK GDPR; indicazioni dell'ICO sui termini di risposta",
    'ccpa-7026-f': 'Cal. Code Regs. tit. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tit. 11, §7027(g)',
    'ccpa-1798-130': 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tit. 11, §7021(b)',
    'lgpd-art-19-ii': 'LGPD, art. 19, II',
    'revfadp-art-25-7': 'art. 25 cpv. 7 LPD; art. 18 OPDa',
    'revfadp-dpo-22': 'art. 28 LPD; artt. 22 e 18 OPDa',
    'pipeda-8-3': "PIPEDA, paragrafo 8(3); legge canadese sull'interpretazione, artt. 26 e 35",
  },
  rights: {
    access: "l'accesso ai miei dati personali",
    rectification: 'la rettifica dei miei dati personali',
    erasure: 'la cancellazione dei miei dati personali',
    restriction: 'la limitazione del trattamento dei miei dati personali',
    portability: 'la portabilità dei miei dati personali',
    objection: "l'opposizione al trattamento dei miei dati personali",
    'automated-decision': "l'intervento umano su una decisione automatizzata che mi riguarda",
    'withdraw-consent': 'la revoca del mio consenso',
    know: 'la comunicazione delle informazioni personali che detenete su di me',
    delete: 'la cancellazione delle mie informazioni personali',
    correct: 'la correzione delle mie informazioni personali',
    'opt-out-sale': 'la cessazione della vendita o condivisione delle mie informazioni personali',
    'limit-sensitive': "la limitazione dell'uso delle mie informazioni personali sensibili",
  },
  units: {
    months: { one: 'un mese', other: '{n} mesi' },
    'calendar-days': { one: 'un giorno', other: '{n} giorni' },
    'business-days': { one: 'un giorno lavorativo', other: '{n} giorni lavorativi' },
  },
  events: {
    sent: 'Ho inviato la mia richiesta a {recipient}.',
    acknowledged: 'Il titolare del trattamento ha confermato la ricezione.',
    extended: 'Il titolare del trattamento ha comunicato una proroga del termine.',
    'id-requested': 'Il titolare del trattamento mi ha chiesto di comprovare la mia identità.',
    'id-provided': 'Ho fornito le informazioni richieste.',
    'clarification-requested':
      'Il titolare del trattamento mi ha chiesto di precisare la mia richiesta.',
    'clarification-provided': 'Ho precisato la mia richiesta.',
    answered: 'Il titolare del trattamento ha risposto.',
    escalated: 'Ho inviato un sollecito a {to}.',
    closed: 'Ho chiuso la richiesta.',
    note: 'Nota.',
  },
  complaintLodged: 'Ho proposto reclamo presso {to}.',
  theAuthority: "l'autorità di controllo",
  complaintLodgedWith: "Ho proposto reclamo all'autorità di controllo: {to}.",

  followUp: {
    subject: 'Sollecito: la mia richiesta del {sent} ({right}) — il termine è scaduto il {due}',
    subjectNoPeriod: 'Sollecito: la mia richiesta del {sent} ({right}) è ancora senza risposta',
    ukComplaintSubject:
      'Reclamo ai sensi della sezione 164A del Data Protection Act 2018: la mia richiesta del {sent} ({right})',
    ukComplaint:
      "Vi presento questo reclamo ai sensi della sezione 164A del Data Protection Act 2018. Vi chiedo di confermarne il ricevimento entro 30 giorni, di esaminarlo e di comunicarmene l'esito senza ingiustificato ritardo.",
    paragraphs: [
      'Spettabile Titolare del trattamento,',
      '{intro}',
      'Il {sent} vi ho inviato, ai sensi {lawOf}, una richiesta avente ad oggetto {right}.',
      '{deadline}',
      'Vi chiedo di rispondere alla mia richiesta senza ulteriore ritardo.',
      '{warn}',
      'Distinti saluti,',
    ],
    deadline:
      'Il termine per rispondere era di {period} dal ricevimento ({citation}).{smallAgent}{extended}{paused} Tale termine è scaduto il {due}. Alla data del {today}, {daysLate} dopo, non ho ricevuto alcuna risposta.',
    noPeriod:
      'La legge non fissa alcun termine per rispondere a questa richiesta. Alla data del {today}, {daysSince} dopo il suo invio, non ho ricevuto alcuna risposta.',
    extended: ' Avete prorogato tale termine fino al {due}.',
    paused:
      ' Ho tenuto conto del periodo in cui attendevate informazioni da parte mia ({pausedDays}).',
    warnUsAppeal:
      "Se rifiuterete di dare seguito alla mia richiesta, presenterò ricorso ai sensi {lawOf}: dovrete decidere sul ricorso entro {appealPeriod} dal ricevimento{appealExtension} e, in caso di rigetto, indicarmi come proporre reclamo all'autorità competente ({appealCitation}): {agency}.",
    warnUsAgency:
      "In mancanza di risposta, proporrò reclamo all'autorità competente ({agencyCitation}): {agency}.",
    warnAuthority:
      "In mancanza di risposta, proporrò reclamo all'autorità di controllo: {authority}.",
    warnGeneric: "In mancanza di risposta, proporrò reclamo all'autorità di controllo competente.",
  },
  complaint: {
    subject: 'Reclamo nei confronti di {controller}: richiesta del {sent} non evasa nei termini',
    subjectNoPeriod: 'Reclamo nei confronti di {controller}: richiesta del {sent} non evasa',
    paragraphs: [
      'Spettabile Autorità,',
      'con la presente propongo reclamo{legalBasis} nei confronti del seguente titolare del trattamento:',
      '{controller}\nSito web: {site}\nContatto utilizzato: {recipient}',
      'Il {sent} ho chiesto a tale titolare, ai sensi {lawOf}, {right}. {deadline} {status}',
      '{priorComplaint}',
      'Cronologia della mia richiesta:\n{timeline}',
      'Vi chiedo di esaminare il presente reclamo e di adottare le misure necessarie affinché il titolare del trattamento dia riscontro alla mia richiesta. Posso trasmettervi copia della mia richiesta e di tutta la corrispondenza.',
      'Distinti saluti,',
    ],
    deadline: 'Il termine di legge ({citation}) è scaduto il {due}.',
    noPeriod:
      'La legge non fissa alcun termine per questa richiesta; sono trascorsi {daysSince} dal suo invio.',
    usAppeal:
      'Ai sensi {lawOf}, il consumatore può presentare ricorso contro il rifiuto di dare seguito alla sua richiesta; il titolare del trattamento deve decidere sul ricorso entro {appealPeriod} dal ricevimento{appealExtension} e, in caso di rigetto, indicare al consumatore come proporvi reclamo ({appealCitation}).',
    usAgency:
      'Vi indirizzo questo reclamo in quanto autorità competente a ricevere i reclami ai sensi {lawOf}, conformemente a {agencyCitation}.',
    ukPriorComplaint:
      'Il {date} ho dapprima presentato reclamo al titolare del trattamento ai sensi della sezione 164A del Data Protection Act 2018.',
    legalBasis: {
      gdpr: " ai sensi dell'articolo 77 del GDPR",
      'uk-gdpr': " ai sensi dell'articolo 77 del UK GDPR",
    },
    statusUnanswered: 'Alla data del {today} non ho ricevuto alcuna risposta.',
    statusAnswered:
      'La risposta ricevuta il {answered} è giunta oltre il termine o non dà riscontro alla mia richiesta.',
  },
  contractions: ELISIONS,
  vocabulary: usVocabulary(US_AUTHORITY, US_BUSINESS),
  fallback:
    'Non disponiamo di un modello in questa lingua ({wanted}); questa lettera è in italiano.',
};
