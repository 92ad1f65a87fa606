import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

const E = '(?![\\p{L}])';

/** Italian patterns, in our own words (the GDPR's Italian terms); other categories: English. */
export const LEXICON_IT: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'it',
  rights: {
    information: [/\bdiritto (?:all['’]|di )informazione/iu, /\bdiritto di essere informat/iu],
    access: [new RegExp(`\\baccesso${E}`, 'iu'), /\baccedere ai (?:suoi |tuoi |propri )?dati/iu],
    rectification: [/\brettifica/iu],
    erasure: [/\bcancellazione/iu, /\bdiritto all['’]oblio/iu, /\bcancellare/iu],
    restriction: [/\blimitazione/iu, /\blimitare il trattamento/iu],
    objection: [/\bopposizione/iu, /\boppor(?:si|ti|re|mi|vi)\b/iu],
    portability: [new RegExp(`\\bportabilità${E}`, 'iu')],
    automatedDecisions: [
      /\bprocesso decisionale automatizzato/iu,
      /\bdecisioni? (?:basat[ae] (?:unicamente )?su (?:un )?trattament[oi] )?automatizzat/iu,
    ],
    withdrawConsent: [
      /\b(?:revoc|ritir)[^.;]{0,40}consenso/iu,
      /\bconsenso[^.;]{0,60}\b(?:revocat|ritirat|revocare|ritirare|revocabile)/iu,
    ],
    complaint: [/\breclamo/iu],
    complaintToAuthority: [
      /\bautorità di controllo/iu,
      /\bGarante (?:per la protezione dei dati personali|privacy)/iu,
    ],
  },
  rightsContext: [
    /\bdiritt[oi]\b/iu,
    /\breclamo/iu,
    /\bpuò (?:chiedere|richiedere|ottenere|esercitare|opporsi|revocare)/iu,
    /\bpuoi (?:chiedere|richiedere|ottenere|esercitare|opporti|revocare)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\btrasferiment/iu, /\btrasferit/iu, /\bpaesi terzi/iu, /\bextra[- ]?(?:UE|SEE)/iu],
    negation: [/\b(?:non|nessun[oa]?|mai|né|senza)(?![\p{L}])/iu],
    conditional: [/^\s*(?:se|qualora|nel caso in cui)\b/iu],
    outsideEea: [
      /\b(?:al di )?fuori (?:dell['’]|della |dello )(?:UE|SEE|Unione Europea|Spazio Economico Europeo)/iu,
      /\bpaesi terzi/iu,
      /\bpaese terzo/iu,
      /\bnon (?:facenti parte|appartenenti) (?:dell['’]|all['’]|alla )(?:UE|Unione Europea|SEE)/iu,
      /\btrasferimento transfrontaliero/iu,
      /\bextra[- ]?(?:UE|SEE)\b/iu,
      /\bStati Uniti/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])Stati Uniti(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/\bIndia\b/u],
        CN: [/\bCina\b/u],
        SG: [/\bSingapore\b/u],
        AU: [/\bAustralia\b/u],
      },
      recipient: [
        /\btrasferi/iu,
        /\b(?:fornitor|responsabil[ei] (?:esterni |esterno )?del trattamento|destinatari|sub-?responsabil)/iu,
        /\bospitat|\bhosting\b/iu,
        /\b(?:gestito|fornito|offerto|erogato) da\b/iu,
        /\bserver\b/iu,
        /\bterz[ei]\b/iu,
        /\bcondivi|\bcomunicat/iu,
        /\butilizziamo\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:noi|nostro)\s*["”“»’‘']/iu,
        /\b(?:sito|applicazione|piattaforma)\b[^.]{0,60}\sè (?:gestit|di propriet|edit)/iu,
        // "Il Titolare" is the subject of most Italian sentences: only "Titolare del trattamento
        // è X".
        /\btitolare del trattamento(?: dei dati)?(?:\s+è|\s*:)|\sè (?:il )?titolare\b/iu,
        /\brappresentante/iu,
        /\bchi siamo/iu,
        /\bnote legali/iu,
        /\bsede legale/iu,
        /\bdomande\b|\bscrivere\b|\bcontattare\b|\bper posta\b/iu,
        /\blegge applicabile\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\bcontrollata d/iu,
        /\b(?:società madre|capogruppo|casa madre)\b/iu,
        /\b(?:utenti|clienti|visitatori|residenti) (?:dell['’]|nell['’]|nella |nello )(?:UE|SEE|Unione|Spazio)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:al massimo|massimo(?: di)?|un massimo di|fino a(?:d| un massimo di)?|non oltre|non superiore a|entro)\s*$/iu,
    min: /(?:almeno|minimo(?: di)?|un minimo di|non meno di|non inferiore a)\s*$/iu,
    range: /a|e|-|–/u,
    age: {
      before: /(?:minori di|età (?:inferiore|superiore) a(?:i)?|età di|età minima di)\s*$/iu,
      after: /^[\s-]*(?:di età|d['’]età|compiuti)(?!\p{L})/iu,
    },
    numbers: {
      un: 1,
      uno: 1,
      una: 1,
      due: 2,
      tre: 3,
      quattro: 4,
      cinque: 5,
      sei: 6,
      sette: 7,
      otto: 8,
      nove: 9,
      dieci: 10,
      undici: 11,
      dodici: 12,
      tredici: 13,
      quattordici: 14,
      quindici: 15,
      sedici: 16,
      diciotto: 18,
      venti: 20,
      ventiquattro: 24,
      trenta: 30,
      sessanta: 60,
      novanta: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:rispond|risposta|riscontr)/iu,
      within: /(?:entro|termine(?: massimo)? di)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:richiest[ae]|diritto|chiedere|istanza) (?:di |alla |la |all['’])?)(?<!\p{L})(?:conserva|conservazione|cancell|mantenut|memorizza|archivia|anonimizza|distru|scad|durata di vita|chiu\p{L}* (?:il |l['’])?account)/giu,
      other:
        /(?<!\p{L})(?:rispond|riscontr|rimbors|tribunal|dispon(?:e|i) di|a (?:sua|tua) disposizione|evader|evas[aei] (?:la|le)? ?richiest|prorog\p{L}* (?:di |per |fino a )?(?:altri |ulteriori |un |una |due |tre |\d)|notificare|notificher|avvisare|avviseremo|preavviso|informarla|informarti|informeremo|chieder\p{L}* se|termini e condizioni|condizioni d['’]uso|azione giudiziaria|prova gratuita|rinnov)/giu,
      before: /^\s*(?:prima|in anticipo|di preavviso)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:ogni|per ogni)\s*$/iu,
    },
    context: [
      /\bconserva/iu,
      /\bconservazione/iu,
      /\bcancell/iu,
      /\bmantenut/iu,
      /\bper (?:un )?periodo/iu,
    ],
    units: { D: /giorn[oi]/, W: /settiman[ae]/, M: /mes[ei]/, Y: /ann[oi]/ },
    lastOne:
      /(?<!\p{L})(?:nell['’]|nel |nella |durante l['’]|durante il |durante la )(?:ultim[oa]|scors[oa]) (anno|mese|settimana|giorno)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bminor[ei]\b/iu,
      /\bbambin[io]\b/iu,
      /\bet[aà](?![\p{L}])/iu,
      /\b(?:almeno|maggiori di) \d{1,2} anni/iu,
    ],
    age: [/\bminori di (\d{1,2}) anni/iu, /\b(\d{1,2}) anni\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /\bultim[oa] (?:aggiornamento|modifica|revisione)/iu,
      /\baggiornat[oa] (?:il|al)\b/iu,
      /\bin vigore (?:dal|a partire dal)\b/iu,
      /\bversione (?:del|aggiornata al)\b/iu,
      /\bdata\b/iu,
    ],
    months: {
      gennaio: 1,
      febbraio: 2,
      marzo: 3,
      aprile: 4,
      maggio: 5,
      giugno: 6,
      luglio: 7,
      agosto: 8,
      settembre: 9,
      ottobre: 10,
      novembre: 11,
      dicembre: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bresponsabile (?:della|per la) protezione dei dati/iu, /\bDPO\b/u, /\bRPD\b/u],
  authority: {
    mentioned: [
      /\bautorità di controllo/iu,
      /\bGarante (?:per la protezione dei dati personali|privacy)/iu,
    ],
  },
};
