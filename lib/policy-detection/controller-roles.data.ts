/**
 * How policies name the controller's role, in the eight languages we read (GDPR Art. 4(7),
 * Art. 13(1)(a)): the role word, the verbs that attach a name to it, the words of an imprint
 * block, and the roles that are never the controller (processor, vendor, authority). General
 * legal vocabulary of each language, not phrases of particular policies. Matched
 * case-insensitively on text; names are then read case-sensitively by find-controller.ts.
 */

/** The controller's role word (en fr de es it nl pt pl). */
export const ROLE = String.raw`(?:(?:data\s+|joint\s+)?controllers?|responsables?\s+(?:conjoints?\s+)?(?:du|de|des)\s+traitements?(?:\s+conjoints?)?|(?:datenschutzrechtlich\s+|gemeinsam\s+)?verantwortlich(?:e[rnms]?)?(?:\s+stelle)?|responsables?\s+del\s+tratamiento|titolar(?:e|i)\s+(?:autonom[oi]\s+)?(?:del|dei)\s+trattament[oi]|(?:gezamenlijke\s+)?verwerkingsverantwoordelijken?|respons[aá]ve(?:l|is)\s+pelo\s+tratamento|controlador(?:a|es)?|administrator(?:em|a|ami)?(?:\s+(?:twoich\s+)?danych(?:\s+osobowych)?)?)`;

/** A bare role label at the start of a line: "Responsable:", "Titolare:", "Administrator –". */
export const ROLE_LABEL = String.raw`(?:(?:data\s+|joint\s+)?controller|responsable(?:\s+(?:du|de|del)\s+(?:traitement|tratamiento))?|verantwortliche?r?(?:\s+stelle)?|titolare(?:\s+del\s+trattamento)?|verwerkingsverantwoordelijke|respons[aá]vel(?:\s+pelo\s+tratamento)?|controlador|administrator(?:\s+danych(?:\s+osobowych)?)?)`;

/** "… is", "… est", "… ist", "… es", "… è", "… is", "… é", "… jest", or a colon/dash. */
export const COPULA_AFTER = String.raw`(?:\s+(?:is|are|shall\s+be|will\s+be|est|sont|ist|sind|es|son|è|sono|é|são|jest|są))?\s*(?:[:=–—-]\s*)?`;

/** Articles and "the company" words before a name: "ist die", "è la società", "est la société". */
export const NAME_LEAD = String.raw`(?:(?:the|la|le|les|der|die|das|el|il|lo|de|het|o|a|os)\s+|l['’]\s*)?(?:(?:company|société|società|sociedad|empresa|firma)\s+)?`;

/** "X is / acts as / agit en tant que / ist / actúa como / agisce in qualità di / treedt op als / atua como / działa jako [the] ROLE". */
export const VERB_BEFORE = String.raw`(?:,\s*)?(?:is|are|acts?\s+as|serves?\s+as|remains|will\s+be|shall\s+be|est|sont|agit\s+en\s+(?:tant\s+que|qualité\s+de)|agissent\s+en\s+tant\s+que|en\s+(?:sa|leur)\s+qualité\s+de|en\s+tant\s+que|ist|sind|als|fungiert\s+als|handelt\s+als|es|son|actúa\s+como|como|è|sono|agisce\s+(?:in\s+qualità\s+di|come)|in\s+qualità\s+di|quale|treedt\s+op\s+als|is|é|são|atua\s+como|na\s+qualidade\s+de|enquanto|jest|są|działa\s+jako|pełni\s+funkcję)\s+(?:the\s+|le\s+|la\s+|l['’]|der\s+|die\s+|el\s+|il\s+|de\s+|o\s+|a\s+)?`;

