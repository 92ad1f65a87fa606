// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EMAIL_PROPERTIES } from '../../fuzz/properties/email';
import { FILE_PROPERTIES } from '../../fuzz/properties/files';
import { HTML_PROPERTIES } from '../../fuzz/properties/html';
import { LEDGER_PROPERTIES } from '../../fuzz/properties/ledger';
import { TEXT_PROPERTIES } from '../../fuzz/properties/text';
import { timedCheck, type FuzzProperty } from '../../fuzz/property';

/**
 * The fuzz properties of fuzz/ (`node --import tsx fuzz/main.ts` runs 10,000 cases each) at a
 * size fit for every test run: same seed, fast-check shrinking to a minimal input on failure.
 */
const RUNS = 100;
const SEED = 7;

const groups: [string, FuzzProperty[]][] = [
  ['HTML: detection and text extraction', HTML_PROPERTIES],
  ['text: segmentation, classification, attributes', TEXT_PROPERTIES],
  ['email: recipient, mailto, webmail, .eml', EMAIL_PROPERTIES],
  ['ledger import', LEDGER_PROPERTIES],
  ['files: calendar export, fetched bodies', FILE_PROPERTIES],
];

describe.each(groups)('fuzz · %s', (_group, properties) => {
  it.each(properties.map((p) => [p.name, p] as const))(
    '%s',
    (_name, property) => {
      fc.assert(
        fc.property(property.arbitrary, (input) => {
          timedCheck(property, input);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    60_000,
  );
});
