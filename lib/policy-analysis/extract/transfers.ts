import type { Segment } from '../../shared/policy-text';
import { looksLikeHeading } from '../../policy-text/text-to-blocks';
import type { Attributes, TransferSafeguard } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import {
  Collector,
  MAX_EVIDENCE,
  evidenceOf,
  firstMatch,
  inContext,
  matchTable,
  matchesAny,
} from './match';

/** How far before the transfer words a "no", "nicht", "geen" still denies them. */
const NEGATION_WINDOW = 80;
/** A short line ("Third country transfers: none") is denied by a negation anywhere in it. */
const SHORT_WORDS = 12;

/**
 * Does this sentence state that a transfer happens? Not when it denies it ("Uw gegevens worden
 * niet doorgegeven buiten de EER", "No se realizarán transferencias internacionales",
 * "Third country transfers: none"), when it is a condition ("If it should become necessary to
 * transfer…"), or when it only names the topic (a heading, a table label answered "No" next to it).
 * A rule on sentence roles, the same in every language: the words come from the lexicon.
 */
function statesTransfer(
  segment: Segment,
  match: RegExpExecArray,
  next: Segment | undefined,
  lex: ExtractLexicon,
  isHeading: boolean,
): boolean {
  const text = segment.text;
  if (matchesAny(text, lex.transfers.conditional)) {
    return false;
  }
  const words = text.split(/\s+/).length;
  // A heading (or a title-like line) names the topic: the sentence under it says yes or no.
  if (isHeading || looksLikeHeading(text)) {
    return (
      !!next &&
      !matchesAny(next.text, lex.transfers.negation) &&
      !matchesAny(next.text, lex.transfers.conditional)
    );
  }
  const matchStart = match.index;
  const before = text.slice(Math.max(0, matchStart - NEGATION_WINDOW), matchStart);
  // The transfer words themselves may hold a "non" ("paesi non facenti parte dell'UE").
  const rest = `${text.slice(0, matchStart)} ${text.slice(matchStart + match[0].length)}`;
  const negated = lex.transfers.negation.some((re) =>
    words <= SHORT_WORDS ? re.test(rest) : re.test(before),
  );
  if (negated) {
    return false;
  }
  // A label ("Transferencias internacionales") answered in the next cell or line ("No", "Ninguna").
  if (words <= 4 && next && next.text.split(/\s+/).length <= 6) {
    return !lex.transfers.negation.some((re) => re.test(next.text));
  }
  return true;
}

/**
 * Transfers outside the EU/EEA (GDPR Art. 13(1)(f), Art. 44–49): the sentences saying so, the
 * countries named in them, and the safeguards relied on. Countries and safeguards count only in
 * sentences about transfers ("an adequate level of protection" of a processor is not an adequacy decision).
 */
export function extractTransfers({
  segments,
  blocks,
  lex,
}: ExtractContext): Attributes['transfers'] {
  const outsideEea = [];
  const countries = new Collector<string>();
  const about = segments.filter(
    (s) => inContext(s, lex.transfers.context) || inContext(s, lex.transfers.outsideEea),
  );
  for (const segment of about) {
    const outside = firstMatch(segment.text, lex.transfers.outsideEea);
    const heading = blocks[segment.block]?.kind === 'heading';
    if (
      outside &&
      outsideEea.length < MAX_EVIDENCE &&
      statesTransfer(segment, outside, segments[segment.index + 1], lex, heading)
    ) {
      outsideEea.push(evidenceOf(segment, outside));
    }
    for (const [code, pattern] of Object.entries(lex.transfers.countries)) {
      const match = pattern.exec(segment.text);
      if (match) {
        countries.add(code, evidenceOf(segment, match));
      }
    }
  }
  const safeguards = matchTable<TransferSafeguard>(about, lex.transfers.safeguards);
  return { outsideEea, countries: countries.list(), safeguards };
}
