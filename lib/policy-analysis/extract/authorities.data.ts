/**
 * Names of supervisory authorities a policy may give (GDPR Art. 13(2)(d) asks for the right to
 * complain to one; naming it is what makes the right usable). Several spellings per authority.
 */
export const AUTHORITY_NAMES: Readonly<Record<string, RegExp>> = {
  CNIL: /\bCNIL\b|Commission [Nn]ationale de l['’][Ii]nformatique et des [Ll]ibertés/u,
  ICO: /\bICO\b|Information Commissioner/u,
  DPC: /Data Protection Commission(?:er)?\b/u,
  BfDI: /\bBfDI\b|Bundesbeauftragte[nr]? für den Datenschutz/u,
  Landesbeauftragte:
    /Landesbeauftragte[nr]? für (?:den )?Datenschutz|Landesamt für Datenschutzaufsicht|\bBayLDA\b|Beauftragte[nr]? für Datenschutz und Informationsfreiheit/u,
  DSB: /Österreichische Datenschutzbehörde/u,
  EDÖB: /\bEDÖB\b|\bFDPIC\b|\bPFPDT\b|Eidgenössische[nr]? Datenschutz/u,
  APD: /Autorité de protection des données|Gegevensbeschermingsautoriteit|\bAPD\b|\bGBA\b/u,
  AEPD: /\bAEPD\b|Agencia Española de Protección de Datos/u,
  Garante: /Garante per la protezione dei dati/u,
  AP: /Autoriteit Persoonsgegevens/u,
  CNPD: /\bCNPD\b|Commission nationale pour la protection des données/u,
  Datatilsynet: /\bDatatilsynet\b/u,
  IMY: /\bIMY\b|Integritetsskyddsmyndigheten/u,
  UODO: /\bUODO\b|Urząd Ochrony Danych Osobowych/u,
  EDPS: /European Data Protection Supervisor|\bEDPS\b/u,
};
