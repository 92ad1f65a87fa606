import type { Block, Segment } from '../shared/policy-text';
import { ABBREVIATIONS } from './abbreviations.data';

/** A sentence span inside a text: `text.slice(start, end)` is the trimmed sentence. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new Map<string, Set<string>>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    // A page's lang attribute is untrusted: "" or "x_y!" make Intl throw a RangeError.
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang]).length > 0 ? lang : 'en';
    } catch {
      locale = 'en';
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function abbreviationsFor(lang: string): Set<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    set = new Set([...(ABBREVIATIONS.common ?? []), ...(ABBREVIATIONS[lang] ?? [])]);
    abbreviationSets.set(lang, set);
  }
  return set;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator), tested on one UTF-16 unit. */
const SPACE = /\s/;

/**
 * Does this raw sentence end with an abbreviation's dot rather than a full stop? Read from the
 * end (speed: every piece ICU returns is asked, so no regex runs over the whole piece).
 */
function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  let end = piece.length;
  while (end > 0 && SPACE.test(piece[end - 1]!)) {
    if (piece[end - 1] === '\n') {
      return false; // a line break is a real boundary (headings, list lines)
    }
    end--;
  }
  if (end === 0 || piece[end - 1] !== '.') {
    return false;
  }
  let start = end - 1;
  while (start > 0 && !SPACE.test(piece[start - 1]!)) {
    start--;
  }
  const word = piece
    .slice(start, end - 1)
    .replace(/^[("'«„“[]+/u, '')
    .replace(/^\p{L}['’]/u, '') // French elision: "l'art."
    .toLowerCase();
  // single letters ("z.", "B.", "p.") and dotted runs ("e.g", "u.a", "d.h")
  return (
    abbreviations.has(word) ||
    (word.length <= 2 && /^\p{L}$/u.test(word)) ||
    (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word))
  );
}

function trimmed(text: string, start: number, end: number): TextSpan | undefined {
  while (start < end && /\s/u.test(text[start] ?? '')) {
    start++;
  }
  while (end > start && /\s/u.test(text[end - 1] ?? '')) {
    end--;
  }
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/**
 * ICU's sentence iterator slows down with the length of the text it walks (V8 in Node 20:
 * 'We collect your data. ' repeated to 80,000 characters takes 5× as long as to 40,000 — quadratic;
 * a million characters took minutes; issue 10, item 3). Long texts are therefore walked in pieces of
 * at most PIECE characters, each cut where a sentence surely ends (". " before a capital letter),
 * else at a space: a "sentence" longer than PIECE is split there.
 */
const PIECE = 2000;
const SURE_END = /[.!?]\s+(?=\p{Lu})/gu;

function pieceEnd(text: string, start: number): number {
  if (text.length - start <= PIECE) {
    return text.length;
  }
  const window = text.slice(start, start + PIECE);
  let end = -1;
  for (const m of window.matchAll(SURE_END)) {
    end = m.index + m[0].length;
  }
  if (end <= 0) {
    end = window.lastIndexOf(' ') + 1;
  }
  if (end <= 0) {
    const code = window.charCodeAt(PIECE - 1);
    end = code >= 0xd800 && code <= 0xdbff ? PIECE - 1 : PIECE;
  }
  return start + end;
}

/** Intl.Segmenter's sentences of `text`, as { segment, index } with `index` into the whole text. */
function* sentencePieces(
  text: string,
  lang: string,
): Generator<{ segment: string; index: number }> {
  const segmenter = segmenterFor(lang);
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) {
      yield { segment, index: start + index };
    }
    start = end;
  }
}

/**
 * Split a text into sentences with Intl.Segmenter (sentence granularity), re-joining the pieces
 * ICU cuts after abbreviations. Offsets index `text`; whitespace around sentences is dropped.
 */
export function segmentText(text: string, lang = 'en'): TextSpan[] {
  const abbreviations = abbreviationsFor(lang);
  const spans: TextSpan[] = [];
  let pendingStart: number | undefined;
  for (const { segment, index } of sentencePieces(text, lang)) {
    const start = pendingStart ?? index;
    const end = index + segment.length;
    if (end < text.length && endsWithAbbreviation(segment, abbreviations)) {
      pendingStart = start;
      continue;
    }
    pendingStart = undefined;
    const span = trimmed(text, start, end);
    if (span) {
      spans.push(span);
    }
  }
  return spans;
}

/**
 * Blocks → segments: headings and list items are one segment each (a list item is one claim);
 * paragraphs and table cells are split into sentences. Offsets index the block's text.
 */
export function segmentBlocks(blocks: readonly Block[], lang = 'en'): Segment[] {
  const segments: Segment[] = [];
  blocks.forEach((block, blockIndex) => {
    const whole = block.kind === 'heading' || block.kind === 'listItem';
    const spans = whole
      ? [trimmed(block.text, 0, block.text.length)].filter((s) => s !== undefined)
      : segmentText(block.text, lang);
    for (const span of spans) {
      const links = block.links?.filter((l) => span.text.includes(l.text));
      segments.push({
        index: segments.length,
        block: blockIndex,
        start: span.start,
        end: span.end,
        text: span.text,
        headingPath: block.headingPath,
        ...(links?.length ? { links } : {}),
      });
    }
  });
  return segments;
}
