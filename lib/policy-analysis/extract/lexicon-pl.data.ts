import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

// JavaScript's \b only knows ASCII letters: words are bounded by letter lookarounds instead.
const E = '(?![\\p{L}])';
// "Article 6(1)(x)" as the Polish text of the RODO and policies cite it: "art. 6 ust. 1 lit. a RODO".
const art6 = (letter: string) =>
  new RegExp(
    `(?<!\\p{L})art(?:ykuł\\p{L}*|\\.)? ?6 ?ust\\.? ?1,? ?(?:lit\\.? ?)?${letter}\\)?(?![\\p{L}\\d])`,
    'iu',
  );
// A word starting with `stem`, unless a denial comes a few words before it: "nie służą do celów
// analitycznych, marketingowych". The look back follows the stem, so it runs only where the stem is.
const notDenied = (stem: string, rest: string) =>
  new RegExp(
    `(?<!\\p{L})${stem}(?<!(?<!\\p{L})(?:nie|ani|bez)(?!\\p{L})[^.;]{0,40}${stem})${rest}`,
    'iu',
  );

/** Polish patterns (the RODO's terms), in our own words; other categories: English. */
export const LEXICON_PL: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'pl',
  dataTypes: {
    // A label with a colon ("E-mail: …") or a channel ("na adres e-mail", "wiadomość e-mail") is
    // the controller's own contact, not data collected.
    contactDetails: [
      /(?<!(?:na adres|pod adres\p{L}*|przez|drogą|wiadomoś\p{L}*|poczt\p{L}*) )(?<![\p{L}-])e-?mail(?:ow\p{L}*)?(?![\p{L}-])(?!\s*:)/iu,
      /(?<!\p{L})numer\p{L}* telefon\p{L}*(?!\s*:)/iu,
      /(?<!\p{L})dan\p{L}* kontaktow\p{L}*/iu,
    ],
    // "imię", not "w imieniu" (on behalf of).
    name: [new RegExp(`(?<!\\p{L})imi(?:ę|enia|eniem)${E}`, 'iu'), /(?<!\p{L})nazwisk\p{L}*/iu],
    identifiers: [
      /(?<!\p{L})adres\p{L}* IP(?!\p{L})/iu,
      /(?<!\p{L})IP[- ]address/iu,
      /(?<!\p{L})identyfikator\p{L}*/iu,
    ],
    billing: [
      /(?<!\p{L})faktur\p{L}*/iu,
      new RegExp(`(?<!\\p{L})dan\\p{L}* (?:rozliczeniow|płatnicz|do płatności|do faktur)`, 'iu'),
      new RegExp(`(?<!\\p{L})informacj\\p{L}* o płatnoś`, 'iu'),
    ],
    postalAddress: [
      /(?<!\p{L})adres\p{L}* (?:zamieszkania|korespondencyjn\p{L}*|do korespondencji|dostawy|zameldowania|pocztow\p{L}*|siedziby)(?!\s*:)/iu,
    ],
    location: [/(?<!\p{L})(?:geo)?lokalizacj\p{L}*/iu, /(?<!\p{L})GPS(?!\p{L})/u],
    browsingCookies: [
      // "bez plików cookies", "żadnych cookies": the policy says it does not use them.
      new RegExp(`(?<!(?:bez|żadnych)(?: plików)? )(?<!\\p{L})cookies?(?!\\p{L})`, 'iu'),
      /(?<!\p{L})ciasteczk/iu,
      new RegExp(`(?<!\\p{L})histori\\p{L}* przeglądania`, 'iu'),
      /(?<!\p{L})odwiedzan\p{L}* (?:stron|podstron)/iu,
      /(?<!\p{L})(?:logi|logów) (?:serwer|systemow)/iu,
      new RegExp(`(?<!\\p{L})dan\\p{L}* o aktywnoś`, 'iu'),
    ],
    device: [
      new RegExp(
        `(?<!\\p{L})(?:typ|rodzaj|wersj)\\p{L}* (?:przeglądarki|urządzeni|systemu operacyjnego)`,
        'iu',
      ),
      new RegExp(`(?<!\\p{L})dan\\p{L}* (?:o |dotycząc\\p{L}* )?urządzeni`, 'iu'),
      /(?<!\p{L})user[- ]agent/iu,
    ],
    financial: [
      /(?<!\p{L})(?:numer\p{L}* )?(?:rachun\p{L}*|kont\p{L}*) bankow/iu,
      new RegExp(`(?<!\\p{L})kart\\p{L}* (?:płatnicz|kredytow|debetow)`, 'iu'),
      /(?<!\p{L})IBAN(?!\p{L})/u,
      /(?<!\p{L})(?:dan|informacj|dokument)\p{L}* finansow/iu,
      /(?<!\p{L})histori\p{L}* kredytow/iu,
      new RegExp(`(?<!\\p{L})zdolnoś\\p{L}* (?:finansow|kredytow)`, 'iu'),
    ],
    health: [
      new RegExp(`(?<!\\p{L})dan\\p{L}* (?:o |dotycząc\\p{L}* )?(?:stanu )?zdrowi`, 'iu'),
      /(?<!\p{L})(?:dan|dokumentacj)\p{L}* medyczn/iu,
    ],
    biometric: [
      /(?<!\p{L})biometryczn/iu,
      /(?<!\p{L})odcisk\p{L}* palc/iu,
      /(?<!\p{L})rozpoznawani\p{L}* twarzy/iu,
    ],
    childrenData: [
      new RegExp(
        `(?<!\\p{L})dan\\p{L}* (?:osobow\\p{L}* )?(?:dzieci|małoletni|niepełnoletni)`,
        'iu',
      ),
    ],
    demographics: [
      /(?<!\p{L})dat\p{L}* urodzenia/iu,
      new RegExp(`(?<!\\p{L})(?:płeć|płci)${E}`, 'iu'),
    ],
    credentials: [
      new RegExp(`(?<!\\p{L})hasł(?:o|a|em|ami)?${E}`, 'iu'),
      new RegExp(`(?<!\\p{L})nazw\\p{L}* użytkownika`, 'iu'),
      /(?<!\p{L})dan\p{L}* (?:do )?logowania/iu,
    ],
    communications: [
      new RegExp(`(?<!\\p{L})tre(?:ść|ści) (?:wiadomoś|korespondencj|zapyta|rozm)`, 'iu'),
      // not "adres do korespondencji" (a postal address)
      /(?<!adres\p{L}* do )(?<!\p{L})korespondencj\p{L}*/iu,
      new RegExp(`(?<!\\p{L})histori\\p{L}* rozmów`, 'iu'),
    ],
    purchaseHistory: [
      new RegExp(`(?<!\\p{L})histori\\p{L}* (?:zakupów|zamówień|transakcji)`, 'iu'),
      /(?<!\p{L})(?:dokonanych|wcześniejszych) zakup/iu,
    ],
    governmentId: [
      /(?<!\p{L})PESEL(?!\p{L})/u,
      /(?<!\p{L})dowod\p{L}* osobist/iu,
      /(?<!\p{L})paszport/iu,
      new RegExp(`(?<!\\p{L})dokument\\p{L}* tożsamości`, 'iu'),
    ],
  },
  purposes: {
    serviceProvision: [
      /(?<!\p{L})(?:wykonani|realizacj|zawarci)\p{L}* (?:i wykonani\p{L}* )?umow/iu,
      new RegExp(`(?<!\\p{L})świadczeni\\p{L}* usług`, 'iu'),
      new RegExp(`(?<!\\p{L})realizacj\\p{L}* zamówie`, 'iu'),
      /(?<!\p{L})(?:założeni|prowadzeni|obsług)\p{L}* kont(?:a|em|o)(?!\p{L})/iu,
      /(?<!\p{L})(?:organizacj|przeprowadzeni|realizacj)\p{L}*[^.;]{0,30}(?:konkurs|wydarzeni|szkoleni)/iu,
    ],
    marketing: [
      notDenied('marketing', '\\p{L}*'),
      /(?<!\p{L})newslett/iu,
      /(?<!\p{L})biuletyn/iu,
      notDenied('promo', '(?:cj|cyjn|wani)\\p{L}*'),
      /(?<!\p{L})(?:ofert|informacj)\p{L}* handlow/iu,
    ],
    partnerOffers: [
      /(?<!\p{L})ofert\p{L}*[^.;]{0,60}(?<!\p{L})partner/iu,
      /(?<!\p{L})partner\p{L}*[^.;]{0,40}(?<!\p{L})ofert/iu,
    ],
    analytics: [
      notDenied('anality', '(?:k|czn)\\p{L}*'),
      notDenied('statysty', '\\p{L}*'),
      new RegExp(`(?<!\\p{L})analiz\\p{L}* (?:ruchu|zachowań|korzystania|odwiedzin)`, 'iu'),
      /(?<!\p{L})Analytics(?!\p{L})/u,
      new RegExp(
        `(?<!\\p{L})(?:doskonaleni|ulepszani|popraw|rozw[oó]j)\\p{L}* (?:usług|funkcjonalnoś|jakoś|naszych|strony|serwisu|aplikacji)`,
        'iu',
      ),
    ],
    security: [
      new RegExp(
        `(?<!\\p{L})bezpieczeństw\\p{L}*(?: i \\p{L}+)? (?:serwisu|systemów|systemu|strony|transakcji|IT|usług|sieci)${E}`,
        'iu',
      ),
      /(?<!\p{L})oszust/iu,
      new RegExp(`(?<!\\p{L})nadużyć|(?<!\\p{L})nadużyci`, 'iu'),
    ],
    legalObligation: [
      new RegExp(`(?<!\\p{L})obowiąz\\p{L}* prawn\\p{L}*`, 'iu'),
      new RegExp(
        `(?<!\\p{L})obowiązk\\p{L}* (?:wynikając\\p{L}* z przepisów|ustawow|podatkow|księgow|rachunkow)`,
        'iu',
      ),
      new RegExp(`(?<!\\p{L})prani\\p{L}* pieniędzy`, 'iu'),
    ],
    personalisation: [
      /(?<!\p{L})personaliz\p{L}*/iu,
      /(?<!\p{L})dostosow\p{L}* (?:treści|ofert|reklam)/iu,
    ],
    advertising: [
      /(?<!\p{L})reklam\p{L}*/iu,
      /(?<!\p{L})(?:re)?marketing(?:u)? behawioraln|(?<!\p{L})retargeting|(?<!\p{L})remarketing/iu,
    ],
    customerSupport: [
      new RegExp(`(?<!\\p{L})obsług\\p{L}* (?:klient|zapytań|zgłoszeń|reklamacji)`, 'iu'),
      new RegExp(`(?<!\\p{L})odpowi\\p{L}* na (?:zapytani|pytani|pytań|wiadomoś)`, 'iu'),
      new RegExp(`(?<!\\p{L})udzieleni\\p{L}* odpowiedzi`, 'iu'),
      new RegExp(`(?<!\\p{L})(?:kontakt|komunikacj)\\p{L}* z (?:klient|użytkownik|Tobą)`, 'iu'),
      /(?<!\p{L})rozpatr\p{L}* (?:reklamacji|zapytań|zgłoszeń)/iu,
    ],
    surveys: [
      /(?<!\p{L})ankiet\p{L}*/iu,
      /(?<!\p{L})badani\p{L}* (?:satysfakcji|opinii|rynku)/iu,
      /(?<!\p{L})kwestionariusz/iu,
    ],
  },
  legalBases: {
    // "zgoda", not "zgodnie z" (in accordance with) nor "zgodność"; nor the controller's own
    // consent ("bez zgody Administratora").
    consent: [
      new RegExp(`(?<!\\p{L})zgod(?:a|y|ę|zie|ą)${E}(?! (?:Administrator|Spółk|nasz))`, 'iu'),
      art6('a'),
    ],
    contract: [
      /(?<!\p{L})(?:wykonani|realizacj)\p{L}* umow/iu,
      /(?<!\p{L})przed zawarciem umowy/iu,
      art6('b'),
    ],
    legalObligation: [new RegExp(`(?<!\\p{L})obowiąz\\p{L}* prawn\\p{L}*`, 'iu'), art6('c')],
    vitalInterest: [new RegExp(`(?<!\\p{L})żywotn\\p{L}* interes`, 'iu'), art6('d')],
    publicTask: [/(?<!\p{L})interes\p{L}* publiczn/iu, /(?<!\p{L})władzy publicznej/iu, art6('e')],
    legitimateInterest: [/(?<!\p{L})(?:prawnie )?uzasadnion\p{L}* interes/iu, art6('f')],
  },
  purposeListIntro: [
    /(?<!\p{L})w następujących celach/iu,
    /(?<!\p{L})następujące cele/iu,
    /:\s*$/u,
  ],
  recipients: {
    partners: [/(?<!\p{L})partner\p{L}*/iu],
    processors: [
      /(?<!\p{L})podmiot\p{L}* przetwarzając/iu,
      /(?<!\p{L})procesor\p{L}*/iu,
      /(?<!\p{L})dostawc\p{L}*/iu,
      /(?<!\p{L})podwykonawc\p{L}*/iu,
      new RegExp(`(?<!\\p{L})(?:podmiot|firm)\\p{L}* świadcząc\\p{L}*`, 'iu'),
      /(?<!\p{L})powierz\p{L}* przetwarzani/iu,
      /(?<!\p{L})hosting/iu,
    ],
    authorities: [
      new RegExp(
        `(?<!\\p{L})organ\\p{L}* (?:publiczn|państwow|ścigania|nadzoru finansowego|podatkow|administracji)`,
        'iu',
      ),
      new RegExp(`(?<!\\p{L})(?:sąd|sądy|sądom|sądów)${E}`, 'iu'),
      /(?<!\p{L})policj\p{L}*/iu,
      new RegExp(`(?<!\\p{L})(?:urząd|urzęd|urzęd\\p{L}*) skarbow`, 'iu'),
      /(?<!\p{L})prokuratur/iu,
    ],
    affiliates: [
      new RegExp(`(?<!\\p{L})spół\\p{L}* (?:zależn|powiązan|z grupy|dominując)`, 'iu'),
      /(?<!\p{L})grup\p{L}* kapitałow/iu,
      new RegExp(`(?<!\\p{L})podmiot\\p{L}* powiązan`, 'iu'),
    ],
    advertisers: [/(?<!\p{L})reklamodawc/iu, /(?<!\p{L})(?:sieci|partner)\p{L}* reklamow/iu],
    thirdParties: [/(?<!\p{L})(?:podmiot|stron|osob|firm)\p{L}* trzeci\p{L}*/iu],
  },
  sharing: [
    new RegExp(`(?<!\\p{L})udostępn\\p{L}*`, 'iu'),
    /(?<!\p{L})przekaz\p{L}*/iu,
    /(?<!\p{L})powierz\p{L}*/iu,
    /(?<!\p{L})odbiorc\p{L}*/iu,
    /(?<!\p{L})sprzeda\p{L}*/iu,
    /(?<!\p{L})ujawni\p{L}*/iu,
  ],
  sources: {
    fromYou: [
      /(?<!\p{L})(?:podan|przekazan|wprowadzon)\p{L}* (?:przez (?:Ciebie|Pana|Panią|Państwa|Użytkownika|Usługobiorcę)|w formularzu)/iu,
      /(?<!\p{L})(?:podajesz|przekazujesz|wprowadzasz|udostępniasz)(?!\p{L})/iu,
      /(?<!\p{L})bezpośrednio od (?:Ciebie|Pana|Pani|Państwa|osoby)/iu,
    ],
    automatically: [
      /(?<!\p{L})automatycznie (?:zbier|gromadz|rejestr|zapis|pobier|przetwarz)/iu,
      /(?<!\p{L})(?:zbier|gromadz|rejestr|zapis)\p{L}* automatycznie/iu,
      /(?<!\p{L})(?:przy|podczas) korzystani\p{L}* ze? (?:Stron|Serwis|aplikacj)/iu,
    ],
    partners: [
      /(?<!\p{L})od (?:naszych )?(?:partnerów|podmiotów trzecich|osób trzecich|stron trzecich)/iu,
      /(?<!\p{L})(?:z|od) (?:\p{L}+ )?biur\p{L}* informacji/iu,
    ],
    publicSources: [
      new RegExp(`(?<!\\p{L})(?:publicznie|ogólnie) dostępn|(?<!\\p{L})ogólnodostępn`, 'iu'),
      new RegExp(`(?<!\\p{L})źród\\p{L}* publiczn|(?<!\\p{L})rejestr\\p{L}* publiczn`, 'iu'),
    ],
    socialNetworks: [
      /(?<!\p{L})(?:logowani|zalogowa|rejestracj)\p{L}* (?:za pomocą|przez|z użyciem) (?:konta )?(?:Facebook|Google|Apple|LinkedIn)/iu,
      /(?<!\p{L})(?:z|od) (?:serwisów|mediów|portali) społecznościow/iu,
    ],
  },
  security: {
    https: [
      /(?<!\p{L})HTTPS(?!\p{L})/u,
      /(?<!\p{L})TLS(?!\p{L})/u,
      /(?<!\p{L})SSL(?!\p{L})/u,
      new RegExp(`(?<!\\p{L})(?:szyfrowan|bezpieczn)\\p{L}* połącze`, 'iu'),
    ],
    encryption: [/(?<!\p{L})(?:za)?szyfrow\p{L}*/iu, /(?<!\p{L})kryptograf/iu],
    anonymisation: [/(?<!\p{L})(?:z)?anonimiz\p{L}*/iu, /(?<!\p{L})anonimow/iu],
    pseudonymisation: [/(?<!\p{L})(?:s)?pseudonimiz/iu],
    accessControl: [
      new RegExp(`(?<!\\p{L})(?:ograniczeni|kontrol)\\p{L}* dostępu`, 'iu'),
      new RegExp(`(?<!\\p{L})dostęp\\p{L}*[^.;]{0,40}upoważnion`, 'iu'),
      /(?<!\p{L})uwierzytelniani\p{L}* (?:wieloskładnikow|dwuskładnikow)/iu,
      new RegExp(`(?<!\\p{L})uprawnie\\p{L}* dostępu`, 'iu'),
    ],
    monitoring: [
      /(?<!\p{L})firewall|(?<!\p{L})zapor\p{L}* sieciow/iu,
      /(?<!\p{L})monitor\p{L}* (?:system|sieci|infrastruktur)/iu,
      new RegExp(`(?<!\\p{L})wykrywani\\p{L}* (?:intruzów|włamań|zagrożeń)`, 'iu'),
      new RegExp(`(?<!\\p{L})audyt\\p{L}* bezpieczeństwa`, 'iu'),
      new RegExp(`(?<!\\p{L})podatnoś\\p{L}*`, 'iu'),
    ],
  },
  rights: {
    information: [/\bprawo do informacji/iu],
    access: [/\bdostęp/iu],
    rectification: [/\bsprostowani/iu, /\bpoprawieni/iu],
    erasure: [/\busunięci/iu, /\bbycia zapomnianym/iu],
    restriction: [/\bograniczeni/iu],
    objection: [/\bsprzeciw/iu],
    portability: [/\bprzenoszeni/iu],
    automatedDecisions: [/\bzautomatyzowan/iu],
    withdrawConsent: [
      /(?<!\p{L})(?:cofn|wycofa|odwoła)\p{L}*[^.;]{0,40}zgod/iu,
      /(?<!\p{L})zgod\p{L}*[^.;]{0,60}(?<!\p{L})(?:cofn|wycofa|odwoła)/iu,
    ],
    complaint: [/\bskarg/iu],
    complaintToAuthority: [
      /\bPrezesa Urzędu Ochrony Danych/iu,
      /\borganu nadzorczego/iu,
      /\bUODO\b/u,
    ],
  },
  rightsContext: [/\bpraw[oa]?\b/iu, /\bprzysługuje/iu, /\bskarg/iu],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\bprzekaz/iu, /\bpaństw trzecich/iu, /\bpoza/iu],
    negation: [/\b(?:nie|żadn\w*|nigdy|bez)(?![\p{L}])/iu],
    conditional: [/^\s*(?:jeżeli|jeśli|w przypadku|gdyby)(?![\p{L}])/iu],
    outsideEea: [
      /\bpoza (?:Europejski Obszar Gospodarczy|EOG|Unię Europejską|UE)/iu,
      /\bpaństw(?:a|ie)? trzeci/iu,
      /\bStan(?:ach|y) Zjednoczon/iu,
    ],
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])(?:Stan(?:y|ach|ów|ami) Zjednoczon\p{L}*)(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/(?<![\p{L}])Indi(?:e|ach|i)(?![\p{L}])/u],
        CN: [/(?<![\p{L}])Chin(?:y|ach)(?![\p{L}])/u],
        SG: [/\bSingapur\p{L}*/u],
        AU: [/\bAustrali\p{L}*/u],
      },
      recipient: [
        /(?<![\p{L}])przekaz/iu,
        /(?<![\p{L}])(?:dostawc|podmiot\p{L}* przetwarzając|odbiorc|podprzetwarzając)/iu,
        /\bhosting/iu,
        /(?<![\p{L}])serwer/iu,
        /(?<![\p{L}])udostępn/iu,
        /(?<![\p{L}])(?:podmiot\p{L}*|stron\p{L}*) trzeci/iu,
        /(?<![\p{L}])(?:świadczon|obsługiwan|dostarczan)\p{L}* przez/iu,
        /(?<![\p{L}])korzyst\p{L}* z usług/iu,
        /(?<![\p{L}])korzystamy\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:my|nas|nasz)\s*["”“»’‘']/iu,
        /(?<![\p{L}])(?:serwis|stron\p{L}*|aplikacj\p{L}*)\b[^.]{0,60}\bjest (?:prowadzon|obsługiwan)/iu,
        // "Administrator" is the subject of most Polish sentences: only "X jest administratorem",
        // "Administratorem danych jest X".
        /(?<![\p{L}])administratorem(?![\p{L}])|(?<![\p{L}])administrator\p{L}* danych[^.]{0,40}(?:jest|:)/iu,
        /(?<![\p{L}])przedstawiciel/iu,
        /(?<![\p{L}])(?:kim jesteśmy|o nas)(?![\p{L}])/iu,
        /(?<![\p{L}])siedzib\p{L}* (?:naszej|spółki)/iu,
        /(?<![\p{L}])(?:pytani\p{L}*|pytań|napisać|kontakt\p{L}*|pocztą)(?![\p{L}])/iu,
        /(?<![\p{L}])prawo właściwe/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /(?<![\p{L}])spółk\p{L}* (?:zależn|dominując)/iu,
        /(?<![\p{L}])(?:użytkownik|klient)\p{L}* (?:z|w) (?:UE|EOG|Unii|Europejski)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  profiling: [/(?<!\p{L})profilowani\p{L}*/iu, /(?<!\p{L})profiluj\p{L}*/iu],
  automatedDecisions: [
    /(?<!\p{L})zautomatyzowan\p{L}* (?:podejmowani\p{L}* decyzji|decyzj\p{L}*|indywidualn\p{L}* decyzj)/iu,
    /(?<!\p{L})decyzj\p{L}*[^.;]{0,40}(?:wyłącznie|jedynie) (?:na zautomatyzowan|w sposób zautomatyzowan|automatyczn)/iu,
    /(?<!\p{L})opiera się wyłącznie na zautomatyzowanym przetwarzaniu/iu,
  ],
  // The partners' own offers or marketing (the genitive: "oferty naszych partnerów", "dla celów
  // marketingowych podmiotów trzecich", "w ich własnych celach marketingowych"), not a sentence that
  // names partners and, elsewhere, the controller's marketing ("udostępnienie danych Partnerom
  // wydarzenia oraz inne cele marketingowe" says nothing of the partners' offers).
  partnerMarketing: {
    partners: [/(?<!\p{L})partner\p{L}*/iu, /(?<!\p{L})(?:podmiot|stron|osob)\p{L}* trzeci/iu],
    marketing: [
      /(?<!\p{L})(?:ofert|reklam|newslett)\p{L}* (?:naszych |zaufanych |wybranych )?(?:partner|podmiot\p{L}* trzeci|osób trzecich)/iu,
      /(?<!\p{L})(?:cel\p{L}*|działa\p{L}*) (?:marketingow|reklamow|promocyjn)\p{L}* (?:naszych |zaufanych |wybranych )?(?:partner|podmiot\p{L}* trzeci|osób trzecich)/iu,
      /(?<!\p{L})(?:ich|swoich|własn)\p{L}* (?:cel\p{L}* )?(?:marketingow|reklamow|promocyjn|ofert)/iu,
      /(?<!\p{L})marketing\p{L}* (?:produktów|usług) (?:naszych )?(?:partner|podmiot\p{L}* trzeci)/iu,
    ],
  },
  partnersListPromised: [
    /(?<!\p{L})(?:list|wykaz)\p{L}* (?:naszych |wszystkich )?(?:\p{L}+ )?partnerów/iu,
  ],
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:maksymalnie|maks\.|do|nie dłużej niż|najwyżej|nie więcej niż|w ciągu|w terminie)\s*$/iu,
    min: /(?:co najmniej|minimum|przynajmniej|nie krócej niż|nie mniej niż)\s*$/iu,
    range: /do|i|-|–/u,
    age: {
      before: /(?:poniżej|powyżej|wieku|ukończeni[ae]|ukończył\p{L}*|ukończone)\s*$/iu,
      after: /^[\s-]*(?:roku życia|lat życia|życia|lub więcej)(?!\p{L})/iu,
    },
    numbers: {
      jeden: 1,
      jedna: 1,
      jednego: 1,
      jednej: 1,
      dwa: 2,
      dwie: 2,
      dwóch: 2,
      trzy: 3,
      trzech: 3,
      cztery: 4,
      czterech: 4,
      pięć: 5,
      pięciu: 5,
      sześć: 6,
      sześciu: 6,
      siedem: 7,
      siedmiu: 7,
      osiem: 8,
      ośmiu: 8,
      dziewięć: 9,
      dziewięciu: 9,
      dziesięć: 10,
      dziesięciu: 10,
      dwanaście: 12,
      dwunastu: 12,
      piętnaście: 15,
      piętnastu: 15,
      szesnaście: 16,
      osiemnaście: 18,
      dwadzieścia: 20,
      dwudziestu: 20,
      trzydzieści: 30,
      trzydziestu: 30,
      sześćdziesiąt: 60,
      dziewięćdziesiąt: 90,
    },
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:odpowiedzi(?!aln)|odpowiedź|odpowiadamy|odpowiemy)/iu,
      within: /(?:w terminie|w ciągu|w przeciągu)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:żądani[ea]|prawo|prawa|wniosek|żądać) (?:do )?)(?<!\p{L})(?:przechow(?:yw|uj|an)|usuwa|usunię|usunąć|anonimiz|zniszcz|archiwiz|wygasa|okres(?:u|ie)? (?:niezbędn|przechowywania|przedawnienia)|przez czas niezbędny|przetwarzane (?:będą )?przez)/giu,
      other:
        /(?<!\p{L})(?:odpowiemy|odpowiadamy|udzielimy odpowiedzi|zwrot|sąd|odpowi(?:emy|adamy|edzieć|e)(?!\p{L})|rozpatrz|przedłuż\p{L}* o(?!\p{L})|powiadomimy|powiadomić|poinformujemy|zapyta\p{L}*,? czy|wypowiedzeni|regulamin|okres próbny|odnowi)/giu,
      before: /^\s*(?:przed|wcześniej|z wyprzedzeniem)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:co)\s*$/iu,
    },
    context: [
      /\bprzechow(?:yw|uj)/iu,
      /\bprzetwarzane (?:będą )?przez/iu,
      /\bokres/iu,
      /\busuwa/iu,
    ],
    units: {
      D: /dni|dzień/,
      W: /tygodni(?:e)?|tydzień/,
      M: /miesiąc(?:e|y)?|miesięcy/,
      Y: /lat(?:a)?|rok(?:u)?/,
    },
    lastOne:
      /(?<!\p{L})(?:w|przez|w ciągu) (?:ostatni(?:m|ego)?|ubiegł(?:ym|ego)?) (roku|rok|miesiącu|miesiąca|miesiąc|tygodniu|tygodnia|tydzień|dniu|dnia|dzień)(?!\p{L})/iu,
  },
  children: {
    // "lat" (years) is no cue: "10 lat" is as often a retention period as an age.
    context: [/\bdzieci\b/iu, /\bmałoletni/iu, /\bniepełnoletni/iu, /\bukończ/iu, /\bwiek/iu],
    age: [/\bponiżej (\d{1,2}) (?:roku|lat)/iu, /\b(\d{1,2}) (?:roku życia|lat)\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /\bostatni(?:a|ej)? (?:aktualizacj|zmian|modyfikacj)/iu,
      /\bzaktualizowan[aoy]/iu,
      /\bobowiązuje od\b/iu,
      /\bwersja\b/iu,
      /\bdata\b/iu,
      /\bz dnia\b/iu,
    ],
    months: {
      stycznia: 1,
      styczeń: 1,
      lutego: 2,
      luty: 2,
      marca: 3,
      marzec: 3,
      kwietnia: 4,
      kwiecień: 4,
      maja: 5,
      maj: 5,
      czerwca: 6,
      czerwiec: 6,
      lipca: 7,
      lipiec: 7,
      sierpnia: 8,
      sierpień: 8,
      września: 9,
      wrzesień: 9,
      października: 10,
      październik: 10,
      listopada: 11,
      listopad: 11,
      grudnia: 12,
      grudzień: 12,
    },
    dayFirst: true,
  },
  dpo: [/\binspektor(?:a)? ochrony danych/iu, /\bIOD\b/u, /\bDPO\b/u],
  authority: { mentioned: [/\bPrezesa Urzędu Ochrony Danych/iu, /\borgan(?:u)? nadzorcz/iu] },
};
