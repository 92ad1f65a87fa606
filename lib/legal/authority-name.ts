import { AUTHORITIES, type Authority } from './authorities';

/** Authorities whose local name lists its languages' forms, " / " between them, in this order. */
const MULTILINGUAL: Record<string, readonly string[]> = {
  BE: ['nl', 'fr', 'de'],
  CH: ['de', 'fr', 'it'],
  FI: ['fi', 'sv'],
};

/**
 * An authority's name for a reader of `lang`: its official name in that language where it has one
 * (Belgium, Switzerland), else its official name when written in Latin letters ("Garante per la
 * protezione dei dati personali" is how Italian, French or Polish readers meet it), else English.
 */
export function authorityName(
  named: Pick<Authority, 'name'> & Partial<Authority>,
  language: string,
): string {
  const lang = language.toLowerCase().split('-')[0] ?? language;
  // A letter carries only the authority's English name: its record has the rest.
  const authority: Partial<Authority> & Pick<Authority, 'name'> =
    named.localName !== undefined
      ? named
      : (AUTHORITIES.find((a) => a.name === named.name) ?? named);
  const local = authority.localName;
  if (lang === 'en' || !local || /UNVERIFIED/.test(local)) {
    return authority.name;
  }
  const forms = MULTILINGUAL[authority.country ?? ''];
  if (forms && !authority.subdivision) {
    const own = local.split(' / ')[forms.indexOf(lang)];
    if (own !== undefined && forms.includes(lang)) {
      return own;
    }
  }
  if (authority.complaintLanguage === lang) {
    return local;
  }
  // Only Latin letters, digits, spaces and punctuation: readable in any of our languages.
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(local) && !local.includes(' / ')
    ? local
    : authority.name;
}

/**
 * An authority as a request's timeline recorded it (the dashboard records its English name) in
 * `lang`, so a Spanish letter says "ante Agencia Española de Protección de Datos"; any other
 * text (a name the user typed) stays as written.
 */
export function recordedAuthorityName(recorded: string, lang: string): string {
  const authority = AUTHORITIES.find((a) => a.name === recorded || a.localName === recorded);
  return authority ? authorityName(authority, lang) : recorded;
}
