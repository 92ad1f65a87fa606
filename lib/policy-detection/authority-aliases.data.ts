/**
 * Other names policies use for supervisory authorities, beyond the names and local names of
 * lib/legal/authorities.data.json (keyed by country, and subdivision for German Länder).
 * Acronyms are matched case-sensitively as whole words; names case- and accent-insensitively.
 */
export interface AuthorityAlias {
  country: string;
  subdivision?: string;
  names?: readonly string[];
  acronyms?: readonly string[];
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
    names: ['Data Protection Commission', 'Data Protection Commissioner'],
    acronyms: ['DPC'],
  },
  { country: 'DE', names: ['Bundesbeauftragte für den Datenschutz'], acronyms: ['BfDI'] },
  {
    country: 'ES',
    names: ['Agencia Española de Protección de Datos', 'Spanish Data Protection Agency'],
    acronyms: ['AEPD'],
  },
  {
    country: 'IT',
    names: [
      'Garante per la protezione dei dati personali',
      'Garante Privacy',
      'Garante della Privacy',
    ],
    acronyms: ['GPDP'],
  },
  { country: 'NL', names: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'] },
  {
    country: 'BE',
    names: ['Autorité de protection des données', 'Gegevensbeschermingsautoriteit'],
    acronyms: ['APD', 'GBA'],
  },
  { country: 'PL', names: ['Prezes Urzędu Ochrony Danych Osobowych'], acronyms: ['UODO'] },
  { country: 'SE', names: ['Integritetsskyddsmyndigheten', 'Datainspektionen'], acronyms: ['IMY'] },
  {
    country: 'CH',
    names: ['Federal Data Protection and Information Commissioner'],
    acronyms: ['FDPIC', 'EDÖB', 'PFPDT'],
  },
  { country: 'AT', names: ['Datenschutzbehörde', 'Österreichische Datenschutzbehörde'] },
  { country: 'DE', subdivision: 'DE-BY', acronyms: ['BayLDA'] },
];
