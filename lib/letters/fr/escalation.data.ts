import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/** Lettres de relance et de plainte en français (our own words). */
const US_AUTHORITY: [string, string][] = [
  ["l'autorité de contrôle compétente", "l'autorité compétente"],
  ["l'autorité de contrôle", "l'autorité compétente"],
];
const US_BUSINESS: [string, string][] = [
  ['le responsable du traitement suivant', "l'entreprise suivante"],
  ['Le responsable du traitement', "L'entreprise"],
  ['le responsable du traitement', "l'entreprise"],
  ['ce responsable', 'cette entreprise'],
];

export const ESCALATION_FR: EscalationLetters = {
  locale: 'fr-FR',
  firstOfMonth: '1er',
  colon: ' : ',
  appealExtension: ' (prolongeable de {n})',
  days: { one: '{n} jour', other: '{n} jours' },
  smallAgent:
    ' Les agents de traitement de petite taille disposent d’un délai {smallPeriod} ({smallCitation}) ; j’ai compté ce délai plus long.',
  laws: {
    ...usStateNames((l) => `le ${l.name} (${l.short})`),
    'us-none': 'le droit américain (sans loi générale de l’État sur la vie privée)',
    gdpr: 'le règlement général sur la protection des données (RGPD)',
    'uk-gdpr': 'le UK GDPR',
    ccpa: 'le California Consumer Privacy Act (CCPA)',
    lgpd: 'la loi générale brésilienne sur la protection des données (LGPD)',
    revfadp: 'la loi fédérale suisse sur la protection des données (LPD)',
    pipeda:
      'la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)',
  },
  lawsOf: {
    ...usStateNames((l) => `du ${l.name} (${l.short})`),
    'us-none': 'du droit américain (sans loi générale de l’État sur la vie privée)',
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
    'revfadp-dpo-22': 'art. 28 LPD ; art. 22 et 18 OPDo',
    'lgpd-art-19-ii': 'LGPD, art. 19, II',
    'pipeda-8-3': "LPRPDE, paragraphe 8(3) ; Loi d'interprétation, art. 26 et 35",
    'uk-gdpr-art-12-3-ico':
      "art. 12, paragraphe 3, et 12A du UK GDPR ; lignes directrices de l'ICO sur les délais de réponse",
    'ccpa-7026-f': 'Cal. Code Regs. tit. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tit. 11, §7027(g)',
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
    'id-requested': "Le responsable du traitement m'a demandé de justifier de mon identité.",
    'id-provided': "J'ai fourni les informations demandées.",
    'clarification-requested': "Le responsable du traitement m'a demandé de préciser ma demande.",
    'clarification-provided': "J'ai précisé ma demande.",
    answered: 'Le responsable du traitement a répondu.',
    escalated: "J'ai envoyé une relance à {to}.",
    closed: "J'ai clos la demande.",
    note: 'Note.',
  },
  complaintLodged: "J'ai déposé une plainte auprès de {to}.",
  theAuthority: "l'autorité de contrôle",
  complaintLodgedWith: "J'ai déposé une plainte auprès de l'autorité de contrôle : {to}.",

  followUp: {
    subject: 'Relance : ma demande du {sent} ({right}) — le délai a expiré le {due}',
    subjectNoPeriod: 'Relance : ma demande du {sent} ({right}) est restée sans réponse',
    ukComplaintSubject:
      'Réclamation au titre de l’article 164A du Data Protection Act 2018 : ma demande du {sent} ({right})',
    ukComplaint:
      'Je vous adresse la présente réclamation au titre de l’article 164A du Data Protection Act 2018. Je vous prie d’en accuser réception dans les 30 jours, de l’examiner et de m’en communiquer l’issue sans retard injustifié.',
    paragraphs: [
      'Madame, Monsieur,',
      '{intro}',
      'Le {sent}, je vous ai adressé une demande fondée sur {law} portant sur {right}.',
      '{deadline}',
      'Je vous prie de répondre à ma demande sans plus attendre.',
      '{warn}',
      "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
    ],
    deadline:
      "Vous deviez y répondre dans un délai {period} à compter de sa réception ({citation}).{smallAgent}{extended}{paused} Ce délai a expiré le {due}. Au {today}, soit {daysLate} plus tard, je n'ai reçu aucune réponse.",
    noPeriod:
      "La loi ne fixe aucun délai pour répondre à cette demande. Au {today}, {daysSince} après son envoi, je n'ai reçu aucune réponse.",
    extended: " Vous avez prolongé ce délai jusqu'au {due}.",
    paused:
      " J'ai tenu compte des {pausedDays} pendant lesquels vous attendiez des informations de ma part.",
    warnUsAppeal:
      'Si vous refusez de donner suite à ma demande, je ferai appel en application {lawOf} : vous devez statuer sur cet appel dans un délai de {appealPeriod} à compter de sa réception{appealExtension} et, si vous le rejetez, m’indiquer comment adresser une plainte à l’autorité compétente, {agency} ({appealCitation}).',
    warnUsAgency:
      'À défaut de réponse, je déposerai une plainte auprès de l’autorité compétente, {agency} ({agencyCitation}).',
    warnAuthority:
      "À défaut de réponse, je déposerai une plainte auprès de l'autorité de contrôle : {authority}.",
    warnGeneric:
      "À défaut de réponse, je saisirai l'autorité de contrôle compétente d'une plainte.",
  },
  complaint: {
    subject: 'Plainte contre {controller} : demande du {sent} restée sans réponse dans le délai',
    subjectNoPeriod: 'Plainte contre {controller} : demande du {sent} restée sans réponse',
    paragraphs: [
      'Madame, Monsieur,',
      'Je souhaite introduire une réclamation{legalBasis} contre le responsable du traitement suivant :',
      '{controller}\nSite : {site}\nContact utilisé : {recipient}',
      "Le {sent}, j'ai demandé à ce responsable {right} en application {lawOf}. {deadline} {status}",
      '{priorComplaint}',
      'Chronologie de ma demande :\n{timeline}',
      "Je vous demande d'examiner cette réclamation et de prendre les mesures nécessaires pour que le responsable du traitement réponde à ma demande. Je peux vous transmettre une copie de ma demande et de tous les échanges.",
      "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
    ],
    deadline: 'Le délai légal ({citation}) a expiré le {due}.',
    noPeriod:
      'La loi ne fixe aucun délai pour cette demande ; {daysSince} se sont écoulés depuis son envoi.',
    usAppeal:
      'En application {lawOf}, le consommateur peut faire appel d’un refus de donner suite à sa demande ; le responsable du traitement doit statuer sur cet appel dans un délai de {appealPeriod} à compter de sa réception{appealExtension} et, s’il le rejette, lui indiquer comment vous adresser une plainte ({appealCitation}).',
    usAgency:
      'Je vous adresse cette plainte en tant qu’autorité chargée des plaintes en application {lawOf} ({agencyCitation}).',
    ukPriorComplaint:
      'Le {date}, j’ai d’abord adressé une réclamation au responsable du traitement au titre de l’article 164A du Data Protection Act 2018.',
    legalBasis: {
      gdpr: " au titre de l'article 77 du RGPD",
      'uk-gdpr': " au titre de l'article 77 du UK GDPR",
    },
    statusUnanswered: "Au {today}, je n'ai reçu aucune réponse.",
    statusAnswered:
      'La réponse reçue le {answered} est arrivée après le délai ou ne répond pas à ma demande.',
  },
  // Canadian federal French (LPRPDE): "organisation" and "renseignements personnels".
  vocabulary: {
    ...usVocabulary(US_AUTHORITY, US_BUSINESS),
    pipeda: [
      ['Le responsable du traitement', "L'organisation"],
      ['le responsable du traitement', "l'organisation"],
      ['ce responsable', 'cette organisation'],
      ['données personnelles', 'renseignements personnels'],
    ],
  },
  fallback:
    "Nous n'avons pas de modèle dans cette langue ({wanted}) ; cette lettre est en français.",
};
