import { describe, expect, it, vi } from 'vitest';
import { detectOnPage } from '../../../lib/policy-detection/detect-on-page';
import { HTML_CAP, scanPage } from '../../../lib/policy-detection/scan-page';
import { isPolicyText, vocabularyDensity } from '../../../lib/policy-detection/is-policy-page';
import { pageText } from '../../../lib/policy-detection/page-text';
import { PageScan, ScannedPage } from '../../../lib/policy-detection/schema';
import { parseHtml } from '../../../cli/support/parse-html';

const jsdomDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const URL_ = 'https://velotte.example/';

/** Our own synthetic policy: the vocabulary a real one uses throughout. */
const POLICY_BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Section ${i}: we process your personal data for the purposes below. Your rights under the GDPR include access to your personal data. Third parties receive personal data only as described.</p>`,
).join('');

function cfEncode(key: number, address: string): string {
  return [key, ...[...address].map((c) => c.charCodeAt(0) ^ key)]
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('');
}

describe('detectOnPage', () => {
  it('a home page: links ranked, emails by role, not a policy, no html', () => {
    const html = `<html lang="fr"><head><title>Vélotte — accueil</title></head><body>
      <p>Bienvenue ! Écrivez à support@velotte.example ou <a href="mailto:dpo@velotte.example?bcc=x@evil.example">notre DPO</a>.</p>
      <footer><a href="/cgu">CGU</a><a href="/confidentialite">Politique de confidentialité</a>
      <span class="__cf_email__" data-cfemail="${cfEncode(0x33, 'rgpd@velotte.example')}">[email protected]</span></footer></body></html>`;
    const scan = detectOnPage(jsdomDoc(html), URL_);
    expect(PageScan.parse(scan)).toEqual(scan);
    expect(scan).toMatchObject({
      url: URL_,
      title: 'Vélotte — accueil',
      lang: 'fr',
      isPolicyPage: false,
    });
    expect(scan.policyLinks.map((l) => [l.url, l.kind])).toEqual([
      [`${URL_}confidentialite`, 'privacy'],
      [`${URL_}cgu`, 'terms'],
    ]);
    expect(scan.emails.map((e) => [e.address, e.role])).toEqual([
      ['dpo@velotte.example', 'dpo'],
      ['rgpd@velotte.example', 'privacy'],
      ['support@velotte.example', 'support'],
    ]);
    expect(scan.emails.map((e) => e.address)).not.toContain('x@evil.example');
    expect(scan.html).toBeUndefined();
  });

  it('the injected part gives the addresses in page order and no roles; the popup adds them', () => {
    const html = `<p>Write to support@velotte.example or privacy@velotte.example.</p>
      <footer><a href="mailto:dpo@velotte.example">DPO</a></footer>`;
    const scanned = scanPage(jsdomDoc(html), URL_);
    // The role rules stay out of the injected script (its size budget, tests/manifest).
    expect(scanned.emails.map((e) => Object.keys(e).sort())).toEqual([
      ['address', 'evidence'],
      ['address', 'evidence'],
      ['address', 'evidence'],
    ]);
    expect(scanned.emails.map((e) => e.address)).toEqual([
      'support@velotte.example',
      'privacy@velotte.example',
      'dpo@velotte.example',
    ]);
    expect(ScannedPage.parse(scanned)).toEqual(scanned);
    expect(detectOnPage(jsdomDoc(html), URL_).emails.map((e) => [e.address, e.role])).toEqual([
      ['dpo@velotte.example', 'dpo'],
      ['privacy@velotte.example', 'privacy'],
      ['support@velotte.example', 'support'],
    ]);
  });

  it('a Cloudflare-protected link gives its address; a broken one gives none', () => {
    const html = `<footer><a href="/cdn-cgi/l/email-protection#${cfEncode(0x5a, 'dpo@velotte.example')}">DPO</a>
      <a href="/cdn-cgi/l/email-protection#abc">x</a></footer><p>[email&#160;protected]</p>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      expect(detectOnPage(doc, URL_).emails.map((e) => e.address)).toEqual(['dpo@velotte.example']);
    }
  });

  it('a policy page: recognised, html included and not truncated', () => {
    const html = `<html><head><title>Privacy Policy – Vélotte</title></head><body><h1>Privacy Policy</h1>${POLICY_BODY}</body></html>`;
    const scan = detectOnPage(jsdomDoc(html), `${URL_}privacy`);
    expect(scan.isPolicyPage).toBe(true);
    expect(scan.html).toContain('<h1>Privacy Policy</h1>');
    expect(scan.htmlTruncated).toBe(false);
  });

  it.each([
    ['empty document', ''],
    ['no links at all', '<p>Nothing here.</p>'],
    [
      'malformed HTML',
      '<html><body><div><p>Privacy <a href="/p">Privacy Policy<table><tr><td></div></p>&#xZZ; <<<',
    ],
    ['only a mailto with bcc', '<a href="mailto:?bcc=a@b.example">x</a>'],
    ['frameset', '<frameset><frame src="a.html"></frameset>'],
  ])('%s: a clear result, no throw (jsdom and linkedom)', (_name, html) => {
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const scan = detectOnPage(doc, URL_);
      expect(PageScan.safeParse(scan).success).toBe(true);
    }
  });

  it('a 10 MB page: bounded, still finds the footer link, html capped when it is a policy', () => {
    const filler = `<p>${'personal data privacy '.repeat(50)}</p>`.repeat(10_000);
    const html = `<html><head><title>Privacy Policy</title></head><body>${filler}<footer><a href="/privacy">Privacy Policy</a></footer></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const scan = detectOnPage(parseHtml(html), `${URL_}privacy`);
    expect(scan.isPolicyPage).toBe(true);
    expect(scan.html?.length).toBe(HTML_CAP);
    expect(scan.htmlTruncated).toBe(true);
    expect(scan.policyLinks[0]?.url).toBe(`${URL_}privacy`);
  });

  it('a DOM that throws gives an empty scan, not an exception', () => {
    const broken = new Proxy({} as Document, {
      get: () => {
        throw new Error('detached');
      },
    });
    expect(detectOnPage(broken, URL_)).toEqual({
      url: URL_,
      title: '',
      lang: '',
      isPolicyPage: false,
      policyLinks: [],
      emails: [],
    });
  });

  it('10,000 links: no throw, footer link found', () => {
    const many = Array.from(
      { length: 10_000 },
      (_, i) => `<a href="/p/${i}">Product ${i}</a>`,
    ).join('');
    const scan = detectOnPage(
      parseHtml(`<body>${many}<footer><a href="/datenschutz">Datenschutz</a></footer></body>`),
      URL_,
    );
    expect(scan.policyLinks[0]?.url).toBe(`${URL_}datenschutz`);
  });

  it('reads a plain anchor’s href once, for the links and the emails alike (a count, not a time)', () => {
    const plain = Array.from({ length: 50 }, (_, i) => `<a href="/p/${i}">Product ${i}</a>`);
    const html = `<body>${plain.join('')}<footer><a href="mailto:privacy@velotte.example">Write to us</a>
      <a href="/datenschutz">Datenschutz</a></footer></body>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const reads = new Map<Element, number>();
      for (const a of Array.from(doc.getElementsByTagName('a'))) {
        const own = a.getAttribute.bind(a);
        a.getAttribute = (name: string) => {
          if (name === 'href') {
            reads.set(a, (reads.get(a) ?? 0) + 1);
          }
          return own(name);
        };
      }
      const scan = detectOnPage(doc, URL_);
      // The same scan as ever: the footer link and the mailto address.
      expect(scan.policyLinks.map((l) => l.url)).toEqual([`${URL_}datenschutz`]);
      expect(scan.emails.map((e) => e.address)).toEqual(['privacy@velotte.example']);
      const plainReads = [...reads].filter(([a]) => a.textContent.startsWith('Product '));
      expect(plainReads).toHaveLength(50);
      expect(plainReads.every(([, n]) => n === 1)).toBe(true);
    }
  });
});

