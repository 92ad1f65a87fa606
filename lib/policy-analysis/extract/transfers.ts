import type { Attributes, TransferSafeguard } from '../schema';
import type { ExtractContext } from './lexicon';
import { Collector, MAX_EVIDENCE, evidenceOf, firstMatch, inContext, matchTable } from './match';

/**
 * Transfers outside the EU/EEA (GDPR Art. 13(1)(f), Art. 44–49): the sentences saying so, the
 * countries named in them, and the safeguards relied on. Countries and safeguards count only in
 * sentences about transfers ("an adequate level of protection" of a processor is not an adequacy decision).
 */
export function extractTransfers({ segments, lex }: ExtractContext): Attributes['transfers'] {
  const outsideEea = [];
  const countries = new Collector<string>();
  const about = segments.filter(
    (s) => inContext(s, lex.transfers.context) || inContext(s, lex.transfers.outsideEea),
  );
  for (const segment of about) {
    const outside = firstMatch(segment.text, lex.transfers.outsideEea);
    if (outside && outsideEea.length < MAX_EVIDENCE) {
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
