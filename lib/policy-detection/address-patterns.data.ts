/**
 * Postal address shapes per country: a postcode followed (or preceded) by a city, and the street
 * words that make a line a street line. Used together: postcode + street word (or P.O. box) = address.
 */
export const POSTCODE_CITY: readonly RegExp[] = [
  /\b\d{5}\s+\p{Lu}[\p{L}'’ -]{1,40}/u, // FR, DE, ES, IT: 75008 Paris, 10115 Berlin
  /\b\d{4}\s+\p{Lu}[\p{L}'’ -]{1,40}/u, // AT, BE, CH, DK, LU, NO: 1030 Wien
  /\b\d{4}\s?[A-Z]{2}\s+\p{Lu}\p{L}+/u, // NL: 1012 AB Amsterdam
  /\b\d{2}-\d{3}\s+\p{Lu}\p{L}+/u, // PL: 00-950 Warszawa
  /\b\d{4}-\d{3}\s+\p{Lu}\p{L}+/u, // PT: 1000-001 Lisboa
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/, // UK: SW1A 1AA
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/, // US: DC 20037
  /\b[A-Z]{2,3}\s+\d{4}\b/, // AU: QLD 4209
];

/** Street words written apart from the street's name: "12 rue de Rivoli", "1 Main Street". */
const STREET_TYPES =
  /\b(?:\d+[a-z]?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|route|cours|street|st\.|road|rd\.?|lane|avenue|ave\.?|boulevard|blvd\.?|drive|suite|floor|parade|way|square|house|court|calle|c\/|avenida|plaza|paseo|via|viale|piazza|corso|rua|praça|travessa|ul\.|ulica|aleja)\b/iu;

/**
 * A street named in one word with its type ("Hauptstraße", "Kaiserring", "Keizersgracht",
 * "Konrad-Adenauer-Ring"): a name, so it starts with a capital. Without that, English words
 * ending like a type were streets ("sharing", "during", "offering": -ring), and an address
 * was cut at them. `(?<![\p{L}-])`: the name starts where its word starts, hyphens included;
 * without it every letter of a long word (or every part of 'A-'×n) was a new start, quadratic
 * on 'a'×n (issue 10, item 3).
 */
const STREET_COMPOUND =
  /(?<![\p{L}-])\p{Lu}[\p{L}-]*(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Ss]traat|[Ll]aan|[Pp]lein|[Gg]racht|[Kk]ade|[Vv]ej|[Gg]atan|[Gg]ata)\b/u;

/** The first street word of a text, of either kind. */
export function findStreet(text: string): RegExpExecArray | null {
  const apart = STREET_TYPES.exec(text);
  const compound = STREET_COMPOUND.exec(text);
  return apart && (!compound || apart.index <= compound.index) ? apart : compound;
}

/** Whether the text has a street word (findStreet without building the match). */
export function hasStreet(text: string): boolean {
  return STREET_TYPES.test(text) || STREET_COMPOUND.test(text);
}

export const PO_BOX =
  /\b(?:P\.?\s?O\.?\s?Box|BP\s?\d|Postfach|Apartado|Casella postale|Skrytka pocztowa|Postbus)\b/i;
