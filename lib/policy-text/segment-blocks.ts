import type { Block, Segment } from '../shared/policy-text';

/**
 * Sentences of blocks, numbered across the document, each with its offsets in its block. The
 * split is deliberately plain (a full stop, ! or ? followed by space and a capital or digit), skips
 * common abbreviations and never cuts inside an address ("x@example.com. We" splits after ".com.").
 */
const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nr|mr|mrs|ms|dr|st|sr|jr|vs|approx|art|para|sec|cf|ca|bzw|z\.b|u\.a|ggf|mme|mlle|m|s\.a|n\.v|b\.v|p\.o|u\.s)\.|\b[A-Z]\.)$/i;
const BOUNDARY = /[.!?…]["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\d])/gu;

export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const cut = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, cut - 8), cut))) {
      continue;
    }
    spans.push({ start, end: cut });
    start = m.index + m[0].length;
  }
  if (start < text.length) {
    spans.push({ start, end: text.length });
  }
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

export function segmentBlocks(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  blocks.forEach((block, b) => {
    for (const { start, end } of splitSentences(block.text)) {
      segments.push({
        index: segments.length,
        block: b,
        start,
        end,
        text: block.text.slice(start, end),
        headingPath: block.headingPath,
      });
    }
  });
  return segments;
}
