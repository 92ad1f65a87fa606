import type { ExtractLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en.data';

// JavaScript's \b only knows ASCII letters: after an accented letter we end with a lookahead instead.
const E = '(?![\\p{L}])';
// "Article 6(1)(x)" as the Dutch text of the AVG and policies cite it: "artikel 6 lid 1 sub a",
// "art. 6, eerste lid, onder a".
const art6 = (letter: string) =>
  new RegExp(
    `\\bart(?:ikel|\\.)? ?6,? ?(?:lid 1|eerste lid|\\(1\\)),? ?(?:sub |onder |letter |punt )?\\(?${letter}\\)?(?![\\p{L}\\d])`,
    'iu',
  );

/** Dutch patterns, in our own words (the AVG's Dutch terms); other categories: English. */
export const LEXICON_NL: ExtractLexicon = {
  ...LEXICON_EN,
  language: 'nl',
  dataTypes: {
    // A label followed by a colon ("E-mail: info@…") or a channel ("via e-mail") is the
    // controller's own contact, not data collected; so are "onze contactgegevens".
    contactDetails: [
      /(?<!(?:via|per|op) (?:het |ons )?)\be-?mail(?:adres(?:sen)?)?(?!\s*:)(?![\p{L}-])/iu,
      /(?<!(?:via|per) )\b(?:telefoon|mobiel|gsm)(?:nummer|nummers)\b(?!\s*:)/iu,
      /(?<!(?:en|onze|ons|de|deze|onderstaande|volgende) )\bcontactgegevens\b(?!\s*:)/iu,
      /\bmobiele? (?:telefoon)?nummer/iu,
    ],
    name: [
      // Not "in naam van", "uit naam van" (on behalf of), nor a company's name.
      /(?<!(?:op|in|uit) )\b(?:voor-? en achter|voor|achter|familie|volledige )?na(?:am|men)\b(?! van (?:de|het|uw|onze) (?:organisatie|bedrijf|onderneming|instelling))/iu,
      /\bNAW(?:-gegevens)?\b/u,
    ],
    identifiers: [
      /\bIP[- ]?adres(?:sen)?\b/iu,
      /\bIP[- ]address/iu,
      /\b(?:apparaat|gebruikers|klant|advertentie)-?(?:ID|nummer|identificatie)\b/iu,
      /\bunieke (?:identificatie|ID|code)/iu,
    ],
    billing: [
      /\bfactu(?:ur|ren|ratie|urgegevens|uradres)\b/iu,
      /\bfacturering/iu,
      /\b(?:betaal|betalings)(?:gegevens|informatie)/iu,
      /\binformatie over (?:uw )?betalingen/iu,
    ],
    postalAddress: [
      /\b(?:post|woon|huis|aflever|bezorg|verzend|factuur)adres(?:sen)?\b(?!\s*:)/iu,
      /\b(?:uw|je|jouw) adresgegevens/iu,
      /\bnaam,? (?:en )?adres\b/iu,
      /\b(?:zakelijk|privé)\s?adres\b(?!\s*:)/iu,
    ],
    location: [
      /\blocatie(?:gegevens|informatie|bepaling)/iu,
      /\bgeolocatie/iu,
      /\bGPS\b/u,
      /\b(?:uw|je|jouw) (?:huidige |precieze )?locatie\b/iu,
    ],
    browsingCookies: [
      // "zonder cookies", "geen cookies": the policy says it does not use them.
      /(?<!(?:zonder|geen)(?: gebruik van)? )\bcookies?\b/iu,
      /\b(?:surf|klik|zoek)gedrag/iu,
      /\bbezochte (?:pagina|webpagina|website|internetsite)/iu,
      /\bpagina['’]?s die u\b[^.;]{0,40}\bbezoekt/iu,
      /\b(?:browse|surf)geschiedenis/iu,
      /\blog(?:bestanden|gegevens|files)\b/iu,
      /\bgebruiksgegevens/iu,
      /\bweb ?beacons?\b|\btracking ?pixels?\b/iu,
    ],
    device: [
      /\bbrowser(?:type|versie)/iu,
      /\btype (?:internet)?browser/iu,
      /\bapparaat(?:gegevens|informatie|type)?\b/iu,
      /\bapparaten\b/iu,
      /\bbesturingssysteem/iu,
      /\buser[- ]agent/iu,
    ],
    financial: [
      /\bbankrekening/iu,
      /\bIBAN\b/u,
      /\bcreditcard/iu,
      /\b(?:bank|betaal)pas/iu,
      new RegExp(`\\bfinanci(?:ë|e)le (?:gegevens|informatie)${E}`, 'iu'),
    ],
    health: [
      /\bgezondheidsgegevens/iu,
      /\bgegevens over (?:uw |je )?gezondheid/iu,
      /\bmedische (?:gegevens|informatie|dossiers?)/iu,
    ],
    biometric: [/\bbiometrisch/iu, /\bvingerafdruk/iu, /\bgezichtsherkenning/iu],
    childrenData: [/\b(?:persoons)?gegevens van (?:kinderen|minderjarigen)/iu],
    demographics: [/\bgeboorte(?:datum|jaar)/iu, /\bgeslacht\b/iu, /\bgender\b/iu],
    credentials: [/\bwachtwoord/iu, /\bgebruikersna(?:am|men)/iu, /\binlog(?:gegevens|naam)/iu],
    communications: [
      /\binhoud van (?:uw |je )?(?:e-mails|berichten|correspondentie|communicatie|gesprekken)/iu,
      /\bcorrespondentie/iu,
    ],
    purchaseHistory: [
      /\b(?:aankoop|bestel)geschiedenis/iu,
      /\bkoopgedrag/iu,
      /\b(?:uw|je|eerdere) (?:aankopen|bestellingen)\b/iu,
    ],
    governmentId: [
      /\bidentiteitsbewijs/iu,
      /\bpaspoort/iu,
      /\brijbewijs/iu,
      /\bBSN\b/u,
      /\bburgerservicenummer/iu,
    ],
  },
  purposes: {
    serviceProvision: [
      /\b(?:het )?leveren van (?:onze |de |uw )?(?:\p{L}+ )?(?:diensten|dienst|producten|bestelling)/iu,
      /\buitvoer(?:en|ing) van (?:de|een|onze|uw) overeenkomst/iu,
      /\b(?:afhandel|verwerk)(?:en|ing) van (?:uw |je |de )?(?:bestelling|order)/iu,
      /\b(?:aanmaken|beheren|beheer) van (?:uw|je|een) (?:account|profiel)/iu,
      /\bbezorg(?:en|ing) van/iu,
    ],
    marketing: [
      /\bnieuwsbrie(?:f|ven)/iu,
      /\bmarketing/iu,
      /\baanbiedingen\b/iu,
      /\bop de hoogte (?:te )?houden van\b/iu,
      /\bpromoti(?:e|es|onele)\b/iu,
    ],
    partnerOffers: [
      /\baanbieding\p{L}*[^.;]{0,60}\bpartners?\b/iu,
      /\bpartners?\b[^.;]{0,40}\baanbieding/iu,
    ],
    analytics: [
      /\banaly\p{L}* van (?:het )?(?:gebruik|bezoek|websitebezoek|surfgedrag|onze website)/iu,
      /\b(?:web)?statistie/iu,
      /\banalytische\b|\bAnalytics\b/iu,
      /\bverbeter(?:en|ing) van (?:onze|de|het) (?:dienst|website|site|product|app|gebruikerservaring|functionaliteit)/iu,
      /\b(?:website|site|dienst\p{L}*|gebruikerservaring|product\p{L}*|app|werking|functionaliteit)\b[^.;]{0,60}\bte (?:analyseren en te )?verbeteren\b/iu,
    ],
    security: [
      /\bfraude/iu,
      /\b(?:voorkomen|bestrijden|opsporen) van (?:fraude|misbruik)/iu,
      /\bmisbruik te (?:voorkomen|bestrijden)/iu,
      /\bvoor (?:de )?beveiliging\b/iu,
      /\bbeveiligingsdoeleinden|\bbeveiligings- en/iu,
      /\bbeveiliging van (?:onze|de|het) (?:systemen|website|site|dienst|netwerk|platform)/iu,
    ],
    legalObligation: [
      /\bwettelijke (?:verplichting|plicht|bewaarplicht)/iu,
      /\bwettelijk verplicht/iu,
      /\bfiscale bewaarplicht/iu,
    ],
    personalisation: [/personali[sz]\p{L}*/iu, /\bop maat (?:gemaakt|gesneden)/iu],
    advertising: [/\badvertenties?\b|\badverteren\b/iu, /\breclame/iu, /\bretargeting/iu],
    customerSupport: [
      /\bklantenservice|\bklantendienst|\bhelpdesk|\bklantcontact/iu,
      /\bbeantwoord(?:en|ing) van (?:uw |je |jouw )?(?:vragen|vraag|verzoeken|berichten)/iu,
      /\b(?:vragen|vraag|verzoek)(?: of verzoek)? te (?:kunnen )?(?:beantwoorden|behandelen)/iu,
      /\breageren op (?:uw |je )?(?:vragen|vraag|berichten)/iu,
    ],
    surveys: [
      new RegExp(`\\benqu(?:ê|e)te`, 'iu'),
      /\bvragenlijst/iu,
      /\b(?:klant)?tevredenheid/iu,
      /\bmarktonderzoek/iu,
    ],
  },
  legalBases: {
    consent: [/\btoestemming/iu, art6('a')],
    contract: [
      /\buitvoer(?:en|ing) van (?:de|een|onze|uw) overeenkomst/iu,
      /\b(?:pre|vóór)contractuele/iu,
      /\bcontractuele verplichting/iu,
      art6('b'),
    ],
    legalObligation: [/\bwettelijke verplichting/iu, /\bwettelijk verplicht/iu, art6('c')],
    vitalInterest: [/\bvitale belang/iu, art6('d')],
    publicTask: [
      /\balgemeen belang/iu,
      /\bopenbaar gezag/iu,
      /\bpublie(?:ke|krechtelijke) taak/iu,
      art6('e'),
    ],
    legitimateInterest: [/\bgerechtvaardigde? belang/iu, /\blegitiem(?:e)? belang/iu, art6('f')],
  },
  purposeListIntro: [/\bvolgende (?:doeleinden|doelen)/iu, /:\s*$/u],
  recipients: {
    partners: [/\bpartners?\b/iu, /\bpartnerorganisaties/iu],
    processors: [
      /verwerkers?\b|\bverwerkersovereenkomst/iu,
      /dienstverleners?\b/iu,
      /\bleveranciers?\b/iu,
      /\bhosting(?:provider|partij)/iu,
    ],
    authorities: [
      /\boverheids(?:instanties|instellingen|instantie)/iu,
      /\b(?:bevoegde )?autoriteit(?:en)?\b(?! Persoonsgegevens)/iu,
      /\bpolitie\b/iu,
      /\bjustitie\b/iu,
      /\bopsporingsinstanties/iu,
      /\bbelastingdienst/iu,
      /\btoezichthoudende instanties/iu,
    ],
    affiliates: [
      /\bdochter(?:ondernemingen|maatschappijen|bedrijven)/iu,
      /\bgroepsmaatschappijen/iu,
      /\bgelieerde (?:ondernemingen|bedrijven|organisaties)/iu,
      /\bbinnen (?:onze|de) (?:groep|concern)\b/iu,
    ],
    advertisers: [/\badverteerders/iu, /\badvertentie(?:netwerken|partners)/iu],
    thirdParties: [/\bderden\b/iu, /\bderde partij(?:en)?\b/iu, /\bexterne partijen/iu],
  },
  // Not before "geen": "wij verstrekken geen gegevens aan derden" denies (the Dutch word order
  // puts the denial after the verb).
  sharing: [
    /\b(?:delen|deelt|gedeeld)\b(?!\s+geen\b)/iu,
    /\bverstrek(?:ken|t|king)?\b(?!\s+geen\b)/iu,
    /\bdoor(?:geven|gegeven|gifte)\b(?!\s+geen\b)|\bdoor te geven\b/iu,
    /\b(?:geven|geeft)\b[^.;]{0,60}\bdoor aan\b/iu,
    /\bter beschikking (?:stellen|gesteld)\b/iu,
    /\bverko(?:pen|cht|opt)\b(?!\s+geen\b)/iu,
    /\bontvangers?\b/iu,
    /\btoegang tot (?:uw |je )?(?:persoons)?gegevens/iu,
    /\bopenbaar (?:maken|gemaakt)\b/iu,
  ],
  sources: {
    fromYou: [
      /\b(?:die |wat )?(?:u|je|jij) (?:ons )?(?:zelf )?(?:verstrekt|geeft|invult|opgeeft|aanlevert)\b/iu,
      new RegExp(
        `\\bdoor (?:u|jou) (?:zelf )?(?:verstrekt|ingevuld|opgegeven|aangeleverd|geüpload)${E}`,
        'iu',
      ),
      /\b(?:direct|rechtstreeks) van (?:u|jou)\b/iu,
      /\bter beschikking (?:heeft )?(?:gesteld|stelt)\b/iu,
    ],
    automatically: [
      /\bautomatisch\b/iu,
      /\b(?:wanneer|als|indien) (?:u|je) (?:onze|de(?:ze)?) (?:website|site|app|diensten?) (?:bezoekt|gebruikt)/iu,
    ],
    partners: [
      /\b(?:van|via) (?:onze )?(?:partners|derden|derde partijen)\b/iu,
      /\b(?:partners|derden) (?:aan ons )?(?:verstrekken|delen|doorgeven)/iu,
      /\bontvangen wij\b[^.;]{0,60}\b(?:van|via)\b[^.;]{0,40}\b(?:partners|derden)\b/iu,
    ],
    publicSources: [
      /\bopenbaar (?:beschikbare|toegankelijke)/iu,
      /\b(?:openbare|publieke) (?:bronnen|registers)/iu,
      /\bhandelsregister/iu,
    ],
    socialNetworks: [
      /\bsociale? (?:media|netwerk)\p{L}*[- ]?(?:account|profiel)/iu,
      /\b(?:inloggen|aanmelden) (?:met|via) (?:uw |je )?(?:Facebook|Google|Apple|LinkedIn)/iu,
    ],
  },
  security: {
    https: [
      /\bHTTPS\b/u,
      /\bTLS\b/u,
      /\bSSL\b/u,
      /\b(?:beveiligde|versleutelde) (?:verbinding|verbindingen|protocollen)/iu,
    ],
    encryption: [/\bversleutel/iu, /\bencrypt/iu, /\bencryptie/iu],
    anonymisation: [/\b(?:ge)?anonimise/iu, /\banoniem\b/iu],
    pseudonymisation: [/\b(?:ge)?pseudonimise/iu, /\bpseudonym/iu],
    accessControl: [
      /\btoegangs(?:controle|beveiliging|rechten|beheer)/iu,
      /\bbeperkte toegang\b/iu,
      /\btoegang\b[^.;]{0,40}\bbeperkt tot\b/iu,
      /\b(?:geautoriseerde|bevoegde) (?:personen|medewerkers)/iu,
      /\bneed[- ]to[- ]know\b/iu,
    ],
    monitoring: [
      /\bmonitor(?:en|ing|t)\b[^.;]{0,40}\b(?:systemen|netwerk|infrastructuur)/iu,
      /\bfirewalls?\b/iu,
      /\bkwetsbaarhe/iu,
      /\bbeveiligingsaudits?\b|\bpenetratietest/iu,
    ],
  },
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
    seatAbroad: {
      countries: {
        US: [
          /(?<![\p{L}])Verenigde Staten(?![\p{L}])/u,
          ...LEXICON_EN.transfers.seatAbroad.countries.US!,
        ],
        IN: [/\bIndia\b/u],
        CN: [/\bChina\b/u],
        SG: [/\bSingapore\b/u],
        AU: [/(?<![\p{L}])Australië(?![\p{L}])/u],
      },
      recipient: [
        /\bdoorgegeven|\bdoorgifte/iu,
        /\b(?:aanbieder|leverancier|dienstverlener|verwerker|ontvanger|subverwerker)/iu,
        /\bgehost|\bhosting\b/iu,
        /\b(?:aangeboden|beheerd|geleverd) door\b/iu,
        /\bserver/iu,
        /\bderden\b/iu,
        /\bgedeeld|\bdelen\b|\bverstrekt/iu,
        /\bwij gebruiken|\bwe gebruiken/iu,
        ...LEXICON_EN.transfers.seatAbroad.recipient,
      ],
      notRecipient: [
        // A defined term for the controller itself: ("we", "us").
        /["“„«‚‘']\s*(?:wij|we|ons)\s*["”“»’‘']/iu,
        /\b(?:website|site|app|platform)\b[^.]{0,60}\bwordt (?:beheerd|geëxploiteerd|aangeboden)/iu,
        /\bverwerkingsverantwoordelijke/iu,
        /\bverantwoordelijke\b/iu,
        /\bvertegenwoordiger/iu,
        /\bwie zijn wij|\bover ons\b/iu,
        /\bstatutaire zetel|\bonze vestiging/iu,
        /\bvragen\b|\bschrijven\b|\bcontact opnemen\b|\bper post\b/iu,
        /\btoepasselijk recht\b/iu,
        ...LEXICON_EN.transfers.seatAbroad.notRecipient,
      ],
      euEntity: [
        /\bdochter\p{L}* van\b/iu,
        /\bmoeder(?:maatschappij|bedrijf|onderneming)/iu,
        /\b(?:gebruikers|klanten|bezoekers) (?:in|uit) de (?:EU|EER|Europ)/iu,
        ...LEXICON_EN.transfers.seatAbroad.euEntity,
      ],
    },
  },
  profiling: [
    /\bprofilering/iu,
    /\bprofielen\b[^.;]{0,30}\b(?:opgesteld|opstellen|gemaakt|maken|samengesteld)/iu,
    /\b(?:opstellen|aanmaken|maken) van (?:een )?(?:klant)?profiel/iu,
  ],
  automatedDecisions: [
    /\bgeautomatiseerde (?:individuele )?besluit/iu,
    /\buitsluitend (?:op basis van|gebaseerd op) geautomatiseerde verwerking/iu,
  ],
  partnerMarketing: {
    partners: [/\bpartners?\b/iu, /\bderden\b/iu],
    marketing: [
      /\baanbieding/iu,
      /\bmarketing/iu,
      /\bnieuwsbrie(?:f|ven)/iu,
      /\breclame/iu,
      /\badverten/iu,
      /\bpromoti/iu,
    ],
  },
  partnersListPromised: [
    /\b(?:lijst|overzicht) (?:van|met) (?:al )?(?:onze |alle |deze )?(?:\p{L}+ )?partners\b/iu,
    /\bpartnerlijst/iu,
  ],
  retention: {
    ...LEXICON_EN.retention,
    // English's bounds, ages and number words read nothing here ("a semana" is no week)
    max: /(?:maximaal|ten hoogste|hoogstens|tot(?: maximaal)?|uiterlijk(?: na)?|binnen|niet langer dan)\s*$/iu,
    min: /(?:minimaal|ten minste|tenminste|minstens|niet korter dan)\s*$/iu,
    range: /tot|en|-|–/u,
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
        /(?<!\p{L})(?:reageren|reageert|antwoorden|terugbetal|rechter|behandelen|behandeld|in behandeling|behandelen (?:uw|je|het|dit) verzoek|verzoek(?:en)? (?:wordt|worden) behandeld|verleng\p{L}* met|met (?:nog )?(?:\d+|een|twee|drie) \p{L}+ (?:worden |wordt )?verlengd|informeren|op de hoogte|waarschuwen|herinneren|vragen of|opzegtermijn|algemene voorwaarden|gebruiksvoorwaarden|rechtsvordering|proefperiode)/giu,
      before: /^\s*(?:vóór|voordat|van tevoren|vooraf|voorafgaand)(?!\p{L})/iu,
      every: /(?<!\p{L})(?:elke|iedere)\s*$/iu,
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
