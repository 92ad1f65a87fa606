import type { Block } from '../shared/policy-text';
import { MAX_BLOCKS, MAX_TEXT_CHARS } from './html-to-blocks';

/**
 * Blocks of a plain-text policy (.txt). Headings are guessed: a short line that reads like a title
 * (no final punctuation, no address or number in it) between blank lines or before its text.
 * A heading right after another heading goes one level deeper ("Contact" → "Data Protection Officer").
 */
const BULLET = /^\s*(?:[•\-*–·▪◦]|\d{1,2}[.)](?!\d)|[a-z][.)])\s+/;
/** A line ending in a conjunction or article is a sentence broken across lines, not a title. */
const DANGLING = /\s(?:and|or|the|of|to|with|for|a|an|et|ou|de|und|oder|der|die|y|o|e|en|i|lub)$/i;
/** "Term – meaning" lines of a definitions list. */
const DEFINITION = /\S\s[–—-]\s\S/;
/**
 * A hard-wrapped line goes on its paragraph: the line before it (no blank line between) ends
 * without a sentence's final punctuation, and it starts in lower case, or with a figure after a
 * figure ("NIF 241 ⏎ 614 708"). A text editor's wrap is no paragraph break.
 */
const SENTENCE_END = /[.!?;:]$/;
const CONTINUES = /^\p{Ll}/u;
const FIGURE_GOES_ON = /^\d/;
const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 10;

export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_HEADING_CHARS || t.split(/\s+/).length > MAX_HEADING_WORDS) {
    return false;
  }
  if (/[.,;:!?…]$/.test(t) || /[@:]|https?\/\/|www\.|\d{3,}/.test(t) || DANGLING.test(t)) {
    return false;
  }
  // Starts with a capital letter, or a section number ("3. Your rights", "II. Data").
  return /^(?:[\p{Lu}]|(?:\d+(?:\.\d+)*|[IVX]+)[.)]?\s+\p{L})/u.test(t);
}

export function textToBlocks(text: string): Block[] {
  // The same caps as for HTML (issue 10, item 3): 'a\n'×n made tens of thousands of blocks.
  const lines = text.slice(0, MAX_TEXT_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const path: { text: string; level: number }[] = [];
  let previousWasHeading = false;
  let previousLine = '';
  let previousBlank = true;
  // Whether a non-blank line follows, from the last non-blank one: not a search per line, which
  // made 'a\n'×n quadratic (issue 10, item 3).
  const lastText = lines.findLastIndex((l) => l.trim());
  for (let i = 0; i < lines.length && blocks.length < MAX_BLOCKS; i++) {
    const raw = lines[i] ?? '';
    const t = raw.replace(/\s+/g, ' ').trim();
    const blank = previousBlank;
    previousBlank = !t;
    if (!t) {
      continue;
    }
    const last = blocks.at(-1);
    if (
      !blank &&
      last &&
      last.kind !== 'heading' &&
      // The previous line, not the block's text: testing the growing text made 'a\n'×n
      // quadratic (each test flattened it: 500,000 characters took minutes).
      !SENTENCE_END.test(previousLine) &&
      !BULLET.test(raw) &&
      (CONTINUES.test(t) || (FIGURE_GOES_ON.test(t) && /\d$/.test(previousLine)))
    ) {
      last.text = `${last.text} ${t}`;
      previousLine = t;
      continue;
    }
    const hasNext = i < lastText;
    const headingPath = path.map((h) => h.text);
    const inDefinitions = DEFINITION.test(t) && DEFINITION.test(previousLine);
    previousLine = t;
    // A line the next one continues in lower case is a wrapped sentence, not a title.
    const wrapped = CONTINUES.test((lines[i + 1] ?? '').trim());
    if (hasNext && !wrapped && !BULLET.test(raw) && !inDefinitions && looksLikeHeading(t)) {
      const level =
        blocks.length === 0
          ? 1
          : previousWasHeading
            ? Math.min(6, (path.at(-1)?.level ?? 1) + 1)
            : Math.max(2, path.at(-1)?.level ?? 2);
      while (path.length && (path.at(-1)?.level ?? 0) >= level) {
        path.pop();
      }
      blocks.push({ kind: 'heading', text: t, level, headingPath: path.map((h) => h.text) });
      path.push({ text: t, level });
      previousWasHeading = true;
      continue;
    }
    previousWasHeading = false;
    const bullet = BULLET.exec(raw);
    blocks.push(
      bullet
        ? {
            kind: 'listItem',
            text: raw.slice(bullet[0].length).replace(/\s+/g, ' ').trim(),
            headingPath,
          }
        : { kind: 'paragraph', text: t, headingPath },
    );
  }
  return blocks;
}
