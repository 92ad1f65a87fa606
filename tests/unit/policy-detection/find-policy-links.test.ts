import { describe, expect, it } from 'vitest';
import {
  boundedAnchors,
  findPolicyLinks,
  MAX_ANCHORS_HEAD,
  MAX_ANCHORS_TAIL,
  matchLabel,
  matchUrl,
  mightBePolicyLink,
  rankLinks,
} from '../../../lib/policy-detection/find-policy-links';
import type { PolicyLink } from '../../../lib/policy-detection/schema';
import { LINK_LEXICON, URL_TOKENS } from '../../../lib/policy-detection/link-lexicon.data';
import { normalize } from '../../../lib/policy-detection/normalize';
import { parseHtml } from '../../../cli/support/parse-html';

const PAGE = 'https://shop.velotte.example/';

function jsdomDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A home page whose footer holds `label` next to the usual noise. */
function page(label: string, href = '/a/b'): string {
  return `<html><body><nav><a href="/shop">Shop</a><a href="/about">About us</a></nav>
    <p>Welcome. <a href="/blog">Read the blog</a></p>
    <footer><a href="/faq">FAQ</a><a href="${href}">${label}</a></footer></body></html>`;
}

describe('matchLabel: one link text per language, kind kept apart', () => {
  it.each([
    ['en', 'Privacy Policy', 'privacy'],
    ['en', 'Privacy Notice', 'privacy'],
    ['en', 'Cookie Policy', 'cookies'],
    ['en', 'Terms of Service', 'terms'],
    ['en', 'Legal notice', 'legal'],
    ['fr', 'Politique de confidentialité', 'privacy'],
    ['fr', 'Politique de confidentialite', 'privacy'],
    ['fr', 'Données personnelles', 'privacy'],
    ['fr', 'Mentions légales', 'legal'],
    ['fr', 'CGU', 'terms'],
    ['de', 'Datenschutzerklärung', 'privacy'],
    ['de', 'Datenschutz', 'privacy'],
    ['de', 'Impressum', 'legal'],
    ['de', 'AGB', 'terms'],
    ['es', 'Política de privacidad', 'privacy'],
    ['es', 'Aviso legal', 'legal'],
    ['it', 'Informativa sulla privacy', 'privacy'],
    ['it', 'Note legali', 'legal'],
    ['nl', 'Privacyverklaring', 'privacy'],
    ['nl', 'Algemene voorwaarden', 'terms'],
    ['pt', 'Política de Privacidade', 'privacy'],
    ['pt', 'Termos de uso', 'terms'],
    ['pl', 'Polityka prywatności', 'privacy'],
    ['pl', 'Regulamin', 'terms'],
  ])('%s: "%s" is %s', (_lang, label, kind) => {
    expect(matchLabel(label)?.kind).toBe(kind);
  });

  it.each(['Shop', 'About us', 'Read the blog', '', 'x'.repeat(500)])(
    '"%s" is no policy',
    (label) => {
      expect(matchLabel(label)).toBeNull();
    },
  );

  // Meta-test over the data: no lexicon entry is shadowed by another kind's entry.
  const entries = Object.entries(LINK_LEXICON).flatMap(([lang, lexicon]) =>
    Object.entries(lexicon).flatMap(([kind, phrases]) =>
      phrases.map((p) => [lang, p, kind] as const),
    ),
  );
  it.each(entries)('%s lexicon: "%s" is recognised as %s', (_lang, phrase, kind) => {
    expect(matchLabel(phrase)?.kind).toBe(kind);
  });

  it('a combined "Privacy & Cookies" link is the privacy policy', () => {
    expect(matchLabel('Privacy & Cookies')?.kind).toBe('privacy');
  });
});

