import { describe, expect, it } from 'vitest';
import { detectOnPage } from '../../../lib/policy-detection/detect-on-page';
import { emailsFromMailto } from '../../../lib/policy-detection/extract-emails';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';

/**
 * An address smuggled into a mailto: path (issue 10, item 4; SECURITY.md finding 7): only the
 * link's real recipients count; decoded CR/LF, spaces, commas or headers never yield a contact.
 */
const HOSTILE = 'mailto:support@shop.fr%0D%0ABcc:%20dpo@evil.fr';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('mailto: recipients', () => {
  it.each([
    [HOSTILE, []],
    ['mailto:support@shop.fr%0ABcc:dpo@evil.fr', []],
    ['mailto:support@shop.fr%0D%0A%0D%0Adpo@evil.fr', []],
    ['mailto:support@shop.fr%2C%20dpo@evil.fr', []],
    ['mailto:support@shop.fr%20dpo@evil.fr', []],
    ['mailto:%3Cdpo@evil.fr%3E', []],
    ['mailto:Support%20%3Csupport@shop.fr%3E', []],
    ['mailto:support@shop.fr,dpo@shop.fr', ['support@shop.fr', 'dpo@shop.fr']],
    ['mailto: dpo@shop.fr', ['dpo@shop.fr']],
    ['mailto:dpo%40shop.fr', ['dpo@shop.fr']],
    ['mailto:dpo@shop.fr?bcc=dpo@evil.fr', ['dpo@shop.fr']],
  ])('%s → %j', (href, expected) => {
    expect(emailsFromMailto(href)).toEqual(expected);
  });

  const page = `<!doctype html><html lang="en"><body><main>
    <h1>Privacy policy</h1>
    <p>Our data protection officer answers your questions: <a href="${HOSTILE}">write to us</a>.</p>
  </main></body></html>`;

  it('the page scan offers no smuggled address', () => {
    const scan = detectOnPage(parse(page), 'https://shop.fr/privacy');
    expect(scan.emails.map((e) => e.address)).not.toContain('dpo@evil.fr');
  });

  it('reading the policy offers no smuggled address as a contact or DPO', () => {
    const doc = parse(page);
    const found = findContacts(htmlToBlocks(doc), { pageUrl: 'https://shop.fr/privacy', doc });
    const values = found.contacts.map((c) => c.value);
    expect(values).not.toContain('dpo@evil.fr');
    expect(found.dpo?.email).not.toBe('dpo@evil.fr');
  });
});
