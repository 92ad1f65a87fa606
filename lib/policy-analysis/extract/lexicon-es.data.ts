import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

// JavaScript's \b only knows ASCII letters: after an accented letter we end with a lookahead instead.
const E = '(?![\\p{L}])';

/**
 * Spanish patterns, in our own words: the GDPR's rights, transfers, children, retention units,
 * dates, DPO and authority as the Spanish text of the Regulation names them. Categories without
 * their own patterns yet (data types, purposes, …) fall back to the English ones.
 */
export const LEXICON_ES: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'es',
  rights: {
    information: [/\bderecho (?:a la|de) información/iu, /\bderecho a ser informad[oa]/iu],
    access: [new RegExp(`\\bacceso${E}`, 'iu'), /\bacceder a (?:sus|tus) datos/iu],
    rectification: [/\brectifica/iu],
    erasure: [
      /\bsupresi[oó]n/iu,
      /\bderecho al olvido/iu,
      /\bborra(?:do|r)\b/iu,
      /\bcancelaci[oó]n/iu,
      /\beliminaci[oó]n/iu,
      /\beliminar (?:sus |tus |los )?datos/iu,
    ],
    restriction: [
      /\blimitaci[oó]n/iu,
      /\blimitar (?:el|su) tratamiento/iu,
      /\brestricci[oó]n/iu,
      // "restringir el tratamiento de sus datos": the verb, as often as the noun.
      /\brestringir\b/iu,
    ],
    objection: [/\boposici[oó]n/iu, /\boponerse/iu],
    portability: [
      /\bportabilidad/iu,
      // "solicitar la transferencia de sus datos" (to the user or a new provider), not a
      // transfer to another country.
      /\b(?:solicitar|pedir|obtener) la (?:transferencia|transmisi[oó]n) de (?:sus |tus |los )?datos(?! (?:a|hacia|fuera de) (?:terceros|otros? pa[ií]s|pa[ií]ses))/iu,
    ],
    automatedDecisions: [/\bdecisiones? (?:individuales? )?automatizad/iu],
    withdrawConsent: [
      /\b(?:retir|revoc)[^.;]{0,40}consentimiento/iu,
      /\bconsentimiento[^.;]{0,60}\b(?:revocad|retirad|revocar|retirar|revocable)/iu,
    ],
    complaint: [/\breclamaci[oó]n/iu, /\bqueja/iu],
    complaintToAuthority: [
      /\bautoridad de control/iu,
      /\bAgencia Española de Protecci[oó]n de Datos/iu,
      /\bAEPD\b/u,
    ],
  },
  rightsContext: [
    /\bderechos?\b/iu,
    /\breclamaci[oó]n/iu,
    /\bpuede(?:s)? (?:solicitar|ejercer|acceder|oponerse|retirar)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\btransferencias?/iu, /\binternacional/iu, /\bfuera de/iu],
    negation: [/\b(?:no|ningun[oa]?|ningún|nunca|ni|sin)(?![\p{L}])/iu],
    conditional: [/^\s*(?:si|en (?:el )?caso de que)\b/iu],
    outsideEea: [
      /\bfuera (?:de la|del) (?:UE|EEE|Unión Europea|Espacio Económico Europeo)/iu,
      /\bterceros países/iu,
      /\btransferencias? internacional/iu,
      /\b(?:a|en) (?:los )?Estados Unidos/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])(?:EE\.\s?UU\.?|Estados Unidos)(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/\bIndia\b/u],
        CN: [/\bChina\b/u],
        SG: [/\bSingapur\b/u],
        AU: [/\bAustralia\b/u],
      },
      recipient: [
        /\btransfer/iu,
        /\b(?:proveedor|prestador|encargad[oa]s? del tratamiento|destinatari|subencargad)/iu,
        /\balojad|\balojamiento/iu,
        /\b(?:prestado|operado|ofrecido|proporcionado) por\b/iu,
        /\bservidor/iu,
        /\bterceros\b/iu,
        /\bcompart|\bcedid|\bcesi[oó]n/iu,
        /\butilizamos\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:nosotros|nuestro)\s*["”“»’‘']/iu,
        /\b(?:sitio|web|aplicación|plataforma)\b[^.]{0,60}\bes (?:operad|gestionad|titularidad)/iu,
        /\bresponsable del tratamiento/iu,
        /\brepresentante/iu,
        /\bqui[eé]nes somos/iu,
        /\baviso legal/iu,
        /\btitular del (?:sitio|portal)/iu,
        /\bdomicilio social/iu,
        /\bpreguntas?\b|\bescribir\b|\bcontactar\b|\bcorreo postal\b/iu,
        /\blegislaci[oó]n aplicable\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\bfilial de\b/iu,
        /\b(?:sociedad|empresa) matriz\b/iu,
        /\b(?:usuarios|clientes|visitantes|residentes) (?:de|en) (?:la|el) (?:UE|EEE|Unión|Espacio)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:como máximo|máximo(?: de)?|un máximo de|hasta(?: un máximo de)?|no más de|no superior a|plazo máximo de|dentro de)\s*$/iu,
    min: /(?:al menos|como mínimo|mínimo(?: de)?|un mínimo de|no menos de|no inferior a)\s*$/iu,
    range: /a|y|-|–/u,
    age: {
      before:
        /(?:menores? de|mayores? de|edad de|edad (?:inferior|superior) a|edad mínima de)\s*$/iu,
      after: /^[\s-]*(?:de edad|o más|cumplidos)(?!\p{L})/iu,
    },
    numbers: {
      un: 1,
      una: 1,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      trece: 13,
      catorce: 14,
      quince: 15,
      dieciséis: 16,
      dieciocho: 18,
      veinte: 20,
      veinticuatro: 24,
      treinta: 30,
      sesenta: 60,
      noventa: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:respond|respuesta|contestar)/iu,
      within: /(?:plazo(?: máximo)? de|dentro de(?: los)?|en)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:solicitud|derecho|solicitar|pedir)(?:es)? (?:de |a |la |de la |a la )?)(?<!\p{L})(?:conserva|almacena|guarda|suprimi|supresión|elimina|borra|anonimiza|destru|caduca|expira|vida útil|cerra\p{L}* (?:su |la |tu )?cuenta)/giu,
      other:
        /(?<!\p{L})(?:respond|contestar|reembols|tribunal|dispon(?:e|drá)s? de|tramita|atender\p{L}* (?:su|tu|la|las|dicha|esta)s? solicitud|prorrog\p{L}* (?:por |en |hasta )?(?:otros? |un |una |dos |tres |\d)|notificar|avisar|aviso previo|le informar|te informar|preguntar\p{L}* si|términos y condiciones|condiciones de uso|acciones? judicial|prueba gratuita|renova)/giu,
      before: /^\s*(?:antes|con antelación|de antelación)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:cada)\s*$/iu,
    },
    context: [
      /\bconserva/iu,
      /\balmacena/iu,
      /\bguarda/iu,
      /\bsuprimi/iu,
      /\bplazo/iu,
      /\bdurante/iu,
    ],
    units: { D: /d[ií]as?/, W: /semanas?/, M: /mes(?:es)?/, Y: /años?/ },
    lastOne:
      /(?<!\p{L})(?:en|durante) (?:el|la) (?:último|última|pasado|pasada) (año|mes|semana|día)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bmenores?\b/iu,
      /\bniñ[oa]s?\b/iu,
      /\bedad\b/iu,
      /\bmayor(?:es)? de \d{1,2} años/iu,
    ],
    age: [/\bmenores? de (\d{1,2}) años/iu, /\b(\d{1,2}) años\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /(?<![\p{L}])última (?:actualizaci[oó]n|modificaci[oó]n|revisi[oó]n)/iu,
      /\bactualizad[oa] (?:el|a)\b/iu,
      /\ben vigor (?:desde|a partir del?)\b/iu,
      /\bvigente desde\b/iu,
      /\bversi[oó]n(?: de| del)?\b/iu,
      /\bfecha\b/iu,
    ],
    months: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bdelegad[oa] de protecci[oó]n de datos/iu, /\bDPO\b/u, /\bDPD\b/u],
  authority: {
    mentioned: [/\bautoridad de control/iu, /\bAgencia Española de Protecci[oó]n de Datos/iu],
  },
};