describe('mightBePolicyLink: the quick look before scoring', () => {
  // What it keeps is what the joined label "text aria-label title href" (first 600 characters,
  // lowercased) holds a lexicon stem for, or rel names privacy-policy; the quick reject of plain
  // anchors must keep the same ones.
  it.each([
    ['<a href="/product/1">Product 1</a>', false],
    ['<a href="/p">Terms of use</a>', true],
    ['<a href="/DATENSCHUTZ">x</a>', true],
    ['<a href="/p" aria-label="Privacy">x</a>', true],
    ['<a href="/p" title="Impressum">x</a>', true],
    ['<a href="/p" rel="privacy-policy">x</a>', true],
    ['<a href="/p" rel="nofollow PRIVACY-POLICY">x</a>', true],
    ['<a href="/p" rel="nofollow">x</a>', false],
    // "vie" then the label's space: the French stem "vie " (vie privée).
    ['<a href="/p">Ma vie</a>', true],
    ['<a href="/p">Ma vif</a>', false],
    // Beyond the label's first 600 characters.
    [`<a href="/p">${'x'.repeat(600)} privacy</a>`, false],
    [`<a href="/p" title="x">${'x'.repeat(600)} privacy</a>`, false],
    // U+212A KELVIN SIGN lowercases to "k": "klauzula" (pl).
    ['<a href="/p">\u212Alauzula</a>', true],
    // No href: no link whatever the label (scoreLink), so a lone title is not looked at.
    ['<a title="Privacy">x</a>', false],
    ['<a title="Privacy" class="x">x</a>', true],
  ])('%s: %s', (html, kept) => {
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const a = doc.getElementsByTagName('a')[0];
      expect(a && mightBePolicyLink(a)).toBe(kept);
    }
  });

  it('rules out an anchor whose only attribute is its href without a selector match (a count, not a time)', () => {
    const html = `<a href="/product/1">Product 1</a><a href="/product/2" class="x">Product 2</a>
      <a href="/p" title="Privacy">x</a><a title="Privacy">x</a>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const asked: string[] = [];
      const anchors = Array.from(doc.getElementsByTagName('a'));
      for (const a of anchors) {
        const own = a.matches.bind(a);
        a.matches = (selector: string) => {
          asked.push(a.textContent);
          return own(selector);
        };
      }
      expect(anchors.map((a) => mightBePolicyLink(a))).toEqual([false, false, true, false]);
      expect(asked).toEqual(['Product 2', 'x']);
      // The same links as ever: the one with an href and a title.
      expect(findPolicyLinks(doc, PAGE).map((l) => l.url)).toEqual([`${PAGE}p`]);
    }
  });

  it('every lexicon entry and URL token starts with plain text (its stem joins the quick pattern unescaped)', () => {
    const entries = [
      ...Object.values(LINK_LEXICON).flatMap((l) => Object.values(l).flat()),
      ...Object.values(URL_TOKENS).flat(),
    ];
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries) {
      for (const stem of [e.toLowerCase().slice(0, 4), normalize(e).slice(0, 4)]) {
        expect(stem).toMatch(/^[^.*+?^${}()|[\]\\]+$/);
      }
    }
  });
});

describe('matchUrl', () => {
  it.each([
    ['https://velotte.example/legal/privacy-policy', 'privacy'],
    ['https://velotte.example/de/datenschutz', 'privacy'],
    ['https://velotte.example/impressum', 'legal'],
    ['https://velotte.example/cookies', 'cookies'],
    ['https://velotte.example/login?return=/privacy', null],
  ])('%s → %s', (url, kind) => {
    expect(matchUrl(url)?.kind ?? null).toBe(kind);
  });
});

describe('findPolicyLinks', () => {
  it.each([
    ['en', 'Privacy Policy'],
    ['fr', 'Politique de confidentialité'],
    ['de', 'Datenschutzerklärung'],
    ['es', 'Política de privacidad'],
    ['it', 'Informativa sulla privacy'],
    ['nl', 'Privacyverklaring'],
    ['pt', 'Política de Privacidade'],
    ['pl', 'Polityka prywatności'],
  ])('%s: finds "%s" in the footer, first, with reasons', (_lang, label) => {
    const [best] = findPolicyLinks(jsdomDoc(page(label)), PAGE);
    expect(best).toMatchObject({
      url: 'https://shop.velotte.example/a/b',
      kind: 'privacy',
      text: label,
    });
    expect(best?.reasons).toContain('in the footer');
  });

  it('rel="privacy-policy" wins over a text match, on <link> and <a>', () => {
    const html = `<html><head><link rel="privacy-policy" href="/p1"><link rel="stylesheet" href="/privacy.css"></head>
      <body><a href="/p2">Privacy Policy</a><a rel="nofollow privacy-policy" href="/p3">Our notice</a></body></html>`;
    const links = findPolicyLinks(jsdomDoc(html), PAGE);
    expect(links.map((l) => l.url)).toEqual([`${PAGE}p1`, `${PAGE}p3`, `${PAGE}p2`]);
    expect(links[0]?.reasons[0]).toBe('rel="privacy-policy"');
  });

  it('orders privacy, legal notice, cookies, terms; aria-label and title count', () => {
    const html = `<footer><a href="/t">Terms</a><a href="/c">Cookie policy</a><a href="/i">Impressum</a>
      <a href="/x" aria-label="Privacy policy"><img src="i.png"></a></footer>`;
    const links = findPolicyLinks(jsdomDoc(html), PAGE);
    expect(links.map((l) => l.kind)).toEqual(['privacy', 'legal', 'cookies', 'terms']);
    expect(links[0]?.reasons[0]).toMatch(/^aria-label/);
  });

  it('a request form is not the policy', () => {
    const html = `<p><a href="/formulaire-rgpd">Formulaire de demande RGPD</a></p><footer><a href="/confidentialite">Confidentialité</a></footer>`;
    expect(findPolicyLinks(jsdomDoc(html), PAGE).map((l) => l.url)).toEqual([
      `${PAGE}confidentialite`,
    ]);
  });

  it('a settings control scores below the policy', () => {
    const html = `<footer><a href="/privacy-settings">Privacy settings</a><a href="/p">Privacy policy</a></footer>`;
    const links = findPolicyLinks(jsdomDoc(html), PAGE);
    expect(links[0]?.url).toBe(`${PAGE}p`);
  });

  it.each([
    ['no links at all', '<p>Just text.</p>'],
    [
      'javascript, mailto, fragment and broken hrefs',
      '<a href="javascript:void(0)">Privacy</a><a href="mailto:x@y.fr">Privacy</a><a href="#top">Privacy</a><a href="http://[::1">Privacy</a>',
    ],
    ['malformed markup', '<a href="/p"><div>Privacy <b>Policy</a></div></b><<<>'],
  ])('%s: no throw', (_name, html) => {
    expect(() => findPolicyLinks(jsdomDoc(html), PAGE)).not.toThrow();
  });

  it('works the same on linkedom (the CLI) as on jsdom', () => {
    const html = page('Mentions légales', '/mentions-legales');
    expect(findPolicyLinks(parseHtml(html), PAGE)).toEqual(findPolicyLinks(jsdomDoc(html), PAGE));
  });

  it("resolves relative links against the page's <base href>, as the browser does", () => {
    const html = `<html><head><base href="https://cdn.velotte.example/fr/"></head><body>
      <footer><a href="confidentialite">Politique de confidentialité</a></footer></body></html>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      expect(findPolicyLinks(doc, PAGE)[0]?.url).toBe(
        'https://cdn.velotte.example/fr/confidentialite',
      );
    }
  });

  it('a link to a fragment of this page (after any spaces) or to no web page is no policy link', () => {
    for (const href of [
      '#privacy',
      ' \t#privacy',
      '\u00a0#privacy',
      'ftp://velotte.example/privacy',
    ]) {
      const html = `<footer><a href="${href}">Privacy policy</a></footer>`;
      for (const doc of [jsdomDoc(html), parseHtml(html)]) {
        expect(findPolicyLinks(doc, PAGE)).toEqual([]);
      }
    }
  });

  it('asks for the <base href> only where the page has a <base> (a count, not a time)', () => {
    for (const [head, baseQueries, url] of [
      ['', 0, `${PAGE}confidentialite`],
      ['<base target="_top">', 1, `${PAGE}confidentialite`],
      [
        '<base href="https://cdn.velotte.example/fr/">',
        1,
        'https://cdn.velotte.example/fr/confidentialite',
      ],
    ] as const) {
      const html = `<html><head>${head}</head><body>
        <footer><a href="confidentialite">Politique de confidentialité</a></footer></body></html>`;
      for (const doc of [jsdomDoc(html), parseHtml(html)]) {
        const own = doc.querySelector.bind(doc);
        let asked = 0;
        doc.querySelector = (selector: string) => {
          asked += selector === 'base[href]' ? 1 : 0;
          return own(selector);
        };
        // The same links as ever: resolved against the <base href> where there is one.
        expect(findPolicyLinks(doc, PAGE)[0]?.url).toBe(url);
        expect(asked).toBe(baseQueries);
      }
    }
  });

  it('ignores a <base href> that is no web address', () => {
    const html = `<html><head><base href="ftp://cdn.velotte.example/"></head><body>
      <footer><a href="confidentialite">Politique de confidentialité</a></footer></body></html>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      expect(findPolicyLinks(doc, PAGE)[0]?.url).toBe(`${PAGE}confidentialite`);
    }
  });

  it('finds a footer link after 10,000 other links (head and tail scanned)', () => {
    const many = Array.from(
      { length: 10_000 },
      (_, i) => `<a href="/item/${i}">Item ${i}</a>`,
    ).join('');
    const html = `<body><main>${many}</main><footer><a href="/privacy">Privacy</a></footer></body>`;
    expect(findPolicyLinks(parseHtml(html), PAGE)[0]?.url).toBe(`${PAGE}privacy`);
  });
});

describe('boundedAnchors', () => {
  const anchorsPage = (n: number) =>
    parseHtml(
      `<body>${Array.from({ length: n }, (_, i) => `<a href="/${i}">${i}</a>`).join('')}</body>`,
    );
  const texts = (n: number) => boundedAnchors(anchorsPage(n)).map((a) => Number(a.textContent));

  it('keeps every anchor up to head + tail, in page order', () => {
    const n = MAX_ANCHORS_HEAD + MAX_ANCHORS_TAIL;
    expect(texts(n)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('keeps the first head and the last tail anchors of a bigger page, nothing in between', () => {
    const n = MAX_ANCHORS_HEAD + MAX_ANCHORS_TAIL + 7;
    const kept = texts(n);
    expect(kept).toHaveLength(MAX_ANCHORS_HEAD + MAX_ANCHORS_TAIL);
    expect(kept.slice(0, MAX_ANCHORS_HEAD)).toEqual(
      Array.from({ length: MAX_ANCHORS_HEAD }, (_, i) => i),
    );
    expect(kept.slice(MAX_ANCHORS_HEAD)).toEqual(
      Array.from({ length: MAX_ANCHORS_TAIL }, (_, i) => n - MAX_ANCHORS_TAIL + i),
    );
  });
});

describe('rankLinks', () => {
  const link = (url: string, score: number, kind: PolicyLink['kind'] = 'privacy'): PolicyLink => ({
    url,
    text: '',
    score,
    reasons: [],
    kind,
  });
  it('dedupes by URL without fragment, keeps the best, drops non-positive', () => {
    const ranked = rankLinks([
      link('a#1', 10),
      link('a#2', 30),
      link('b', 0),
      link('c', 50, 'terms'),
    ]);
    expect(ranked.map((l) => [l.url, l.score])).toEqual([
      ['a#2', 30],
      ['c', 50],
    ]);
  });
});
