import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';

// Issue 14 end to end: a policy with no email, of a company the directory knows (by the
// controller's name: the demo site runs on 127.0.0.1), gets the directory's address, marked as such.
describe('the company directory in the popup', () => {
  const demo = useDemoSession();

  it('offers the directory address when the policy gives none, with the attribution', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/directory/privacy`);

    const note = popup.getByRole('region', { name: 'Company directory' });
    await note.waitFor();
    assert.equal(
      await note.getByRole('status').textContent(),
      'This policy gives no email address. The directory lists dpo@gandi.net for Gandi SAS.',
    );
    assert.match((await note.textContent()) ?? '', /Datenanfragen\.de company directory \(CC0\)/);

    await popup.getByRole('button', { name: 'Ask for my data' }).click();
    assert.equal(await popup.locator('#req-to').inputValue(), 'dpo@gandi.net');
  });
});
