import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

const E = '(?![\\p{L}])';

/**
 * GDPR art. 6(1) by its letter:
 * "art. 6, par. 1, lett. a)", "articolo 6, comma 1, lettera b)", "art. 6.1.c)".
 */
const article6 = (letter: string): RegExp =>
  new RegExp(
    String.raw`\bart(?:icolo|\.)?\s?6(?:\s?,?\s?(?:par(?:agrafo|\.)?|comma|co\.)\s?1|\.1|\(1\))\s?,?\s?(?:lett(?:era|\.)?\s?)?\.?\(?${letter}\)?(?![\p{L}\d])`,
    'iu',
  );

/**
 * A denial earlier in the clause ("Non trattiamo dati sanitari né biometrici"): the data type is
 * not collected. Put at the end of a pattern, so it runs only where the pattern matched.
 */
const NOT_DENIED =
  '(?<!(?<![\\p{L}])(?:non|nessun|nessuna|nessuno|mai|né)(?![\\p{L}])[^.;:]{0,400})';
/**
 * The definition of personal data (GDPR Art. 4(1): "…identificata o identificabile … come il nome,
 * un numero di identificazione, dati relativi all'ubicazione…") names examples, not data collected.
 */
const NOT_DEFINITION = '(?<!\\bidentificabile\\b[^.;]{0,300})';
/**
 * "Nel trattamento di dati relativi alla salute, …": a rule for the case, not a statement that
 * such data are processed.
 */
const NOT_GENERIC = '(?<!\\b(?:nel|per il|in caso di) trattamento (?:di|dei) [^.;:]{0,40})';
const notDefinition = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source + NOT_DEFINITION, 'iu');
/** A sensitive data type (shown first in the summary): neither denied nor only defined. */
const stated = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source + NOT_GENERIC + NOT_DENIED + NOT_DEFINITION, 'iu');

/**
 * A purpose the clause denies ("Non utilizziamo i tuoi dati per finalità pubblicitarie"), unless an
 * exception follows ("… senza il tuo consenso"): read only for marketing and advertising, which
 * policies deny most often.
 */
const UNLESS_DENIED =
  '(?:(?<!(?<![\\p{L}])(?:non|mai|né)(?![\\p{L}])[^.;:]{0,80})|(?=[^.;]{0,80}(?<![\\p{L}])(?:senza|salvo|tranne|eccetto)(?![\\p{L}])))';
const unlessDenied = (pattern: RegExp): RegExp => new RegExp(pattern.source + UNLESS_DENIED, 'iu');
/** Not the copy of an ID document sent to prove who asks to exercise a right. */
const NOT_ID_COPY = '(?<!\\bcopia (?:del|di un|di una|della|dello|di) (?:suo |tuo |proprio )?)';
const idDocument = (pattern: RegExp): RegExp =>
  stated(new RegExp(NOT_ID_COPY + pattern.source, 'iu'));

