import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/policy-analysis/classify';
import { EMAIL_CUE } from '../../../lib/policy-analysis/rules/rule-types';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';
import { findStreet } from '../../../lib/policy-detection/address-patterns.data';
import { extractEmails } from '../../../lib/policy-detection/extract-emails';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { MAX_BLOCKS, MAX_TEXT_CHARS, htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import { segmentText } from '../../../lib/policy-text/segment-blocks';
import { textToBlocks } from '../../../lib/policy-text/text-to-blocks';
import type { Block } from '../../../lib/shared/policy-text';

/**
 * Hostile text (issue 10, item 3; SECURITY.md finding 6). The speed figures are printed by
 * `npm run bench -- --only=hostile`; these tests check behaviour: the bounds hold, and the
 * patterns rewritten to stay linear still find what they should.
 */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (text: string): Block => ({ kind: 'paragraph', text, headingPath: [] });

describe('bounds on what is analysed', () => {
  it('a plain-text policy gives at most MAX_BLOCKS blocks, like an HTML one', () => {
    expect(textToBlocks('a.\n'.repeat(MAX_BLOCKS + 1000))).toHaveLength(MAX_BLOCKS);
  });

  it("'a\\n'×n is one hard-wrapped paragraph, cut at MAX_TEXT_CHARS", () => {
    const blocks = textToBlocks('a\n'.repeat(MAX_TEXT_CHARS));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  }, 30_000);

  it('keeps at most MAX_TEXT_CHARS characters of text, cut at the limit', () => {
    const html = `<main><p>${'We collect data. '.repeat(80_000)}</p><p>After the cut.</p></main>`;
    const blocks = htmlToBlocks(parse(html));
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    expect(chars).toBe(MAX_TEXT_CHARS);
    expect(blocks.map((b) => b.text).join(' ')).not.toContain('After the cut');
    const text = textToBlocks('We collect data.\n'.repeat(80_000));
    expect(text.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  }, 30_000);

  it('a "heading" of hundreds of characters is read as a paragraph, not as a title', () => {
    const long = 'Very long title '.repeat(30).trim();
    const blocks = htmlToBlocks(parse(`<main><h2>${long}</h2><p>We collect data.</p></main>`));
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: long });
    expect(blocks[1]?.headingPath).toEqual([]);
  });

  it('a sentence with no end is split into pieces of at most 2,000 characters', () => {
    const text = 'word '.repeat(2000);
    const spans = segmentText(text, 'en');
    expect(spans.length).toBeGreaterThan(1);
    expect(Math.max(...spans.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
    spans.forEach((s) => expect(text.slice(s.start, s.end)).toBe(s.text));
  });

  it('long text is cut into sentences exactly as before, abbreviations included', () => {
    const sentence = 'We share data, e.g. with Acme Ltd. for payments. ';
    const text = sentence.repeat(200);
    const spans = segmentText(text, 'en');
    expect(spans).toHaveLength(200);
    spans.forEach((s, i) => {
      expect(s.text).toBe(sentence.trim());
      expect(s.start).toBe(i * sentence.length);
    });
  });
});

describe('patterns that stay linear still find what they should', () => {
  it.each([
    ['privacy@shop.fr', 'privacy@shop.fr'],
    ['(jean.dupont+dpo@mail.shop.co.uk)', 'jean.dupont+dpo@mail.shop.co.uk'],
    ['write to a-b_c@x-y.fr.', 'a-b_c@x-y.fr'],
  ])('the email cue finds %s', (text, address) => {
    expect(new RegExp(EMAIL_CUE).exec(text)?.[0]).toBe(address);
  });

  it('the email cue starts only where a run of address characters starts', () => {
    expect(new RegExp(EMAIL_CUE).exec('....x@shop.fr')?.index).toBe(0);
    expect(new RegExp(EMAIL_CUE).exec('a-a-a-a-')).toBeNull();
  });

  it('a sentence with an address is still a controller contact (en, fr, de rules)', () => {
    for (const lang of ['en', 'fr', 'de']) {
      const labels = classifyPassage('dpo@shop.example', lang);
      expect(labels.gdpr.map((g) => g.requirement)).toContain('controller-contact');
    }
  });

  it('company names before a legal form are still found, at most six words long', () => {
    const labels = classifyPassage('This site is run by Acme Widgets Europe Ltd.', 'en');
    const name = labels.gdpr.find((g) => g.requirement === 'controller-name');
    expect(name?.cues[0]?.quote).toBe('Acme Widgets Europe Ltd.');
  });

  it('the DPO and the addresses of the analysis are still extracted', () => {
    const analysis = analyzePolicy(
      [para('Our data protection officer, Jane Roe, can be reached at dpo.team+eu@shop.example.')],
      { today: '2026-01-01', lang: 'en' },
    );
    expect(analysis.attributes.dpo.contacts.map((c) => c.value)).toEqual([
      'dpo.team+eu@shop.example',
    ]);
    expect(analysis.attributes.emails.map((c) => c.value)).toEqual(['dpo.team+eu@shop.example']);
  });

  it.each([
    ['Hauptstraße 5, 10115 Berlin', 'Hauptstraße'],
    ['Keizersgracht 1, 1015 CJ Amsterdam', 'Keizersgracht'],
    ['12 rue de Rivoli, 75001 Paris', '12 rue'],
    ['Konrad-Adenauer-Ring 3, 50667 Köln', 'Konrad-Adenauer-Ring'],
    // English words that end like a German type are no street: the name starts with a capital.
    ['during sharing and monitoring, 12345 Berlin', null],
    ['by emailing or writing to 13428 Maxella Ave', 'Ave'],
  ])('street words: %s', (text, street) => {
    expect(findStreet(text)?.[0] ?? null).toBe(street);
  });

  it('every address of a long list is found once, with its offsets', () => {
    const text = 'a@b.co '.repeat(500);
    const found = extractEmails(text);
    expect(found).toHaveLength(500);
    found.forEach((f, i) =>
      expect([f.start, f.end, f.address]).toEqual([i * 7, i * 7 + 6, 'a@b.co']),
    );
  });

  it('the contact of a policy with thousands of addresses is still scored by its context', () => {
    const blocks = [
      para(`${'Spam spam@spam.example. '.repeat(300)}`),
      para('Contact our data protection officer at dpo@shop.example.'),
    ];
    const contacts = findContacts(blocks, { pageUrl: 'https://shop.example/privacy' });
    expect(contacts.contacts[0]).toMatchObject({ value: 'dpo@shop.example', role: 'dpo' });
  });
});
