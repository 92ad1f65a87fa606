import { usStateNames } from '../../legal/us-states.data';
import type { EscalationLetters } from '../schema';
import { usVocabulary } from '../us-vocabulary';

/**
 * Cartas de recordatorio y de reclamación en español (our own words). Términos del RGPD en su
 * versión española («responsable del tratamiento», «autoridad de control», «artículo 77»).
 */
const US_AUTHORITY: [string, string][] = [
  ['autoridad de control competente', 'autoridad competente'],
  ['autoridad de control', 'autoridad competente'],
];
const US_BUSINESS: [string, string][] = [
  ['A la atención del responsable del tratamiento:', 'A quien corresponda:'],
  ['El responsable del tratamiento', 'La empresa'],
  ['el siguiente responsable del tratamiento', 'la siguiente empresa'],
  ['el responsable del tratamiento', 'la empresa'],
  ['este responsable', 'esta empresa'],
  ['mis datos personales', 'mi información personal'],
];

export const ESCALATION_ES: EscalationLetters = {
  locale: 'es-ES',
  colon: ': ',
  appealExtension: ' (prorrogable en {n})',
  days: { one: '{n} día', other: '{n} días' },
  smallAgent:
    ' Los agentes de tratamiento de pequeño tamaño disponen de un plazo de {smallPeriod} ({smallCitation}); he computado ese plazo más largo.',
  laws: {
    ...usStateNames((l) => `la ${l.name} (${l.short})`),
    'us-none': 'el Derecho estadounidense (sin ley estatal general de privacidad)',
    gdpr: 'el Reglamento General de Protección de Datos (RGPD)',
    'uk-gdpr': 'el RGPD del Reino Unido (UK GDPR)',
    ccpa: 'la Ley de Privacidad del Consumidor de California (CCPA)',
    lgpd: 'la Ley General de Protección de Datos de Brasil (LGPD)',
    revfadp: 'la Ley Federal suiza de Protección de Datos (LPD)',
    pipeda:
      'la ley canadiense de protección de la información personal y los documentos electrónicos (PIPEDA)',
  },
  lawsOf: {
    ...usStateNames((l) => `de la ${l.name} (${l.short})`),
    'us-none': 'del Derecho estadounidense (sin ley estatal general de privacidad)',
    gdpr: 'del Reglamento General de Protección de Datos (RGPD)',
    'uk-gdpr': 'del RGPD del Reino Unido (UK GDPR)',
    ccpa: 'de la Ley de Privacidad del Consumidor de California (CCPA)',
    lgpd: 'de la Ley General de Protección de Datos de Brasil (LGPD)',
    revfadp: 'de la Ley Federal suiza de Protección de Datos (LPD)',
    pipeda:
      'de la ley canadiense de protección de la información personal y los documentos electrónicos (PIPEDA)',
  },
  citations: {
    'gdpr-art-12-3':
      'artículo 12, apartado 3, del RGPD; Reglamento (CEE, Euratom) n.º 1182/71, artículo 3',
    'uk-gdpr-art-12-3-ico':
      'artículos 12, apartado 3, y 12A del UK GDPR; orientaciones de la ICO sobre los plazos de respuesta',
    'ccpa-7026-f': 'Cal. Code Regs. tít. 11, §7026(f)',
    'ccpa-7027-g': 'Cal. Code Regs. tít. 11, §7027(g)',
    'ccpa-1798-130': 'Cal. Civ. Code §1798.130(a)(2); Cal. Code Regs. tít. 11, §7021(b)',
    'lgpd-art-19-ii': 'LGPD, art. 19, II',
    'revfadp-art-25-7': 'art. 25, apdo. 7, LPD; art. 18 de la Ordenanza de protección de datos',
    'revfadp-dpo-22': 'art. 28 LPD; arts. 22 y 18 de la Ordenanza de protección de datos',
    'pipeda-8-3': 'PIPEDA, art. 8(3); Ley de Interpretación de Canadá, arts. 26 y 35',
  },
  rights: {
    access: 'el acceso a mis datos personales',
    rectification: 'la rectificación de mis datos personales',
    erasure: 'la supresión de mis datos personales',
    restriction: 'la limitación del tratamiento de mis datos personales',
    portability: 'la portabilidad de mis datos personales',
    objection: 'la oposición al tratamiento de mis datos personales',
    'automated-decision': 'la intervención humana en una decisión automatizada que me afecta',
    'withdraw-consent': 'la retirada de mi consentimiento',
    know: 'la comunicación de la información personal que tienen sobre mí',
    delete: 'la eliminación de mi información personal',
    correct: 'la corrección de mi información personal',
    'opt-out-sale': 'el fin de la venta o cesión de mi información personal',
    'limit-sensitive': 'la limitación del uso de mi información personal sensible',
  },
  units: {
    months: { one: 'un mes', other: '{n} meses' },
    'calendar-days': { one: 'un día', other: '{n} días' },
    'business-days': { one: 'un día hábil', other: '{n} días hábiles' },
  },
  events: {
    sent: 'Envié mi solicitud a {recipient}.',
    acknowledged: 'El responsable del tratamiento acusó recibo.',
    extended: 'El responsable del tratamiento anunció una prórroga del plazo.',
    'id-requested': 'El responsable del tratamiento me pidió que acreditara mi identidad.',
    'id-provided': 'Facilité la información solicitada.',
    'clarification-requested':
      'El responsable del tratamiento me pidió que precisara mi solicitud.',
    'clarification-provided': 'Precisé mi solicitud.',
    answered: 'El responsable del tratamiento respondió.',
    escalated: 'Envié un recordatorio a {to}.',
    closed: 'Cerré la solicitud.',
    note: 'Nota.',
  },
  complaintLodged: 'Presenté una reclamación ante {to}.',
  theAuthority: 'la autoridad de control',
  complaintLodgedWith: 'Presenté una reclamación ante la autoridad de control: {to}.',

  followUp: {
    subject: 'Recordatorio: mi solicitud del {sent} ({right}); el plazo venció el {due}',
    subjectNoPeriod: 'Recordatorio: mi solicitud del {sent} ({right}) sigue sin respuesta',
    ukComplaintSubject:
      'Reclamación conforme al artículo 164A de la Data Protection Act 2018: mi solicitud del {sent} ({right})',
    ukComplaint:
      'Les presento esta reclamación conforme al artículo 164A de la Data Protection Act 2018. Les ruego que acusen recibo en un plazo de 30 días desde su recepción, que la examinen y que me comuniquen el resultado sin dilación indebida.',
    paragraphs: [
      'A la atención del responsable del tratamiento:',
      '{intro}',
      'El {sent} les dirigí, al amparo {lawOf}, una solicitud que tenía por objeto {right}.',
      '{deadline}',
      'Les ruego que respondan a mi solicitud sin más dilación.',
      '{warn}',
      'Atentamente,',
    ],
    deadline:
      'Debían responder en el plazo de {period} a partir de su recepción ({citation}).{smallAgent}{extended}{paused} Ese plazo venció el {due}. A fecha de {today}, {daysLate} después, no he recibido su respuesta.',
    noPeriod:
      'La ley no fija un plazo determinado para responder a esta solicitud. A fecha de {today}, {daysSince} después de su envío, no he recibido su respuesta.',
    extended: ' Prorrogaron ese plazo hasta el {due}.',
    paused:
      ' He descontado el tiempo durante el que esperaron información por mi parte ({pausedDays}).',
    warnUsAppeal:
      'Si se niegan a atender mi solicitud, recurriré al amparo {lawOf}: deberán resolver el recurso en el plazo de {appealPeriod} desde su recepción{appealExtension} y, si lo desestiman, indicarme cómo presentar una reclamación ante la autoridad competente ({appealCitation}): {agency}.',
    warnUsAgency:
      'Si no recibo respuesta, presentaré una reclamación ante la autoridad competente ({agencyCitation}): {agency}.',
    warnAuthority:
      'Si no recibo respuesta, presentaré una reclamación ante la autoridad de control: {authority}.',
    warnGeneric:
      'Si no recibo respuesta, presentaré una reclamación ante la autoridad de control competente.',
  },
  complaint: {
    subject: 'Reclamación contra {controller}: solicitud del {sent} no atendida en plazo',
    subjectNoPeriod: 'Reclamación contra {controller}: solicitud del {sent} no atendida',
    paragraphs: [
      'A la atención de la autoridad de control:',
      'Deseo presentar una reclamación{legalBasis} contra el siguiente responsable del tratamiento:',
      '{controller}\nSitio web: {site}\nContacto utilizado: {recipient}',
      'El {sent} solicité a este responsable, al amparo {lawOf}, {right}. {deadline} {status}',
      '{priorComplaint}',
      'Cronología de mi solicitud:\n{timeline}',
      'Les ruego que examinen esta reclamación y que adopten las medidas necesarias para que el responsable del tratamiento atienda mi solicitud. Puedo facilitarles una copia de mi solicitud y de toda la correspondencia.',
      'Atentamente,',
    ],
    deadline: 'El plazo legal ({citation}) venció el {due}.',
    noPeriod:
      'La ley no fija un plazo determinado para esta solicitud; han transcurrido {daysSince} desde su envío.',
    usAppeal:
      'Al amparo {lawOf}, el consumidor puede recurrir la negativa a atender su solicitud; el responsable debe resolver el recurso en el plazo de {appealPeriod} desde su recepción{appealExtension} y, si lo desestima, indicar al consumidor cómo presentarles a ustedes una reclamación ({appealCitation}).',
    usAgency:
      'Les dirijo esta reclamación por ser la autoridad competente para recibir las reclamaciones al amparo {lawOf}, conforme a {agencyCitation}.',
    ukPriorComplaint:
      'El {date} presenté primero una reclamación ante el responsable del tratamiento conforme al artículo 164A de la Data Protection Act 2018.',
    legalBasis: {
      gdpr: ' al amparo del artículo 77 del RGPD',
      'uk-gdpr': ' al amparo del artículo 77 del UK GDPR',
    },
    statusUnanswered: 'A fecha de {today}, no he recibido ninguna respuesta.',
    statusAnswered:
      'La respuesta recibida el {answered} llegó fuera de plazo o no atiende mi solicitud.',
  },
  // US laws (us-vocabulary.ts): the CCPA's «empresa» and «información personal» (Cal. Civ. Code
  // §1798.140(d), (v)); the US offices are «la autoridad competente», not «de control».
  vocabulary: usVocabulary(US_AUTHORITY, US_BUSINESS),
  fallback: 'No disponemos de una plantilla en este idioma ({wanted}); esta carta está en español.',
};