describe('detectOnPage: the anchors', () => {
  it("takes them from its text walk, not from the page's list, when the walk met them all (a count, not a time)", () => {
    const html = `<body>${Array.from({ length: 20 }, (_, i) => `<p><a href="/p/${i}">Product ${i}</a></p>`).join('')}<footer><a href="/datenschutz">Datenschutz</a></footer></body>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const own = doc.getElementsByTagName.bind(doc);
      const list = own('a');
      let itemReads = 0;
      const counted = new Proxy(list, {
        get: (target, key) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) {
            itemReads++;
          }
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function'
            ? (value as (...args: unknown[]) => unknown).bind(target)
            : value;
        },
      });
      doc.getElementsByTagName = (name: string) => (name === 'a' ? counted : own(name));
      expect(detectOnPage(doc, URL_).policyLinks.map((l) => l.url)).toEqual([`${URL_}datenschutz`]);
      expect(itemReads).toBe(0);
    }
  });

  it('asks for the first <h1> only where the page has one (a count, not a time)', () => {
    const title = '<head><title>Vélotte</title></head>';
    for (const [body, h1Queries] of [
      ['<p>No heading.</p>', 0],
      ['<template><h1>Privacy Policy</h1></template><p>A template only.</p>', null],
      [`<h1>Privacy Policy</h1>${POLICY_BODY}`, 1],
    ] as const) {
      const html = `<html>${title}<body>${body}</body></html>`;
      for (const doc of [jsdomDoc(html), parseHtml(html)]) {
        const own = doc.querySelector.bind(doc);
        let asked = 0;
        doc.querySelector = (selector: string) => {
          asked += selector === 'h1' ? 1 : 0;
          return own(selector);
        };
        // The same scan as ever: a policy by its heading and text, a template's heading unread.
        expect(detectOnPage(doc, URL_).isPolicyPage).toBe(h1Queries === 1);
        if (h1Queries !== null) {
          expect(asked).toBe(h1Queries);
        }
      }
    }
  });

  it('still finds links the text walk skips: in an <svg>, in <noscript> (parsed without scripting)', () => {
    const html = `<body><svg><a href="/datenschutz"><text>Datenschutz</text></a></svg>
      <noscript><a href="/impressum">Impressum</a></noscript><a href="/p">Produkte</a></body>`;
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      expect(
        detectOnPage(doc, URL_)
          .policyLinks.map((l) => l.url)
          .sort(),
      ).toEqual([`${URL_}datenschutz`, `${URL_}impressum`]);
    }
  });
});

describe('isPolicyText', () => {
  const policyText = POLICY_BODY.replace(/<[^>]+>/g, ' ');
  it.each([
    ['title and dense text', { title: 'Privacy Policy', url: URL_, text: policyText }, true],
    [
      'URL and dense text',
      { title: 'Vélotte', url: `${URL_}privacy-policy`, text: policyText },
      true,
    ],
    [
      'title and URL',
      { title: 'Datenschutzerklärung', url: `${URL_}datenschutz`, text: 'kurz' },
      true,
    ],
    ['dense text only', { title: 'Vélotte', url: URL_, text: policyText }, false],
    [
      'a shop page with a cookie banner',
      { title: 'Shop', url: URL_, text: `We use cookies. ${'Buy our bikes. '.repeat(300)}` },
      false,
    ],
  ])('%s → %s', (_name, args, expected) => {
    expect(isPolicyText(args)).toBe(expected);
  });

  it('density counts hits per 1,000 words', () => {
    expect(vocabularyDensity('personal data and more personal data here')).toEqual({
      hits: 2,
      words: 7,
      density: 2000 / 7,
    });
  });
});

describe('pageText', () => {
  it('skips scripts, styles and templates; separates blocks', () => {
    const doc = jsdomDoc(
      '<p>a@velotte.org</p><p>We reply</p><script>var x = "no";</script><style>p{}</style><template>t</template>',
    );
    expect(pageText(doc).replace(/\n+/g, '|')).toBe('|a@velotte.org|We reply');
  });
  it('reads the same on jsdom and linkedom: blocks, inline text, no comments, no svg', () => {
    // <constructor> is a tag name no lookup table may mistake for one of its own properties.
    const html =
      '<h2>Title</h2><!-- note --><span>in</span>line<constructor>c</constructor><svg><text>no</text></svg><li>x</li>';
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      expect(pageText(doc).replace(/\n+/g, '|')).toBe('|Titleinlinec|x');
    }
  });
  it('asks no node its type: elements and text only (a count, not a time)', () => {
    const doc = jsdomDoc('<p>a<!-- note --></p><a href="/1">1</a><b>c</b>');
    const asked = vi.spyOn(Node.prototype, 'nodeType', 'get');
    try {
      expect(pageText(doc).replace(/\n+/g, '|')).toBe('|a1c');
      expect(asked).not.toHaveBeenCalled();
    } finally {
      asked.mockRestore();
    }
  });
  it('tells the commonest nodes by their constructor: no tag name read (a count, not a time)', () => {
    const doc = jsdomDoc(
      '<div><p>a <span>b</span></p><ul><li><a href="/1">1</a></li></ul><img alt=""><script>x</script></div><section>c</section>',
    );
    const asked = vi.spyOn(Element.prototype, 'localName', 'get');
    try {
      expect(pageText(doc).replace(/\n+/g, '|')).toBe('|a b|1|c');
      // <html>, <head>, <body> and <section> only (HTMLElement stands for <b> as well).
      expect(asked).toHaveBeenCalledTimes(4);
    } finally {
      asked.mockRestore();
    }
  });
  it('reads every HTML element as by its tag name (jsdom by constructor, linkedom by tag name)', () => {
    // Every element of the HTML standard's index, and some it dropped; each with text and a link.
    const tags =
      `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
      caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
      fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr i iframe img
      input ins kbd label legend li link main map mark menu meta meter nav noscript object ol
      optgroup option output p picture pre progress q rp rt ruby s samp script search section
      select slot small source span strong style sub summary sup table tbody td template textarea
      tfoot th thead time title tr track u ul var video wbr listing xmp center font marquee dir
      frame frameset big tt strike nobr image svg math x-custom`.split(/\s+/);
    const read = (doc: Document): [string, (string | null)[]] => {
      const host = doc.createElement('div');
      for (const tag of tags) {
        const el = doc.createElement(tag);
        const a = doc.createElement('a');
        a.setAttribute('href', `/${tag}`);
        el.append(`${tag}:`, a);
        host.append(el, '.');
      }
      doc.body.append(host);
      const anchors: Element[] = [];
      return [pageText(doc, anchors), anchors.map((a) => a.getAttribute('href'))];
    };
    const [text, anchors] = read(jsdomDoc('<body></body>'));
    expect(read(parseHtml('<html><head></head><body></body></html>'))).toEqual([text, anchors]);
    // The kinds as KIND gives them: a block starts a line, a skipped element hides its link.
    // (<q>, <listing> and <xmp> share <blockquote>'s and <pre>'s interfaces, not their kind.)
    expect(text).toContain('.\nblockquote:.');
    expect(text).toContain('.\npre:.progress:.q:.');
    expect(text).toContain('.wbr:.listing:.xmp:.');
    expect(anchors).not.toContain('/script');
    expect(anchors).toContain('/span');
  });
  it('reads nothing from a document without an element', () => {
    // jsdom only: linkedom's own walker throws on such a document (detectOnPage: an empty scan).
    const doc = jsdomDoc('<p>x</p>');
    doc.removeChild(doc.documentElement);
    const anchors: Element[] = [];
    expect(pageText(doc, anchors)).toBe('');
    expect(anchors).toEqual([]);
  });
  it('stops at the cap', () => {
    expect(pageText(jsdomDoc(`<p>${'x'.repeat(1000)}</p>`), [], 100)).toHaveLength(100);
  });
  it('lists the anchors it met in page order, not those in skipped subtrees', () => {
    const html =
      '<a href="/1">1</a><p><b><a href="/2">2</a></b></p><svg><a href="/no">no</a></svg><a href="/3">3</a>';
    for (const doc of [jsdomDoc(html), parseHtml(html)]) {
      const anchors: Element[] = [];
      pageText(doc, anchors);
      expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['/1', '/2', '/3']);
    }
  });
});