/** Italian patterns, in our own words: the GDPR's Italian terms and those of Italian policies. */
export const LEXICON_IT: ExtractLexicon = {
  language: 'it',
  dataTypes: {
    contactDetails: [
      // Not the channel ("via e-mail") nor the controller's own address after it.
      /(?<!\b(?:via|per|tramite|mezzo|una|un) |\bun['’])\b(?:indirizz[oi] (?:e-?mail|di posta elettronica)|e-?mail)\b(?!\s*:?\s*[*<[(]?[\w.+-]+@)(?!\s+(?:indicat|sopra|seguente|del titolare|del responsabile))/iu,
      /\b(?:numer[oi]|recapit[oi]) (?:di )?(?:telefon|cellulare)/iu,
      // Not "Titolare del trattamento e dati di contatto", the controller's own.
      /\bdati di contatto\b(?<!\b(?:titolare|responsabile)\b[^.;:]{0,60}dati di contatto)(?! del(?:l['’]|la |lo | )(?:titolare|responsabile|DPO|RPD))/iu,
    ],
    name: [
      /\bnome e cognome/iu,
      /\bcognomi?\b/iu,
      /\bdati anagrafici/iu,
      // An item of a list of data: "nome, cognome", "indirizzo e-mail e nome".
      notDefinition(
        /(?<!\b(?:a|in|per) (?:suo |tuo |il |loro )?)\bnom[ei]\b(?=\s*(?:[,/;.)]|e\b|o\b|$))/iu,
      ),
      notDefinition(/(?:,|\be|\bo)\s+nom[ei]\b(?! (?:di|del|della|dello|dei|utente)\b)/iu),
    ],
    identifiers: [
      notDefinition(/\bindirizz[oi] IP\b/iu),
      notDefinition(/\bIP address/iu),
      notDefinition(/\bidentificativ[oi] (?:del dispositivo|univoc|online|pubblicitari)/iu),
      notDefinition(/\bdati identificativi/iu),
    ],
    billing: [
      /\bfatturazione/iu,
      /\bfatture?\b/iu,
      /\b(?:dati|informazioni|estremi|modalità|importo|causale) (?:di|del|relativi al) pagamento/iu,
    ],
    postalAddress: [
      /\bindirizz[oi] (?:postale|di residenza|di domicilio|di spedizione|di consegna|di fatturazione)/iu,
      /\bcodice postale|\bCAP\b/u,
    ],
    location: [
      stated(/\bgeolocalizza/iu),
      stated(/\bGPS\b/u),
      stated(/\bdati (?:di|sulla|relativi alla) (?:posizione|localizzazione)/iu),
      stated(/\bposizione (?:geografica|precisa|approssimativa) /iu),
    ],
    browsingCookies: [
      /\bcookies?\b/iu,
      /\bdati (?:di|sulla) navigazione/iu,
      /\b(?:file di )?log\b/iu,
      /\bpagine (?:visitate|consultate)/iu,
    ],
    device: [
      /\bsistem[ai] operativ[oi]/iu,
      /\b(?:tipo|modello|versione|caratteristiche|identificativo|dati|informazioni) (?:di|del|sul) (?:tuo |suo )?(?:browser|dispositivo|terminale)/iu,
      /\buser[- ]agent/iu,
    ],
    financial: [
      stated(/\bcart[ae] di (?:credito|debito)/iu),
      stated(/\b(?:coordinate|dati) bancari[ae]?/iu),
      stated(/\bconto corrente/iu),
      stated(/\bdati (?:finanziari|economici)/iu),
      stated(/\bIBAN\b/u),
    ],
    health: [
      stated(/\bdati (?:relativi alla|sulla|riguardanti la|concernenti la|di) salute\b/iu),
      stated(/\bdati (?:sanitari|medici)/iu),
      stated(/\bstato di salute/iu),
    ],
    biometric: [
      stated(/\bbiometric/iu),
      stated(/\bimpronte digitali/iu),
      stated(/\briconoscimento facciale/iu),
    ],
    childrenData: [/\bdati (?:personali )?(?:dei|di) (?:minori|bambini|minorenni)/iu],
    demographics: [
      /\bdata (?:e luogo )?di nascita/iu,
      /\bluogo e data di nascita/iu,
      // Not the legal formula "discriminazione in base al sesso".
      /(?<!\b(?:base al|ragione del|motivi di) )\bsesso\b/iu,
      // "genere" is also a kind ("di questo genere", "in genere").
      /\bgenere\b(?<!\b(?:in|di|questo|quel|qualsiasi|ogni|altro|stesso) genere)(?! di\b)/iu,
      /\bdati demografici/iu,
    ],
    credentials: [
      // Not a strong password as a security measure ("password complesse").
      stated(/\bpassword\b(?! (?:complesse|complessa|sicure|sicura|robuste|robusta))/iu),
      stated(/\bnome utente/iu),
      stated(/\bcredenziali/iu),
      stated(/\busername/iu),
    ],
    communications: [
      /\bcontenuto (?:dei|delle) (?:messaggi|comunicazioni|e-?mail)/iu,
      /\bcorrispondenza/iu,
      /\bmessaggi (?:privati )?(?:inviati|che (?:ci )?invii)/iu,
    ],
    purchaseHistory: [
      /\b(?:storico|cronologia) (?:degli |dei )?(?:acquisti|ordini)/iu,
      /\babitudini (?:di acquisto|di consumo)/iu,
    ],
    governmentId: [
      idDocument(/\b(?:carta|documento) d['’]identità/iu),
      idDocument(/\bdocumento di riconoscimento/iu),
      idDocument(/\bpassaporto/iu),
      idDocument(/\bpatente di guida/iu),
      idDocument(/\bcodice fiscale/iu),
      idDocument(/\btessera sanitaria/iu),
    ],
  },
  purposes: {
    serviceProvision: [
      /\b(?:fornire|erogare|prestare)(?:ti|le|vi)? (?:i |il )?(?:nostri |propri )?servizi?\b/iu,
      /\berogazione (?:dei|del) (?:nostri |propri )?servizi?\b/iu,
      /\besecuzione (?:del|di un|dei) contratt/iu,
      /\bgestione (?:dell['’]ordine|degli ordini|del rapporto|dell['’]account|della registrazione|dell['’]iscrizione)/iu,
      /\bgestire (?:il rapporto|l['’]ordine|gli ordini|l['’]account|la registrazione|l['’]iscrizione)/iu,
    ],
    marketing: [
      /\bnewsletter/iu,
      /\b(?:finalità|attività|scopi|fini|comunicazioni) (?:di )?marketing\b/iu,
      /\bmarketing diretto\b/iu,
      /\bcomunicazioni (?:commerciali|promozionali|pubblicitarie)/iu,
      /\bmateriale (?:pubblicitario|promozionale)/iu,
      /\bofferte (?:commerciali|promozionali|personalizzate)/iu,
      /\bvendita diretta/iu,
    ].map(unlessDenied),
    partnerOffers: [
      /\bofferte?\b[^.;]{0,80}\b(?:partner|società terze|aziende terze)/iu,
      /\b(?:prodotti|servizi) (?:dei nostri |di )?(?:partner|società terze)/iu,
    ].map(unlessDenied),
    analytics: [
      // Not "a fini statistici", the Regulation's research purpose (Art. 89), but the site's own.
      /(?<!\b(?:fini|scopi) )\bstatistic/iu,
      /\banalitic[io]\b/iu,
      /\banalisi (?:statistic|dell['’]utilizzo|del traffico|dell['’]uso)/iu,
      /\banalizzare (?:l['’]uso|l['’]utilizzo|il traffico|la navigazione|le visite|il comportamento)/iu,
      /\bmigliora(?:re|mento) (?:dei |i |il |la |le |del |della |delle |nostri |nostro |l['’])(?:\p{L}+ )?(?:servizi|prodotti|sito|qualità|esperienza)/iu,
    ],
    security: [
      /\bfrod[ei]\b/iu,
      /\b(?:finalità|scopi|motivi) di sicurezza/iu,
      /\bsicurezza (?:del sito|dei sistemi|della piattaforma|dei servizi|informatica|della rete)/iu,
      /\bprevenire (?:frodi|abusi)/iu,
    ],
    legalObligation: [
      /(?<!\b(?:salvo|tranne|eccetto) (?:per |in caso di |ove (?:sussista|vi sia) (?:un )?)?)\bobblighi (?:di legge|legali|normativi|contabili|fiscali)/iu,
      // Not the exception to a denial of sharing ("salvo obbligo di legge").
      /(?<!\b(?:salvo|tranne|eccetto) (?:per |in caso di |ove (?:sussista|vi sia) (?:un )?)?)\bobbligo (?:di legge|legale)/iu,
      /\badempi(?:ere|mento)(?: (?:a|di|degli|agli))? obblighi\b(?! contrattuali)/iu,
    ],
    personalisation: [/\bpersonalizza(?:re|zione|t[oaie])\b/iu],
    advertising: [/\bpubblicit/iu, /\bannunci\b/iu, /\bretargeting\b|\bremarketing\b/iu],
    customerSupport: [
      /\b(?:fornir\p{L}*|prestare|offrir\p{L}*) assistenza/iu,
      /\b(?:servizio|assistenza) clienti/iu,
      /\brispondere (?:alle|a) (?:tue |sue |vostre |eventuali )?(?:richieste|domande)/iu,
      /\brisposta (?:a|alle) (?:tue |sue )?(?:richieste|domande)/iu,
      /\bgestire (?:le )?(?:tue |sue )?(?:richieste|interazioni)/iu,
    ].map(unlessDenied),
    surveys: [
      /\bsondagg/iu,
      /\bquestionari?\b/iu,
      /\bsoddisfazione (?:del cliente|dei clienti|degli utenti)/iu,
    ],
  },
  legalBases: {
    consent: [
      // Not the right to withdraw it, nor a denial ("non necessitano del consenso"), nor the
      // Regulation's formula after it ("la liceità del trattamento basata sul consenso prima della revoca").
      /\bconsens[oi]\b(?<!\b(?:revoc|ritir)\p{L}*[^.;]{0,40}consens[oi])(?<!\b(?:non|senza)\b[^.;:,]{0,40}consens[oi])(?<!\bliceit\p{L}* del trattamento basat[ao] sul consens[oi])/iu,
      article6('a'),
    ],
    contract: [
      /\besecuzione (?:del|di un|dei) contratt/iu,
      /\bobblighi contrattuali/iu,
      /\bmisure precontrattuali/iu,
      /\brapporto contrattuale/iu,
      article6('b'),
    ],
    legalObligation: [
      // Not the exception to a denial of sharing ("salvo obbligo di legge").
      /(?<!\b(?:salvo|tranne|eccetto) (?:per |in caso di |ove (?:sussista|vi sia) (?:un )?)?)\bobbligo (?:di legge|legale)/iu,
      /(?<!\b(?:salvo|tranne|eccetto) (?:per |in caso di |ove (?:sussista|vi sia) (?:un )?)?)\bobblighi (?:di legge|legali)/iu,
      article6('c'),
    ],
    vitalInterest: [/\binteress[ei] vital[ei]/iu, article6('d')],
    publicTask: [
      // Not "interesse pubblico" in general: the task, or public powers.
      /\bcompit[oi]\b[^.;]{0,30}\binteresse pubblico/iu,
      /\bpubblici poteri|\bpoteri pubblici/iu,
      /\bbase giuridica\b[^.;]{0,30}\binteresse pubblico/iu,
      article6('e'),
    ],
    legitimateInterest: [/\blegittimo interesse/iu, /\binteress[ei] legittim[oi]/iu, article6('f')],
  },
  purposeListIntro: [/\bseguenti finalità/iu, /\bfinalità seguenti/iu, /:\s*$/u],
  recipients: {
    partners: [/\bpartner\b/iu],
    processors: [
      // The processor, in the Regulation's Italian; not "responsabile della protezione dei dati".
      /\bresponsabil[ei] (?:esterni |esterno )?(?:del|al) trattamento/iu,
      /\bfornitor[ei]\b/iu,
      /\bsocietà (?:di consulenza|informatiche|esterne)/iu,
      // "nominati Responsabili": the defined term; not the DPO.
      /\bresponsabili\b(?! (?:della|per la) protezione)/iu,
      /\bsoggetti (?:terzi |esterni )?che forniscono (?:un |dei )?serviz/iu,
    ],
    authorities: [
      /\bautorità (?:giudiziari[ae]|competenti|pubbliche|di pubblica sicurezza)/iu,
      /\bforze dell['’]ordine/iu,
      /\benti pubblici/iu,
      /\bpubblic(?:a|he) amministrazion[ei]/iu,
      /\borgani (?:di polizia|giudiziari)/iu,
    ],
    affiliates: [
      /\bsocietà (?:del gruppo|controllate|collegate|controllanti|affiliate)/iu,
      /\bgruppo societario/iu,
    ],
    advertisers: [/\binserzionisti/iu, /\b(?:reti|concessionarie) pubblicitarie/iu],
    thirdParties: [/(?<!\bpaes[ie] )\bterzi\b/iu, /\bterze parti/iu, /\bsocietà terze/iu],
  },
  sharing: [
    // "comunicazione": the Regulation's word for disclosure; not "comunicazioni" (messages).
    /\bcomunica(?:re|ti|te|to|ta|zione|mo|no)\b/iu,
    /\bcondivi(?:dere|diamo|dono|si|se|so|sa)\b(?![^.]{0,30}con noi)/iu,
    /\bcedu(?:ti|te)\b|\bcessione/iu,
    /\btrasferi(?:re|ti|te|to|ta|amo|mento)\b/iu,
    /\bdestinatari/iu,
    /\bdiffus[ie]\b/iu,
    /\bdivulga/iu,
    /\bvend(?:ere|iamo|uti)\b/iu,
    /\bmess[ie] a disposizione/iu,
  ],
  sources: {
    fromYou: [
      // "che ci fornisci"; not "questa sezione fornisce informazioni".
      /\bci (?:fornisci|fornisce|comunichi|comunica|invii|invia|conferisci|conferisce)\b/iu,
      /\b(?:forniti|conferiti|comunicati) (?:direttamente )?dall['’](?:utente|interessato)/iu,
      /\bda (?:te|lei) (?:forniti|comunicati)/iu,
      /\b(?:raccolti|ottenuti) (?:direttamente )?presso l['’]interessato/iu,
    ],
    automatically: [
      /\bautomaticamente/iu,
      /\bin (?:modo|maniera) automatic[oa]/iu,
      /\bquando (?:navighi|visiti|utilizzi)\b/iu,
    ],
    partners: [
      /\b(?:raccolti|ottenuti|ricevuti|acquisiti|provenienti) (?:da|tramite|presso) (?:nostri |soggetti |società )?(?:partner|terzi|terze parti)\b/iu,
    ],
    publicSources: [
      /\bfonti (?:pubbliche|accessibili al pubblico)/iu,
      /\b(?:pubblici registri|registri pubblici)/iu,
      /\bpubblicamente (?:disponibili|accessibili)/iu,
    ],
    socialNetworks: [
      /\b(?:account|profil[oi]|login|registrazione)\b[^.;]{0,40}\bsocial (?:network|media)/iu,
      /\b(?:accedere|accesso|login|registrarsi) (?:tramite|con) (?:il tuo account )?(?:Facebook|Google|Apple)/iu,
    ],
  },
  security: {
    https: [
      /\bHTTPS\b/u,
      /\bTLS\b/u,
      /\bSSL\b/u,
      /\bprotocoll[oi] sicur/iu,
      /\bconnessione sicura/iu,
    ],
    encryption: [/\bcifra(?:t[oaie]|tura|re)\b/iu, /\bcrittogra/iu, /\bcriptat/iu],
    anonymisation: [
      /\banonimizza/iu,
      /\b(?:forma|modo|dati) anonim[oia]/iu,
      /\baggregata e anonima/iu,
    ],
    pseudonymisation: [/\bpseudonimizza/iu],
    accessControl: [
      /\bcontroll[oi] (?:degli |di )?access[oi]/iu,
      /\baccesso\b[^.;]{0,30}\b(?:consentito|riservato|limitato) (?:soltanto|solo|esclusivamente)/iu,
      /\bad accesso (?:vincolato|limitato|riservato|ristretto)/iu,
      /\bpersonale (?:autorizzato|incaricato)/iu,
    ],
    monitoring: [
      /\bfirewall/iu,
      /\bvulnerabilità/iu,
      /\bmonitora(?:ggio|re|mo) (?:dei |i )?(?:sistemi|reti|server)/iu,
      /\brilevamento (?:delle )?intrusioni/iu,
    ],
  },
  // A denial ("non effettua profilazione") still answers GDPR Art. 13(2)(f): no guard here.
  profiling: [/\bprofilazione/iu, /\bprofil[io] (?:dell['’]utente|degli utenti|commerciali)/iu],
  automatedDecisions: [
    /\bdecisioni? (?:basat[ae] (?:unicamente|esclusivamente) su (?:un )?trattament[oi] )?automatizzat/iu,
    /\bprocesso decisionale automatizzato/iu,
  ],
  partnerMarketing: {
    partners: [/\bpartner\b/iu, /(?<!\bpaes[ie] )\bterzi\b/iu, /\bsocietà terze/iu],
    marketing: [
      /\bofferte?\b/iu,
      /\bpromozion/iu,
      /\bnewsletter/iu,
      /\bpubblicit/iu,
      /\bmarketing\b/iu,
      /\bcomunicazioni commerciali/iu,
    ],
  },
  partnersListPromised: [
    /\belenco (?:completo |aggiornato )?(?:dei |delle )?(?:nostri )?(?:partner|società terze|terze parti)\b/iu,
  ],
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
