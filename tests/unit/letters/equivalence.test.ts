import { describe, expect, it } from 'vitest';
import { everyLetterDigest } from '../../fixtures/letters/every-letter';

/**
 * Every letter, byte for byte. Written from the two engines before they were merged into
 * lib/letters (issue 13), it proved the merge changed no letter; it now guards every wording
 * change: after an intended one, run `npx vitest run tests/unit/letters -u` and review the diff.
 */
describe('every letter', () => {
  // Some 2,500 letters in eight languages: seconds on a loaded machine, so no wall-clock limit
  // worth failing on.
  it('renders as recorded', { timeout: 120_000 }, async () => {
    await expect(everyLetterDigest()).toMatchFileSnapshot(
      './__snapshots__/every-letter.digest.txt',
    );
  });
});
