/**
 * How a policy shows its own party acting when it never says "controller" (small apps, generated
 * policies): the party that collects, processes or uses the data, respects your privacy, adopted
 * the policy. General verbs of each language we read (en fr de es it nl pt pl), matched
 * case-insensitively right after a name; names themselves are read case-sensitively.
 */

/** Verbs (with their auxiliaries) whose subject is the party that processes the data. */
export const ACTOR_VERB = String.raw`(?:(?:also|only|may|might|will|shall|can|does\s+not|do\s+not|will\s+not|may\s+also)\s+)?(?:collects?|gathers?|processes|process|uses|use|stores?|retains?|discloses?|shares?|receives?|treats|employs|has\s+adopted|respects|values|appreciates|takes\s+(?:your|the)\s+privacy|is\s+committed|are\s+committed|regularly\s+reviews|reserves\s+the\s+right|follows|combine|change|collecte|traite|utilise|conserve|s['’]engage|respecte|erhebt|verarbeitet|nutzt|speichert|respektiert|recopila|recoge|trata|utiliza|conserva|se\s+compromete|respeta|raccoglie|tratta|utilizza|si\s+impegna|rispetta|verzamelt|verwerkt|gebruikt|bewaart|respecteert|coleta|recolhe|respeita|compromete-se|zbiera|przetwarza|wykorzystuje|przechowuje|szanuje)`;

/** "collected by X", "recorded by X": the party named after a processing verb. */
export const BY_ACTOR = String.raw`(?:collected|processed|recorded|gathered|stored|used|controlled|collect[ée]e?s?\s+par|trait[ée]e?s?\s+par|erhoben\s+von|verarbeitet\s+von|recopilad[oa]s?\s+por|tratad[oa]s?\s+por|raccolt[ie]\s+da|trattat[ie]\s+da|verzameld\s+door|verwerkt\s+door|coletad[oa]s?\s+por|przetwarzane\s+przez)\s+(?:by\s+)?`;

/** "X is located at:", "X ist ansässig in": a party giving its own seat. */
export const LOCATED = String.raw`(?:is|are)\s+(?:located|based|headquartered|registered)\s+(?:at|in)\b|est\s+(?:situ[ée]e?|établie?)(?![\p{L}])|(?:hat\s+(?:seinen|ihren)\s+Sitz|ist\s+ansässig)\b|(?:tiene\s+su\s+sede|está\s+ubicad[oa])\b|ha\s+sede\b|is\s+gevestigd\b|tem\s+sede\b|ma\s+siedzibę(?![\p{L}])`;

/** Headings that introduce the party itself: "Who we are", "Qui sommes-nous", "Über uns". */
export const WHO_WE_ARE =
  /^(?:\d+[.)]?\s+)?(?:who\s+we\s+are|who\s+are\s+we|about\s+us|qui\s+sommes[- ]nous|wer\s+wir\s+sind|wer\s+sind\s+wir|über\s+uns|quiénes\s+somos|quienes\s+somos|chi\s+siamo|wie\s+zijn\s+wij|wie\s+wij\s+zijn|over\s+ons|quem\s+somos|kim\s+jesteśmy|o\s+nas)\s*[?:.]?\s*$/iu;

/** Capitalised words that open a sentence or a clause and are no part of a name. */
export const LEADING_WORDS =
  /^(?:(?:If|When|Where|Whether|Although|Because|Since|Unless|Once|While|As|And|Or|But|So|Then|Also|Additionally|However|Moreover|Further|Furthermore|Finally|Please|Note|The|This|That|These|Those|Our|Your|In|On|At|By|For|With|From|To|Of|All|Any|Each|Only|Si|Lorsque|Quand|Et|Ou|Le|La|Les|Ce|Cette|Wenn|Falls|Und|Oder|Der|Die|Das|Cuando|Y|El|Los|Las|Quando|E|Il|Lo|Gli|Als|En|Het|De|Quando|O|Os|As|Gdy|Jeśli|I)\s+)+/u;

/** Words that name a thing in the policy, not a party: "Personal Data", "The App", "Cookies". */
export const NOT_A_PARTY =
  /^(?:privacy|policy|notice|personal|data|information|info|cookies?|services?|app|apps|application|website|site|platform|terms|agreement|users?|visitors?|customers?|account|content|device|software|product|products|store|play|section|article|law|regulation|gdpr|ccpa|eu|eea|uk|us|usa|you|your|children|parents?|android|ios|iphone|chrome|pii|ip|id|sdk|api|non-personal|third|party|parties|company|developer|provider|owner|operator|team|tracking|technologies|technology|analytics|advertising|ads|partners?|affiliates?|vendors?|processors?|pixels?|beacons?|servers?|browsers?|email|e-mail|newsletter|elle|elles|ils|il|sie|es|er|ella|ellos|lei|loro|zij|ze|hij|ela|ele|eles|ona|on|oni)$/iu;

/** Headings of the contact block, where a short line under it is often the party's own name. */
export const CONTACT_HEADING =
  /^(?:\d+[.)]?\s+)?(?:contact(?:\s+us|\s+information|\s+details)?|how\s+to\s+(?:contact|reach)\s+us|nous\s+contacter|contactez[- ]nous|kontakt|contacto|contáctenos|contatti|contattaci|contact(?:gegevens)?|contato|fale\s+conosco|dane\s+kontaktowe)\s*[:.!]?\s*$/iu;

/** Mail providers: their domain in an address says nothing about who the party is. */
export const MAILBOX_PROVIDERS =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|aol|proton|protonmail|pm|gmx|web|mail|email|qq|163|126|yandex|zoho|orange|free|laposte|libero|wp|onet|interia|o2|seznam)$/iu;
