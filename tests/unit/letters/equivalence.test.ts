import { describe, expect, it } from 'vitest';
import { everyLetterDigest } from '../../fixtures/letters/every-letter';

/**
 * Every letter, byte for byte. Written from the two engines before they were merged into
 * lib/letters (issue 13), it proved the merge changed no letter; it now guards every wording
 * change: after an intended one, run `npx vitest run tests/unit/letters -u` and review the diff.
 */
describe('every letter', () => {
  it('renders as recorded', async () => {
    await expect(everyLetterDigest()).toMatchFileSnapshot(
      './__snapshots__/every-letter.digest.txt',
    );
    // Thousands of letters on a shared machine: a generous limit, the test asserts no speed.
  }, 120_000);
});
