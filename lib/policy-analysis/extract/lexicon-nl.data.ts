import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

/** Dutch patterns, in our own words (the AVG's Dutch terms); other categories: English. */
export const LEXICON_NL: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'nl',
  rights: {
    information: [/\brecht op informatie/iu],
    access: [/\binzage/iu, /\brecht op toegang/iu],
    rectification: [/\brectificatie/iu, /\bcorrectie/iu, /\bcorrigeren/iu, /\baanpass/iu],
    erasure: [/\bverwijder/iu, /\bgegevenswissing/iu, /\bvergetelheid/iu, /\bwissen/iu],
    restriction: [/\bbeperking/iu, /\bbeperken/iu],
    objection: [/\bbezwaar/iu],
    portability: [
      /\bovergedragen/iu,
      /\boverdraagbaarheid/iu,
      /\bdataportabiliteit/iu,
      /\bgegevensoverdraagbaarheid/iu,
    ],
    automatedDecisions: [
      /\bgeautomatiseerde (?:individuele )?besluit/iu,
      /\bgeautomatiseerde besluitvorming/iu,
    ],
    withdrawConsent: [
      /\b(?:intrekk|intrek|herroep)[^.;]{0,40}toestemming/iu,
      /\btoestemming\b[^.;]{0,60}\b(?:in(?:trekken|getrokken)|herroepen)/iu,
    ],
    complaint: [/\bklacht/iu],
    complaintToAuthority: [/\btoezichthoud/iu, /\bAutoriteit Persoonsgegevens/iu],
  },
  rightsContext: [
    /\brecht(?:en)?\b/iu,
    /\bklacht/iu,
    /\bu kunt (?:ons )?(?:vragen|verzoeken|bezwaar)/iu,
  ],
  transfers: {
    ...LEXICON_EN.transfers,
    context: [/\bdoorgifte/iu, /\bdoorgegeven/iu, /\bbuiten de/iu, /\binternationa/iu],
    negation: [/\b(?:geen|niet|nooit|zonder)\b/iu],
    conditional: [/^\s*(?:indien|mocht)\b/iu, /\bindien\b[^.]{0,40}\bnoodzakelijk/iu],
    outsideEea: [
      /\bbuiten de (?:EU|EER|Europese (?:Unie|Economische Ruimte))/iu,
      /\bderde landen/iu,
      /\bVerenigde Staten/iu,
    ],
  },
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:maximaal|ten hoogste|hoogstens|tot(?: maximaal)?|uiterlijk(?: na)?|binnen|niet langer dan)\s*$/iu,
    min: /(?:minimaal|ten minste|tenminste|minstens|niet korter dan)\s*$/iu,
    age: {
      before: /(?:jonger dan|ouder dan|leeftijd van|onder de)\s*$/iu,
      after: /^[\s-]*(?:oud|of ouder|en ouder)(?!\p{L})/iu,
    },
    numbers: {
      een: 1,
      één: 1,
      twee: 2,
      drie: 3,
      vier: 4,
      vijf: 5,
      zes: 6,
      zeven: 7,
      acht: 8,
      negen: 9,
      tien: 10,
      elf: 11,
      twaalf: 12,
      dertien: 13,
      veertien: 14,
      vijftien: 15,
      zestien: 16,
      achttien: 18,
      twintig: 20,
      vierentwintig: 24,
      dertig: 30,
      zestig: 60,
      negentig: 90,
    },
    // the time to answer a request is no retention period
    reply: { verb: /(?:reageren|reageert|antwoord|reactie)/iu, within: /\bbinnen\s*$/iu },
    clause: {
      keep: /(?<!(?:verzoek|verzoeken|recht) (?:tot |op |om )?)(?<!\p{L})(?:bewaar|opgeslagen|opslaan|verwijder|vernietig|anonimiseer|gearchiveerd|archiveer|verloopt|vervalt|levensduur|account (?:wordt )?(?:gesloten|opgeheven))/giu,
      other:
        /(?<!\p{L})(?:reageren|reageert|antwoorden|behandelen|behandeld|in behandeling|behandelen (?:uw|je|het|dit) verzoek|verzoek(?:en)? (?:wordt|worden) behandeld|verleng\p{L}* met|met (?:nog )?(?:\d+|een|twee|drie) \p{L}+ (?:worden |wordt )?verlengd|informeren|op de hoogte|waarschuwen|herinneren|vragen of|opzegtermijn|algemene voorwaarden|gebruiksvoorwaarden|rechtsvordering|proefperiode)/giu,
      before: /^\s*(?:vóór|voordat|van tevoren|vooraf|voorafgaand)(?!\p{L})/iu,
    },
    context: [/\bbewaar/iu, /\bopgeslagen/iu, /\bverwijder/iu, /\bbewaartermijn/iu],
    units: { D: /dag(?:en)?/, W: /weken|week/, M: /maand(?:en)?/, Y: /ja(?:ar|ren)/ },
    lastOne:
      /(?<!\p{L})(?:in|gedurende|tijdens|binnen) (?:het|de) (?:afgelopen|laatste|vorige) (jaar|maand|week|dag)(?!\p{L})/iu,
  },
  children: {
    context: [
      /\bkinderen\b/iu,
      /\bminderjarig/iu,
      /\bjonger dan\b/iu,
      /\bleeftijd\b/iu,
      /\b\d{1,2} jaar (?:of|en) ouder\b/iu,
    ],
    age: [/\bjonger dan (\d{1,2}) jaar/iu, /\b(\d{1,2}) jaar\b/iu],
    coppa: [/\bCOPPA\b/u],
  },
  dates: {
    cue: [
      /\blaatst(?:e)? (?:gewijzigd|bijgewerkt|aangepast|herzien)/iu,
      /\b(?:gewijzigd|bijgewerkt|aangepast) op\b/iu,
      /\bversie\b/iu,
      /\bdatum\b/iu,
      /\bingangsdatum\b/iu,
      /\b(?:opgesteld|vastgesteld|gepubliceerd) op\b/iu,
      /\bgeldig (?:vanaf|per)\b/iu,
    ],
    months: {
      januari: 1,
      februari: 2,
      maart: 3,
      april: 4,
      mei: 5,
      juni: 6,
      juli: 7,
      augustus: 8,
      september: 9,
      oktober: 10,
      november: 11,
      december: 12,
    },
    dayFirst: true,
  },
  dpo: [/\bfunctionaris gegevensbescherming/iu, /\bFG\b/u, /\bDPO\b/u],
  authority: { mentioned: [/\btoezichthoud/iu, /\bAutoriteit Persoonsgegevens/iu] },
};
