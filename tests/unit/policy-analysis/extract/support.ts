import type { ExtractContext } from '../../../../lib/policy-analysis/extract/lexicon';
import { lexiconFor } from '../../../../lib/policy-analysis/extract/lexicons';
import { segmentBlocks } from '../../../../lib/policy-analysis/segment';
import type { Block } from '../../../../lib/shared/policy-text';

/** Paragraphs (or "- item" list items, "# heading" headings) → an extraction context in `lang`. */
export function contextOf(lang: string, ...lines: string[]): ExtractContext {
  const blocks: Block[] = [];
  let heading: string[] = [];
  for (const line of lines) {
    if (line.startsWith('# ')) {
      heading = [line.slice(2)];
      blocks.push({ kind: 'heading', text: line.slice(2), level: 2, headingPath: [] });
    } else if (line.startsWith('- ')) {
      blocks.push({ kind: 'listItem', text: line.slice(2), headingPath: heading });
    } else {
      blocks.push({ kind: 'paragraph', text: line, headingPath: heading });
    }
  }
  return { segments: segmentBlocks(blocks, lang), blocks, lex: lexiconFor(lang) };
}
