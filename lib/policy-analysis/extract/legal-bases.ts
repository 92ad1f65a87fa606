import type { Segment } from '../../shared/policy-text';
import type { LegalBasis, LegalBasisStatement, Purpose } from '../schema';
import type { ExtractContext } from './lexicon';
import { Collector, evidenceOf, firstMatch, matchTable, matchesAny } from './match';

/** A list after "for the following purposes:" rarely runs longer; past this it is the next section. */
const MAX_LIST = 12;

interface Intro {
  bases: LegalBasis[];
  at: number;
}

/** A sentence naming a basis and announcing a list: "On the basis of a legitimate interest, we … for the following purposes:". */
function introAt(segment: Segment, ctx: ExtractContext): LegalBasis[] {
  if (!matchesAny(segment.text, ctx.lex.purposeListIntro)) {
    return [];
  }
  // A list item may hold the end of one list and the next intro: read the intro's own sentence.
  const text = segment.text;
  const from = Math.max(text.lastIndexOf('. '), text.lastIndexOf('; '), text.lastIndexOf('\n')) + 1;
  const tail = { ...segment, text: text.slice(from) };
  return matchTable([tail], ctx.lex.legalBases).map((found) => found.value);
}

/** List items, or paragraph lines written as items ("…;"), that follow an intro. */
function isListLine(segment: Segment, ctx: ExtractContext): boolean {
  const kind = ctx.blocks[segment.block]?.kind;
  return (
    kind === 'listItem' ||
    kind === 'tableCell' ||
    (kind === 'paragraph' && /[;,]\s*$/.test(segment.text))
  );
}

function listAfter(intro: Intro, ctx: ExtractContext): Segment[] {
  const items: Segment[] = [];
  for (let i = intro.at + 1; i < ctx.segments.length && items.length < MAX_LIST; i++) {
    const segment = ctx.segments[i]!;
    const introBlock = ctx.segments[intro.at]!.block;
    if (segment.block === introBlock || !isListLine(segment, ctx)) {
      if (segment.block !== introBlock) {
        break;
      }
      continue;
    }
    items.push(segment);
    if (introAt(segment, ctx).length > 0) {
      break; // an item that itself opens the next basis's list
    }
  }
  return items;
}

type PurposesByBasis = Map<LegalBasis, Collector<Purpose>>;

/** Adds the purposes stated in `segment` to each of `bases`. */
function tie(into: PurposesByBasis, bases: LegalBasis[], segment: Segment, ctx: ExtractContext) {
  for (const purpose of Object.keys(ctx.lex.purposes) as Purpose[]) {
    const match = firstMatch(segment.text, ctx.lex.purposes[purpose]);
    for (const basis of match ? bases : []) {
      const collector = into.get(basis) ?? new Collector<Purpose>();
      collector.add(purpose, evidenceOf(segment, match!));
      into.set(basis, collector);
    }
  }
}

/**
 * Legal bases (GDPR Art. 6(1), Art. 13(1)(c)) and the purposes the policy ties to them: the items
 * of a list introduced by a basis ("On the basis of our legitimate interest … for the following
 * purposes:"), or the purposes of a sentence that names exactly one basis ("we send the newsletter
 * with your consent").
 */
export function extractLegalBases(ctx: ExtractContext): LegalBasisStatement[] {
  const bases = matchTable(ctx.segments, ctx.lex.legalBases);
  const purposes: PurposesByBasis = new Map();
  ctx.segments.forEach((segment, at) => {
    const intro = { bases: introAt(segment, ctx), at };
    if (intro.bases.length > 0) {
      for (const item of listAfter(intro, ctx)) {
        tie(purposes, intro.bases, item, ctx);
      }
      return;
    }
    const own = matchTable([segment], ctx.lex.legalBases).map((found) => found.value);
    if (own.length === 1) {
      tie(purposes, own, segment, ctx);
    }
  });
  return bases.map(({ value, evidence }) => ({
    value,
    evidence,
    purposes: purposes.get(value)?.list() ?? [],
  }));
}
