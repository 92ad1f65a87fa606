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

/**
 * `(?<!\p{L})`: a compound street name ("Hauptstraße") starts where its word starts; without it
 * every letter of a long word was a new start, quadratic on 'a'×n (issue 10, item 3).
 */
export const STREET_WORDS =
  /\b(?:\d+[a-z]?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|route|cours|street|st\.|road|rd\.?|lane|avenue|ave\.?|boulevard|blvd\.?|drive|suite|floor|parade|way|square|house|court|calle|c\/|avenida|plaza|paseo|via|viale|piazza|corso|rua|praça|travessa|ul\.|ulica|aleja)\b|(?<!\p{L})\p{L}+(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|straat|laan|plein|gracht|kade|vej|gatan|gata)\b/iu;

export const PO_BOX =
  /\b(?:P\.?\s?O\.?\s?Box|BP\s?\d|Postfach|Apartado|Casella postale|Skrytka pocztowa|Postbus)\b/i;
