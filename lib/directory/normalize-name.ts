/**
 * A company or brand name as the directory compares it: case, accents, punctuation and legal
 * forms left out, so "GMX", "gmx" and "1&1 Mail & Media GmbH" / "1&1 mail and media" meet.
 */

// prettier-ignore
const LEGAL_FORMS = new Set([
  'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'gbr', 'ug', 'ev', 'se', 'co', 'cokg', 'haftungsbeschrankt',
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'company',
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sca', 'snc', 'bv', 'nv', 'vof', 'srl', 'spa', 'sl', 'slu',
  'ab', 'as', 'asa', 'aps', 'oy', 'oyj', 'sp', 'zoo', 'sro', 'kft', 'zrt', 'doo', 'ehf', 'the',
]);

export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "S.A.", "e.V.", "Booking.com": dots join, so abbreviations meet their legal-form entry.
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/\b(und|et)\b/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  // "The Company Ltd" is all legal words: keep them rather than match every empty name.
  return (kept.length ? kept : words).join(' ');
}
