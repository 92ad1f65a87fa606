import { describe, expect, it } from 'vitest';
import { isOwnExtensionSender } from '../../../lib/app/sender';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('isOwnExtensionSender', () => {
  it.each([
    ['the popup', { id: ID, url: `${ORIGIN}/popup.html` }, true],
    [
      'the dashboard (trailing slash on the origin)',
      { id: ID, url: `${ORIGIN}/dashboard.html` },
      true,
    ],
    ['a content script in a tab', { id: ID, url: 'https://shop.example/', tab: { id: 3 } }, false],
    [
      'an extension page shown in a tab',
      { id: ID, url: `${ORIGIN}/popup.html`, tab: { id: 3 } },
      false,
    ],
    [
      'another extension',
      {
        id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
        url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html',
      },
      false,
    ],
    ['another extension claiming our URL', { id: 'zzzz', url: `${ORIGIN}/popup.html` }, false],
    ['a web page (externally_connectable)', { url: 'https://evil.example/' }, false],
    ['our id on a look-alike origin', { id: ID, url: `${ORIGIN}.evil.example/x` }, false],
    ['no sender data', {}, false],
  ])('%s → %s', (_name, sender, expected) => {
    const origin = _name.includes('trailing') ? `${ORIGIN}/` : ORIGIN;
    expect(isOwnExtensionSender(sender, origin)).toBe(expected);
  });

  it('refuses everything when the origin given is not an extension origin', () => {
    expect(isOwnExtensionSender({ id: ID, url: `${ORIGIN}/popup.html` }, 'not a url')).toBe(false);
  });
});