/** "X determines the purposes and means of the processing" (the Art. 4(7) definition applied). */
export const DETERMINES = String.raw`(?:determines?\s+(?:the\s+)?(?:purposes?\s+and\s+(?:the\s+)?means|means\s+and\s+purposes?)|détermine(?:nt)?\s+(?:les\s+)?(?:moyens\s+et\s+(?:les\s+)?finalités|finalités\s+et\s+(?:les\s+)?moyens)|entscheide[tn]\s+über\s+(?:die\s+)?zwecke\s+und\s+mittel|determina(?:n)?\s+(?:los\s+fines\s+y\s+(?:los\s+)?medios|le\s+finalità\s+e\s+i\s+mezzi|as\s+finalidades\s+e\s+(?:os\s+)?meios)|bepaalt\s+(?:het\s+)?doel\s+en\s+(?:de\s+)?middelen|ustala\s+cele\s+i\s+sposoby)`;

/** Sentences that define the role or name another controller: no name of ours in them. */
export const NOT_OURS = new RegExp(
  String.raw`\b(?:another|other|independent|separate|third[- ]party)\s+(?:data\s+)?controllers?\b|\byou\s+are\s+the\s+(?:data\s+)?controller|\b(?:a|any)\s+(?:data\s+)?controller\s+(?:is|means)|\bmeans\s+the\s+natural|\bautres?\s+responsables?|\bresponsables?\s+(?:de\s+traitements?\s+)?(?:distincts|indépendants)|\bun\s+responsable\s+du\s+traitement\s+est|\best\s+celui\s+qui|\beinem\s+anderen\s+verantwortlichen|\bnatürliche\s+oder\s+juristische\s+person|\botro\s+responsable|\baltro\s+titolare|\btitolari\s+autonomi|\bandere\s+verwerkingsverantwoordelijke|\boutro\s+respons[aá]vel|\binnemu\s+administratorowi`,
  'iu',
);

/** "We" as the controller: "we are the controller", "nous sommes responsable", "wir als Verantwortliche". */
export const WE_ROLE = new RegExp(
  String.raw`(?:^|[\s,(])(?:we|nous|wir|nosotros|noi|wij|we|nós|my)\s+(?:are|act\s+as|sommes|agissons\s+en\s+tant\s+que|sind|als|somos|actuamos\s+como|siamo|agiamo\s+come|zijn|treden\s+op\s+als|somos|atuamos\s+como|jesteśmy)\s+(?:the\s+|le\s+|la\s+|der\s+|die\s+|el\s+|il\s+|de\s+|o\s+)?${ROLE}`,
  'iu',
);

/** Roles that are never the controller in the sentence that gives them. */
export const OTHER_ROLE = new RegExp(
  String.raw`\b(?:(?:sub-?)?processors?|service\s+providers?|vendors?|sous-traitants?|prestataires?|h[ée]bergeurs?|auftragsverarbeiter|dienstleister|hoster|encargados?\s+del\s+tratamiento|proveedores?|responsabil[ei]\s+(?:esterni\s+)?del\s+trattamento|fornitori|verwerkers?|subcontratantes?|operadores?|fornecedores?|podmio(?:t|ty)\s+przetwarzając[ey]|dostawc[ay]|analytics|advertis\w*|ads|tracking|payments?|paiements?|zahlungs\w*|pagos?|pagamenti|betalingen|płatności)\b`,
  'iu',
);

/** Headings of an imprint / legal notice block, which names the site's operator. */
export const IMPRINT_HEADING =
  /^(?:\d+[.)]?\s+)?(?:impressum|imprint|legal\s+notice|legal\s+information|site\s+operator|publisher|mentions\s+l[ée]gales|[ée]diteur(?:\s+du\s+site)?|aviso\s+legal|informaci[oó]n\s+legal|note\s+legali|colofon|colophon|informa[cç][oõ]es\s+legais|nota\s+prawna|informacje\s+prawne|anbieter(?:kennzeichnung)?|herausgeber|diensteanbieter)\b/iu;

/** Who runs the site: "operated by X", "édité par X", "betrieben von X", "gestito da X". */
export const OPERATED_BY = String.raw`(?:operated|provided|owned|published|run|offered|maintained)\s+by|(?:édités?|exploités?|publiés?|gérés?)\s+par|(?:betrieben|angeboten|herausgegeben)\s+(?:von|durch)|(?:gestionad[oa]s?|operad[oa]s?|titularidad\s+de)\s+(?:por\s+)?|(?:gestit[oa]|pubblicat[oa]|erogat[oa])\s+da|(?:beheerd|uitgegeven)\s+door|(?:mantid[oa]|operad[oa]|gerid[oa])\s+por|(?:prowadzon[ya]|administrowan[ya])\s+przez|tratados\s+por|trattati\s+da|verwerkt\s+door|traités\s+par|verarbeitet\s+von`;

