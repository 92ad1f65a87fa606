import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

/** Polish patterns (the RODO's terms), in our own words; other categories: English. */
export const LEXICON_PL: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'pl',
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
  },
  retention: {
    ...LEXICON_EN.retention,
    // the time to answer a request is no retention period
    reply: {
      verb: /(?:odpowiedzi(?!aln)|odpowiedź|odpowiadamy|odpowiemy)/iu,
      within: /(?:w terminie|w ciągu|w przeciągu)\s*$/iu,
    },
    clause: {
      keep: /(?<!(?:żądani[ea]|prawo|prawa|wniosek|żądać) (?:do )?)(?<!\p{L})(?:przechow(?:yw|uj|an)|usuwa|usunię|usunąć|anonimiz|zniszcz|archiwiz|wygasa|okres(?:u|ie)? (?:niezbędn|przechowywania|przedawnienia)|przez czas niezbędny|przetwarzane (?:będą )?przez)/giu,
      other:
        /(?<!\p{L})(?:odpowiemy|odpowiadamy|udzielimy odpowiedzi|rozpatrz|przedłuż\p{L}* o(?!\p{L})|powiadomimy|powiadomić|poinformujemy|zapyta\p{L}*,? czy|wypowiedzeni|regulamin|okres próbny|odnowi)/giu,
      before: /^\s*(?:przed|wcześniej|z wyprzedzeniem)(?!\p{L})/iu,
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
