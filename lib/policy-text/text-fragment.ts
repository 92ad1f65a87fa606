/**
 * A URL that makes the browser scroll to and highlight `sentence` in the page — the standard
 * text fragment (#:~:text=start,end; WICG Scroll-to-Text-Fragment, in Chrome 80+ and Firefox
 * 131+). No script is injected and no permission is needed.
 */
export function textFragmentUrl(url: string, sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const base = url.replace(/#.*$/, '');
  if (words.length === 0) {
    return base;
  }
  // A long sentence is matched by its first and last words, which survives markup inside it.
  const directive =
    words.length <= 8
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, 4).join(' '))},${encodeTerm(words.slice(-4).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Percent-encodes a term, including the characters the directive syntax reserves (- , &). */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