/** Head nouns of public bodies and non-profits: a name without a legal form is still a name. */
export const INSTITUTION =
  /(?<![\p{L}])(?:Ministry|Minist[eè]re|Ministerium|Bundesministerium|Ministerio|Ministero|Ministerie|Minist[ée]rio|Ministerstwo|Department|Dipartimento|Presidenza|University|Universit[éàä]t?|Universidad|Universiteit|Universidade|Uniwersytet|Universitätsmedizin|Hochschule|Politecnico|Hospital|H[ôo]pital|Hôpitaux|Klinikum|Ospedale|Ziekenhuis|Szpital|City|Ville|Stadt|Landeshauptstadt|Gemeinde|Ayuntamiento|Ajuntament|Comune|Gemeente|C[âa]mara|Miasto|Urz[ąa]d|Caisse|Agence|Agency|Agentur|Agencia|Agenzia|Instituto|Istituto|Institut|Institute|Centre|Center|Zentrum|Centro|Association|Verein|Asociaci[oó]n|Associazione|Associa[cç][aã]o|Stowarzyszenie|Stichting|Fundacja|Funda[cç][aã]o|Fundaci[oó]n|Fondazione|Fondation|Stiftung|Foundation|Corporation|Council|Conseil|Consiglio|Consejo|Region|R[ée]gion|Regione|Provincia|Province|Kanzlei|Sociedade|Sociedad|Società|Spółka|Observatory|Osservatorio|Observatoire)(?![\p{L}])/u;

/** Companies commonly named in policies as vendors, processors or trackers: never our controller. */
export const VENDORS =
  /\b(?:Google|Alphabet|Meta\s+Platforms|Facebook|Instagram|WhatsApp|Stripe|PayPal|Amazon(?:\s+Web\s+Services)?|AWS|Microsoft|Azure|Apple|Twitter|X\s+Corp|LinkedIn|YouTube|Mailchimp|Rocket\s+Science\s+Group|Intuit|Hotjar|Salesforce|HubSpot|Criteo|Adobe|Oracle|Cloudflare|Shopify|Zendesk|Intercom|Mixpanel|Brevo|Sendinblue|Klaviyo|Twilio|TikTok|ByteDance|Pinterest|Snap|Yandex|Adyen|Klarna|Hetzner|OVH(?:cloud)?|DigitalOcean|Akamai|Fastly|Vercel|Netlify|GitHub|GitLab|Atlassian|OneTrust|Cookiebot|Usercentrics|Didomi|Utiq|Matomo|Piwik|Plausible|Sentry|Segment|Amplitude|Braze|Mollie|Worldline|Atos|Workday|Vimeo|Spotify|Zoom|Slack|Calendly|Typeform|SurveyMonkey|Mapbox|OpenStreetMap)\b/u;

/**
 * A glossary entry: "Association, means the association “Velotte Friends”", "« Société » désigne
 * Velotte SAS", "Associazione, si intende l’associazione “…”": the term (1) and what it names (2).
 */
