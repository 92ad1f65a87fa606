import { describe, expect, it } from 'vitest';
import { detectOnPage } from '../../../lib/policy-detection/detect-on-page';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * SECURITY.md, finding 1. scoreLink (lib/policy-detection/find-policy-links.ts) refuses hrefs
 * matching /^\s*(?:javascript|mailto|tel):/ BEFORE the URL parser, which strips tabs and
 * newlines inside the scheme ("java&#9;script:") and knows data:/vbscript: too. The popup then
 * renders the result as <a href>. The extension CSP blocks javascript: in the popup, but a
 * page must not be able to offer a non-web URL as "the privacy policy" at all.
 * Suggested fix: after `new URL(href, pageUrl)`, keep the link only if its protocol is http: or
 * https:. Fixed in scoreLink.
 */
describe('policy links a hostile page offers', () => {
  it.each([
    ['a tab inside the scheme', 'java&#9;script:alert(1)'],
    ['a newline inside the scheme', 'java&#10;script:alert(1)'],
    ['a data: URL', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
  ])('are web URLs only: %s', (_name, href) => {
    const html = `<footer><a href="${href}">Privacy Policy</a></footer>`;
    const links = detectOnPage(parse(html), 'https://shop.example/').policyLinks;
    expect(links.map((l) => new URL(l.url).protocol)).toEqual([]);
  });

  it.each([
    ['plain javascript:', 'javascript:alert(1)'],
    ['upper case with spaces', '  JaVaScRiPt:alert(1)'],
    ['mailto:', 'mailto:dpo@shop.example'],
  ])('are refused today: %s', (_name, href) => {
    const html = `<footer><a href="${href}">Privacy Policy</a></footer>`;
    expect(detectOnPage(parse(html), 'https://shop.example/').policyLinks).toEqual([]);
  });
});
