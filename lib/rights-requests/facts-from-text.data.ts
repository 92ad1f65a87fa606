/**
 * Keyword cues for facts-from-text, per language (en, fr, de). Deliberately small: a stopgap until
 * the analysis domain (lib/policy-analysis) supplies PolicyFacts with full evidence.
 * Each cue is a pair of patterns a sentence must both match (in any order).
 */
export interface Cue {
  verb: RegExp;
  object: RegExp;
}

const PARTNER =
  /\b(partners?|partenaires?|third[- ]part(?:y|ies)|tiers|affiliates?|service providers?|prestataires?|Partner\w*|Dritte\w*|Dienstleister\w*)/i;

export const DISCLOSURE: Cue[] = [
  {
    verb: /\b(shar(?:e|es|ed|ing)|disclos\w*|provided to|pass(?:ed)? on|transfer\w*|sell|sold)\b/i,
    object: PARTNER,
  },
  { verb: /\b(partag\w*|communiqu\w*|transm\w*|c[èé]d\w*|vend\w*)/i, object: PARTNER },
  {
    verb: /(weiterge\w*|geben\b[^.]*\bweiter\b|übermittel\w*|teilen|offenge\w*|offenleg\w*|verkauf\w*)/i,
    object: PARTNER,
  },
  // Third-party services embedded in a site or app that collect data receive it (GDPR Art. 4(9)).
  {
    verb: /\b(collect\w*|receiv\w*|access\w*|process\w*)\b/i,
    object: /\bthird[- ]party (?:services?|providers?|SDKs?|tools?|plugins?)\b/i,
  },
];

export const NEGATION =
  /\b(do not|don't|never|will not|won't|ne (?:\w+ )?(?:pas|jamais)|nicht|niemals|keine)\b/i;

export const SOURCES: Cue[] = [
  {
    verb: /\b(collect\w*|receiv\w*|obtain\w*|acquir\w*|get)\b/i,
    object:
      /\bfrom\b.{0,60}(partners?|third[- ]part(?:y|ies)|data brokers?|other (?:companies|sources)|social (?:media|network\w*))/i,
  },
  {
    verb: /\b(recueill\w*|collect\w*|obten\w*|obtien\w*|re[çc]\w*)/i,
    object: /\b(auprès|de la part|provenant)\b.{0,60}(partenaires?|tiers|réseaux sociaux)/i,
  },
  {
    verb: /(erhalten|erheben|bekommen|beziehen)/i,
    object: /\bvon\b.{0,60}(Partner\w*|Dritte\w*|soziale\w* Netzwerk\w*)/i,
  },
];

export const PUBLIC_SOURCES =
  /(publicly available|public (?:sources|records)|(?:information|details) (?:about you )?that (?:is|are) public|accessibles? au public|sources publiques|publiquement disponibles?|öffentlich (?:zugänglich|verfügbar)\w*|öffentlichen Quellen)/i;

export const RETENTION_VERB =
  /\b(keep|kept|retain\w*|stor(?:e|ed)|conserv\w*|gard\w*|speicher\w*|gespeichert|aufbewahr\w*)/i;

export const DELETION_VERB =
  /\b(delet\w*|eras\w*|destroy\w*|supprim\w*|effac\w*|lösch\w*|gelöscht)/i;

/** A retention rule without a number: "as long as necessary", "no longer needed". */
export const RETENTION_STATEMENT =
  /(as long as|for the (?:period|time) (?:necessary|needed|required)|no longer (?:needed|necessary|required)|indefinitely|retention period|aussi longtemps|tant que|durée de conservation|plus nécessaires?|solange|Speicherdauer|nicht mehr (?:erforderlich|benötigt|notwendig))/i;

/** number + unit → ISO 8601 designator. */
export const DURATION: { pattern: RegExp; unit: 'Y' | 'M' | 'W' | 'D' }[] = [
  { pattern: /(\d{1,3})\s*(?:years?|ans?|années?|Jahre?n?)\b/i, unit: 'Y' },
  { pattern: /(\d{1,3})\s*(?:months?|mois|Monate?n?)\b/i, unit: 'M' },
  { pattern: /(\d{1,3})\s*(?:weeks?|semaines?|Wochen?)\b/i, unit: 'W' },
  { pattern: /(\d{1,4})\s*(?:days?|jours?|Tage?n?)\b/i, unit: 'D' },
];

export const LEGITIMATE_INTEREST =
  /(legitimate (?:business )?interests?|intérêts? légitimes?|berechtigte[nms]? Interesse)/i;

export const MARKETING =
  /(newsletters?|direct marketing|marketing (?:e-?mails?|communications?|messages?)|promotional (?:e-?mails?|messages?|communications?|offers?)|personali[sz]ed offers|prospection|lettres? d'information|offres? commerciales|Direktwerbung|Werbung|Werbe\w+)/i;

export const RIGHTS_TALK = /(\bright to\b|\bdroit d[e'’]|\bRecht auf\b|Widerspruchsrecht)/i;

export const BULLET = /^\s*(?:[•\-*–·▪◦]|\d{1,2}[.)])\s+/;

/** "We / us – Acme" in a definitions list; "Acme (“we”, “us”)". */
export const CONTROLLER = [
  /^\s*(?:we|us|nous|wir)\b[^\n–—:-]{0,40}[–—:-]\s*([A-Z][\w&.' -]{1,60}?)\s*$/im,
  /([A-Z][\w&.' -]{1,60}?)\s*\((?:the |hereinafter )?["“«„]?\s*(?:we|us|company)\b/m,
];

export const STOPWORDS: Record<'en' | 'fr' | 'de', RegExp> = {
  en: /\b(the|and|of|to|your|we|you|is)\b/gi,
  fr: /\b(les|des|vos|nous|et|de|vous|est)\b/gi,
  de: /\b(die|der|und|Sie|Ihre|wir|ist|das)\b/g,
};
