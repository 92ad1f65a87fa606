/**
 * At most this many elements of a page are parsed. Far more than any real policy page has (the
 * largest of the 66 corpus pages has 2,112 start tags; a heavy modern page with inline SVG icons
 * has a few thousand): only a hostile page reaches it, and its parse is then bounded — linkedom,
 * in the CLI, takes about 8 µs per element, so 625,000 `<p>a</p>` (5 MB) took 5 s to parse.
 * The blocks cap (html-to-blocks MAX_BLOCKS) would drop what follows anyway.
 */
export const MAX_ELEMENTS = 50_000;

/**
 * The elements whose content both the browser's parser and linkedom's (htmlparser2) read as text.
 * Others (xmp, noembed…) are counted as if they held elements: at worst the cut comes earlier.
 */
const RAW_TEXT = /^(script|style|textarea|title)(?=[\s/>])/i;
/** The end tag of each raw-text element, found from a given index (`lastIndex`), any case. */
const RAW_END: Readonly<Record<string, RegExp>> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  textarea: /<\/textarea/gi,
  title: /<\/title/gi,
};

/**
 * The page cut just before its (max+1)-th start tag, or unchanged when it has no more. One pass
 * over the string: a start tag is `<` then a letter; comments and the text of raw-text elements
 * (scripts, styles) hold no tags, so "<div" inside a script string is not counted. An unclosed
 * comment or script ends the scan (the parser reads the rest as that comment or script too).
 */
export function boundHtml(html: string, max = MAX_ELEMENTS): string {
  if (!hasMoreThan(html, '<', max)) {
    return html;
  }
  let count = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    const isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
    if (html.startsWith('<!--', i)) {
      // From i + 2: "<!-->" and "<!--->" are whole (empty) comments for the HTML parser.
      const end = html.indexOf('-->', i + 2);
      if (end === -1) {
        return html;
      }
      i = html.indexOf('<', end + 3);
      continue;
    }
    if (isLetter) {
      count += 1;
      if (count > max) {
        return html.slice(0, i);
      }
      const raw = RAW_TEXT.exec(html.slice(i + 1, i + 12))?.[1];
      const close = raw === undefined ? undefined : RAW_END[raw.toLowerCase()];
      if (raw !== undefined && close) {
        close.lastIndex = i + 1 + raw.length;
        if (close.exec(html) === null) {
          return html;
        }
        i = html.indexOf('<', close.lastIndex);
        continue;
      }
    }
    i = html.indexOf('<', i + 1);
  }
  return html;
}

/**
 * Whether `text` holds more than `n` of `char`. Each start tag begins with its own "<", so a page
 * with no more than `max` of them is whole: this count costs a third of the scan above, which
 * then runs only on pages this large (speed, issue 11, item 8).
 */
function hasMoreThan(text: string, char: string, n: number): boolean {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) {
    count += 1;
    if (count > n) {
      return true;
    }
  }
  return false;
}
