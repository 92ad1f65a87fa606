/**
 * Other names policies use for supervisory authorities, beyond the names and local names of
 * lib/legal/authorities.data.json (keyed by country, and subdivision for German Länder).
 * Acronyms are matched case-sensitively as whole words; names case- and accent-insensitively.
 * `names` are in the authority's own language (shown as its local name), `englishNames` in
 * English (shown as its English name); `domains` are sites a policy may name it by alone.
 * A bare common noun ("Datenschutzbehörde", "supervisory authority") is no name: a policy saying
 * "the competent authority" names none.
 */
export interface AuthorityAlias {
  country: string;
  subdivision?: string;
  names?: readonly string[];
  englishNames?: readonly string[];
  acronyms?: readonly string[];
  domains?: readonly string[];
}

export const AUTHORITY_ALIASES: readonly AuthorityAlias[] = [
  {
    country: 'FR',
    names: ["Commission Nationale de l'Informatique et des Libertés"],
    acronyms: ['CNIL'],
  },
  {
    country: 'GB',
    names: ["Information Commissioner's Office", 'Information Commissioner'],
    acronyms: ['ICO'],
  },
  {
    country: 'IE',
    englishNames: ['Data Protection Commission', 'Data Protection Commissioner'],
    acronyms: ['DPC'],
  },
  { country: 'DE', names: ['Bundesbeauftragte für den Datenschutz'], acronyms: ['BfDI'] },
  {
    country: 'ES',
    names: ['Agencia Española de Protección de Datos'],
    englishNames: ['Spanish Data Protection Agency'],
    acronyms: ['AEPD', 'AGPD'],
    // The agency's former domain, still cited by many policies.
    domains: ['agpd.es', 'sedeagpd.gob.es'],
  },
  {
    country: 'IT',
    names: [
      'Garante per la protezione dei dati personali',
      'Autorità Garante',
      'Garante Privacy',
      'Garante della Privacy',
    ],
    englishNames: ['Italian Data Protection Authority'],
    // Italian policies call it "il Garante" (capitalised): the authority, not a guarantor.
    acronyms: ['GPDP', 'Garante'],
    domains: ['garanteprivacy.it', 'gpdp.it'],
  },
  {
    country: 'NL',
    // The College bescherming persoonsgegevens became the Autoriteit Persoonsgegevens in 2016.
    names: ['Autoriteit Persoonsgegevens', 'College Bescherming Persoonsgegevens'],
    englishNames: ['Dutch Data Protection Authority'],
    acronyms: ['CBP'],
  },
  {
    country: 'BE',
    names: ['Autorité de protection des données', 'Gegevensbeschermingsautoriteit'],
    acronyms: ['APD', 'GBA'],
  },
  {
    country: 'PL',
    names: ['Prezes Urzędu Ochrony Danych Osobowych', 'Urzędu Ochrony Danych Osobowych'],
    acronyms: ['UODO', 'PUODO'],
  },
  {
    country: 'PT',
    names: ['Comissão Nacional de Protecção de Dados'],
  },
  { country: 'SE', names: ['Integritetsskyddsmyndigheten', 'Datainspektionen'], acronyms: ['IMY'] },
  // The Norwegian authority's former English name.
  { country: 'NO', englishNames: ['Data Inspectorate'] },
  {
    country: 'CH',
    englishNames: ['Federal Data Protection and Information Commissioner'],
    acronyms: ['FDPIC', 'EDÖB', 'PFPDT'],
  },
  {
    country: 'AT',
    names: ['Österreichische Datenschutzbehörde', 'Datenschutzbehörde Österreich'],
  },
  { country: 'DE', subdivision: 'DE-BY', acronyms: ['BayLDA'] },
  // Brazil (LGPD Art. 55-A): its site is a section of gov.br, so only that section names it.
  { country: 'BR', domains: ['gov.br/anpd'] },
];

/**
 * Where a policy's language is an official one: two authorities sharing a name or acronym
 * (CNPD: Portugal and Luxembourg; Datatilsynet: Denmark and Norway) are told apart by it.
 */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  pt: ['PT', 'BR'],
  fr: ['FR', 'BE', 'LU', 'CH'],
  de: ['DE', 'AT', 'CH', 'LU', 'LI'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  es: ['ES'],
  pl: ['PL'],
  da: ['DK'],
  nb: ['NO'],
  nn: ['NO'],
  no: ['NO'],
  sv: ['SE', 'FI'],
  fi: ['FI'],
};
