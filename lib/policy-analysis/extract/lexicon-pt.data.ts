import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

const E = '(?![\\p{L}])';

/** Portuguese patterns (RGPD and LGPD terms), in our own words; other categories: English. */
export const LEXICON_PT: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'pt',
  rights: {
    information: [/\bdireito (?:à|a) informação/iu, /\bdireito de ser informad/iu],
    access: [new RegExp(`\\bacesso${E}`, 'iu'), /\baceder aos (?:seus )?dados/iu, /\bacessar/iu],
    rectification: [/\bretifica/iu, /\brectifica/iu, /\bcorreção/iu, /\bcorrigir/iu],
    erasure: [/\bapagamento/iu, /\beliminação/iu, /\bexclusão/iu, /\besquecimento/iu],
    restriction: [/\blimitação/iu, /\bbloqueio/iu],
    objection: [/\boposição/iu, /\bopor-se/iu],
    portability: [/\bportabilidade/iu],
    automatedDecisions: [
      /\bdecisões? (?:individuais )?automatizad/iu,
      /\btratamento automatizado/iu,
    ],
    withdrawConsent: [
      /\b(?:retir|revog)[^.;]{0,40}consentimento/iu,
      /\bconsentimento[^.;]{0,60}\b(?:revogad|retirad|revogar|retirar|revogável)/iu,
    ],
    complaint: [/\breclamação/iu, /\bqueixa/iu],
    complaintToAuthority: [
      /\bautoridade (?:de controlo|de controle|nacional)/iu,
      /\bCNPD\b/u,
      /\bANPD\b/u,
    ],
  },
  rightsContext: [
    /\bdireitos?\b/iu,
    /\breclamação/iu,
    /\bpode(?:rá)? (?:solicitar|pedir|exercer|opor-se|retirar)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\btransferência/iu, /\btransferid/iu, /\binternaciona/iu],
    negation: [/\b(?:não|nenhum(?:a)?|nunca|nem|sem)(?![\p{L}])/iu],
    conditional: [/^\s*(?:se|caso|na eventualidade)\b/iu],
    outsideEea: [
      /\bfora d[ao] (?:UE|EEE|União Europeia|Espaço Económico Europeu)/iu,
      /\bpaíses terceiros/iu,
      /\bpaís terceiro/iu,
      /\btransferência internacional/iu,
      /\bEstados Unidos/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])(?:EUA|Estados Unidos)(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/(?<![\p{L}])Índia(?![\p{L}])/u],
        CN: [/\bChina\b/u],
        SG: [/\bSingapura\b/u],
        AU: [/(?<![\p{L}])Austrália(?![\p{L}])/u],
      },
      recipient: [
        /\btransferid|\btransferência/iu,
        /\b(?:fornecedor|prestador|subcontratante|operador|destinat[aá]ri|subprocessador)/iu,
        /\balojad|\bhospedad|\balojamento|\bhospedagem/iu,
        /\b(?:fornecido|operado|prestado|disponibilizado) (?:por|pel)/iu,
        /\bservidor/iu,
        /\bterceiros\b/iu,
        /\bpartilh|\bcompartilh/iu,
        /\butilizamos\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:nós|nos|nosso)\s*["”“»’‘']/iu,
        /\b(?:site|sítio|aplicação|aplicativo|plataforma)\b[^.]{0,60}\sé (?:operad|gerid|detid)/iu,
        /\bresponsável pelo tratamento/iu,
        /\bcontrolador\b/iu,
        /\brepresentante/iu,
        /\bquem somos/iu,
        /\bsede social/iu,
        /\bquest(?:ão|ões)|\bperguntas?\b|\bescrever\b|\bcontac?tar\b|\bpor correio\b/iu,
        /\blei aplicável\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\b(?:subsidiária|filial) d/iu,
        /\b(?:empresa|sociedade)[- ]mãe\b/iu,
        /\b(?:utilizadores|usuários|clientes|visitantes|residentes) (?:na|da|do|no) (?:UE|EEE|União|Espaço)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:no máximo|máximo(?: de)?|um máximo de|até(?: ao máximo de)?|não superior a|não mais de|em até|prazo máximo de)\s*$/iu,
    min: /(?:pelo menos|no mínimo|mínimo(?: de)?|um mínimo de|não inferior a)\s*$/iu,
    range: /a|e|-|–/u,
    age: {
      before:
        /(?:menores de|maiores de|idade (?:inferior|superior) a|idade de|idade mínima de)\s*$/iu,
      after: /^[\s-]*(?:de idade|ou mais|completos)(?!\p{L})/iu,
    },
    numbers: {
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      onze: 11,
      doze: 12,
      treze: 13,
      catorze: 14,
      quinze: 15,
      dezesseis: 16,
      dezasseis: 16,
      dezoito: 18,
      vinte: 20,
      'vinte e quatro': 24,
      trinta: 30,
      sessenta: 60,
      noventa: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:respond|resposta)/iu,
      within: /(?:prazo(?: máximo)? de|em até|dentro de|em)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:pedido|direito|solicitação|pedir|solicitar) (?:de |à |a |ao |o )?)(?<!\p{L})(?:conserva|armazena|mantid|guarda|elimina|exclu[íi]d|apaga|anonimiza|destru|expira|vida útil|encerra\p{L}* (?:a |sua |a sua )?conta)/giu,
      other:
        /(?<!\p{L})(?:respond|dispõe de|reembols|tribunal|dispor[aá]s? de|atender(?:emos)? (?:o|a|ao|à|seu|sua)|tramita|prorrog\p{L}* (?:por |em |até )?(?:mais |outros? |um |uma |dois |duas |três |\d)|notificar|avisar|avisaremos|aviso prévio|informar|perguntar\p{L}* se|termos e condições|termos de uso|ação judicial|período de teste|renova)/giu,
      before: /^\s*(?:antes|com antecedência|de antecedência)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:a cada|cada)\s*$/iu,
    },
    context: [
      /\bconserva/iu,
      /\barmazena/iu,
      /\bmantid/iu,
      /\bguarda/iu,
      /\bprazo/iu,
      /\bdurante/iu,
    ],
    units: { D: /dias?/, W: /semanas?/, M: /m[eê]s(?:es)?/, Y: /anos?/ },
    lastOne:
      /(?<!\p{L})(?:no|na|durante o|durante a) (?:último|última|passado|passada) (ano|mês|semana|dia)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bmenores?\b/iu,
      /\bcrianças?(?![\p{L}])/iu,
      /\bidade\b/iu,
      /\bmaior(?:es)? de \d{1,2} anos/iu,
    ],
    age: [/\bmenores de (\d{1,2}) anos/iu, /\b(\d{1,2}) anos\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /(?<![\p{L}])última (?:atualização|actualização|alteração|revisão)/iu,
      /\batualizad[ao] em\b/iu,
      /\bem vigor (?:desde|a partir de)\b/iu,
      /\bvers[aã]o\b/iu,
      /\bdata\b/iu,
    ],
    months: {
      janeiro: 1,
      fevereiro: 2,
      março: 3,
      marco: 3,
      abril: 4,
      maio: 5,
      junho: 6,
      julho: 7,
      agosto: 8,
      setembro: 9,
      outubro: 10,
      novembro: 11,
      dezembro: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bencarregad[oa] (?:pelo tratamento|de proteção)/iu, /\bDPO\b/u, /\bEPD\b/u],
  authority: {
    mentioned: [
      /\bautoridade (?:de controlo|de controle|nacional de proteção)/iu,
      /\bCNPD\b/u,
      /\bANPD\b/u,
    ],
  },
};
