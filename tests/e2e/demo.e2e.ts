import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXTENSION_DIR, launchWithExtension, unpackedExtensionId } from './support/extension';

// Issue 12, first run: the headed demo pins the Rightful button by starting Chromium with the
// pin preference for the extension's id, which must be the id Chromium actually gives it.
describe('the demo’s pinned button', () => {
  it('names the extension by the id Chromium gives the unpacked build', async () => {
    const session = await launchWithExtension({ pinned: true });
    try {
      assert.equal(unpackedExtensionId(EXTENSION_DIR), session.extensionId);
      assert.match(session.extensionId, /^[a-p]{32}$/);
    } finally {
      await session.close();
    }
  });
});
