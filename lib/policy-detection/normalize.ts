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
    // Neither the character before nor the one after is a letter or digit.
    if (!/[a-z0-9]/.test((text[i - 1] ?? '') + (text[i + phrase.length] ?? ''))) {
      return true;
    }
    i = text.indexOf(phrase, i + 1);
  }
  return false;
}
