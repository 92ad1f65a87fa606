import type { ExtractContext } from '../../../../lib/policy-analysis/extract/lexicon';
import { lexiconFor } from '../../../../lib/policy-analysis/extract/lexicons';
import { segmentBlocks } from '../../../../lib/policy-analysis/segment';
import type { Attributes } from '../../../../lib/policy-analysis/schema';
import type { Block, Evidence } from '../../../../lib/shared/policy-text';

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

/** Attributes with nothing found: tests add what they need. */
export function emptyAttributes(): Attributes {
  return {
    dataTypes: [],
    purposes: [],
    legalBases: [],
    recipients: [],
    sources: [],
    retention: [],
    children: { ageThresholds: [], mentions: [] },
    transfers: { outsideEea: [], countries: [], safeguards: [] },
    security: [],
    profiling: [],
    automatedDecisions: [],
    partnerMarketing: [],
    rights: [],
    dpo: { mentions: [], contacts: [] },
    emails: [],
    partnersListPromised: [],
    authority: { mentions: [], sections: [], named: [] },
  };
}

/** Evidence pointing at segment `segment` (the quote does not matter to these tests). */
export function ev(segment: number, quote = 'quote'): Evidence {
  return { segment, start: 0, end: quote.length, quote };
}