export const GLOSSARY_DEFINITION =
  /^\s*[«"“„*]*\s*([\p{L}][\p{L} ’'-]{1,40}?)\s*[»"”“*]*\s*[,:–—-]?\s*[»"”“*]*\s*(?:si\s+intende|means|shall\s+mean|refers\s+to|désigne|signifie|bezeichnet|se\s+entiende|significa|betekent|oznacza|refere-se\s+a)\s+(.{2,200})/iu;

/** "X, hereinafter «the Organisation»": a defined short name, resolved back to X. */
export const ALIAS_DEFINITION =
  /([\p{Lu}][^,()«"“„]{1,80}?)\s*,?\s*\(?\s*(?:hereinafter|ci-après|im\s+Folgenden|nachfolgend|en\s+adelante|di\s+seguito|hierna|doravante|zwan[ya])[^«"“„]{0,30}[«"“„]\s?([^»"”“]{1,40}?)\s?[»"”“]/u;

/**
 * Bodies a policy names for oversight, never as its controller: dispute-resolution and
 * self-regulatory programmes (the Better Business Bureaus' programmes, TRUSTe, JAMS, the
 * arbitration associations, the EU–US frameworks and their panels), advertising self-regulation,
 * children's-privacy safe harbours (COPPA § 312.11). A public body is a controller of its own site,
 * so regulators and departments are told by the sentence instead (OVERSIGHT_CONTEXT); authorities
 * of the GDPR are AUTHORITY_NAME (controller-statement.ts).
 */
export const OVERSIGHT_BODY =
  /\b(?:(?:Council\s+of\s+)?Better\s+Business\s+Bureaus?|BBB(?:\s+\w+)?|TRUSTe|TrustArc|JAMS|American\s+Arbitration\s+Association|International\s+Cent(?:re|er)\s+for\s+Dispute\s+Resolution|ICDR|(?:EU|Swiss)[-–\s]+U\.?S\.?\s+(?:and\s+Swiss[-–\s]+U\.?S\.?\s+)?(?:Privacy\s+Shield|Safe\s+Harbou?r|Data\s+Privacy\s+Framework)|Privacy\s+Shield|Safe\s+Harbou?r|Data\s+Privacy\s+Framework|(?:EU\s+)?Data\s+Protection\s+(?:Authorities\s+)?Panel|Network\s+Advertising\s+Initiative|Digital\s+Advertising\s+Alliance|European\s+Interactive\s+Digital\s+Advertising\s+Alliance|Direct\s+Marketing\s+Association|Entertainment\s+Software\s+Rating\s+Board|ESRB|kidSAFE|PRIVO|Children['’]s\s+Advertising\s+Review\s+Unit)\b/u;

/**
 * Sentences about oversight, disputes and enforcement: a body named there (a programme, a court,
 * a regulator, the police) is not the policy's controller, however often it is named.
 */
export const OVERSIGHT_CONTEXT =
  /\b(?:safe\s+harbou?r|privacy\s+shield|data\s+privacy\s+framework|disputes?|arbitrat\w*|mediat\w*|self-regulat\w*|enforce\w*|law\s+enforcement|subpoenas?|court\s+orders?|complaints?|regulators?|certification\s+programs?|seal\s+programs?|trustmark|litiges?|médiat\w*|streitbeilegung\w*|schlichtung\w*|controversi[ae]s?|geschil(?:len)?|lit[ií]gios?|spór|sporu|sporów)(?![\p{L}])/iu;

/**
 * What a site's own operator runs: "this site", "the app", "our services", "le site", "die
 * Website", "il sito", a domain. "operated by X" after anything else ("a service operated by X",
 * "the Program, which is operated by X", "data provided by X") names someone else's operator.
 */
export const OWN_OFFERING =
  /\b(?:(?:web\s*)?sites?|websites?|web\s+pages?|apps?|applications?|services?|platforms?|portals?|(?:online\s+)?shops?|stores?|plateformes?|applis?|sites?\s+internet|webseiten?|internetseiten?|internetauftritt|webauftritt|onlineangebot|angebot|dienste?|sitios?(?:\s+web)?|aplicaci[oó]n|plataforma|servicios?|siti|sito(?:\s+web)?|applicazione|piattaforma|servizi[oi]?|dienst(?:en)?|platform|servi[cç]os?|aplica[cç][aã]o|strona(?:\s+internetowa)?|serwis|aplikacja|usług[ai]?)\b|[\p{L}\d-]+\.(?:com|org|net|[a-z]{2})\b/iu;

/**
 * A phrase introduced by an indefinite article, at the start or the end of a subject: "a service
 * operated by", "un service exploité par", "ein Dienst, betrieben von": someone else's offering.
 */
export const INDEFINITE =
  /(?:^|\s)(?:a|an|un|une|ein|eine|einem|einer|una|uno|een|um|uma)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$|^(?:a|an|un|une|ein|eine|einem|einer|una|uno|een|um|uma)\s/iu;
