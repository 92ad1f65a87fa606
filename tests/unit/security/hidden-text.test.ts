import { describe, expect, it } from 'vitest';
import { detectOnPage } from '../../../lib/policy-detection/detect-on-page';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;

/**
 * Text the user cannot see. Decision (SECURITY.md, "hidden content"): content of <template>,
 * <script>, <style> is never text and never a contact. Addresses in a CSS-hidden element
 * (hidden, display:none) are kept out of the policy's main text, but the page scan still lists
 * them: collapsed footers and "show contact" panels hide real addresses, and the page's own
 * operator could show a misleading address visibly anyway — the popup shows each address with
 * its evidence so the user can judge.
 */
describe('hidden content', () => {
  it.each([
    ['<template>', '<template><p>Write to ghost@shop.example</p></template>'],
    ['<script>', '<script>var a = "ghost@shop.example";</script>'],
    ['<style>', '<style>/* ghost@shop.example */</style>'],
  ])('an address inside %s is not offered by the scan', (_name, html) => {
    const scan = detectOnPage(parse(page(`<p>Privacy Policy</p>${html}`)), 'https://shop.example/');
    expect(scan.emails.map((e) => e.address)).toEqual([]);
  });

  it.each([
    ['hidden', '<div hidden><p>Contact ghost@shop.example</p></div>'],
    ['display:none', '<p style="display:none">Contact ghost@shop.example</p>'],
    ['<template>', '<template><p>Contact ghost@shop.example</p></template>'],
  ])('an address inside %s is not in the policy text nor its contacts', (_name, html) => {
    const doc = parse(
      page(`<main><h1>Privacy Policy</h1><p>Write to dpo@shop.example.</p>${html}</main>`),
    );
    const blocks = htmlToBlocks(doc);
    expect(blocks.map((b) => b.text).join('\n')).not.toContain('ghost@');
    const emails = findContacts(blocks, { doc, pageUrl: 'https://shop.example/privacy' })
      .contacts.filter((c) => c.kind === 'email')
      .map((c) => c.value);
    expect(emails).toEqual(['dpo@shop.example']);
  });

  it('a CSS-hidden address on a page is listed by the scan (documented choice)', () => {
    const scan = detectOnPage(
      parse(page('<footer><div hidden>Contact dpo@shop.example</div></footer>')),
      'https://shop.example/',
    );
    expect(scan.emails.map((e) => e.address)).toEqual(['dpo@shop.example']);
  });

  // SECURITY.md, finding 2: Builder.heading takes el.textContent, so script text and hidden
  // children of a heading become heading text (and a heading path of every block below it).
  // Suggested fix in lib/policy-text/html-to-blocks.ts: collect a heading's text with the same
  // walk as other blocks (skipping SKIP_TAGS and isHidden). Fixed: visibleText in html-to-blocks.
  it.each([
    ['script', '<h2>Your rights<script>var x = "ghost";</script></h2>'],
    ['hidden span', '<h2>Your rights<span hidden>ghost</span></h2>'],
  ])('a heading does not take the text of a %s inside it', (_name, heading) => {
    const blocks = htmlToBlocks(parse(page(`<main>${heading}<p>You may ask.</p></main>`)));
    expect(blocks.map((b) => b.text).join('\n')).not.toContain('ghost');
  });
});
