/** Lowercase, accents stripped, whitespace collapsed: the form lexicons are matched in. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (both already normalized). */
export function hasPhrase(text: string, phrase: string): boolean {
  let i = text.indexOf(phrase);
  while (i !== -1) {
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    const after = text[i + phrase.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
      return true;
    }
    i = text.indexOf(phrase, i + 1);
  }
  return false;
}
