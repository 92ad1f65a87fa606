import { describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/detection/read-fixture';
import { contentRoot, htmlToBlocks, isHidden } from '../../../lib/policy-text/html-to-blocks';
import { parseHtml } from '../../../cli/support/parse-html';
import { documentBase } from '../../../lib/shared/document-base';

const FIXTURE = fixture('velotte-fr.html');
const jsdomDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const PARSERS = [
  ['jsdom (as the browser DOMParser)', jsdomDoc],
  ['linkedom (the CLI)', parseHtml],
] as const;

describe.each(PARSERS)('htmlToBlocks on %s', (_name, parse) => {
  const blocks = htmlToBlocks(parse(FIXTURE));
  const texts = blocks.map((b) => b.text);

  it('keeps headings with their path', () => {
    expect(
      blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text, b.headingPath]),
    ).toEqual([
      [1, 'Politique de confidentialité', []],
      [2, 'Qui sommes-nous ?', ['Politique de confidentialité']],
      [2, 'Vos droits', ['Politique de confidentialité']],
      [3, 'Délégué à la protection des données', ['Politique de confidentialité', 'Vos droits']],
      [2, 'Réclamation', ['Politique de confidentialité']],
    ]);
  });

  it('gives paragraphs the headings above them', () => {
    const dpo = blocks.find((b) => b.text.startsWith('Notre délégué'));
    expect(dpo).toMatchObject({
      kind: 'paragraph',
      headingPath: [
        'Politique de confidentialité',
        'Vos droits',
        'Délégué à la protection des données',
      ],
    });
  });

  it('keeps list items (nested ones apart) and table cells', () => {
    expect(blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual([
      "Droit d'accès",
      "Droit d'opposition",
      'y compris au profilage',
    ]);
    expect(blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text)).toEqual([
      'Donnée',
      'Durée de conservation',
      'Compte',
      '3 ans',
    ]);
  });

  it('keeps inline links as text of their paragraph', () => {
    expect(texts).toContain('Pour exercer vos droits, utilisez notre formulaire de demande.');
  });

  it.each([
    ['the cookie banner', 'Nous utilisons des cookies'],
    ['the navigation', 'Boutique'],
    ['the page header', 'Accueil'],
    ['the footer', 'Mentions légales'],
    ['hidden elements', 'Texte caché'],
    ['display:none', 'Autre texte caché'],
    ['aria-hidden', 'Décor'],
    ['templates', 'Modèle'],
    ['scripts', 'script@velotte.fr'],
    ['styles', 'color: red'],
  ])('drops %s', (_what, text) => {
    expect(texts.some((t) => t.includes(text))).toBe(false);
  });
});

describe('htmlToBlocks edge cases', () => {
  it.each([
    ['empty', '', []],
    ['text only', 'Just words', ['Just words']],
    [
      'br-separated lines',
      '<p>Email: a@velotte.fr<br>Tel: 01 02</p>',
      ['Email: a@velotte.fr', 'Tel: 01 02'],
    ],
    [
      'a header inside the article is kept',
      '<article><header><h1>Notice</h1></header><p>Body</p></article>',
      ['Notice', 'Body'],
    ],
    [
      'a long "cookies" section is content, not a banner',
      `<section class="cookie-policy"><p>${'Cookies we use. '.repeat(300)}</p></section>`,
      ['Cookies we use.'.repeat(1)],
    ],
    ['malformed', '<div><p>One<div>Two</p></span>Three', ['One', 'Two', 'Three']],
    [
      'any whitespace, one character or a run, is one space',
      '<h2>Your\u00a0\trights</h2><p>One\ttwo\u00a0three\nfour  five \n six seven</p>',
      ['Your rights', 'One two three four five six seven'],
    ],
    [
      'spaces from several text nodes, and around a <br>, are one space or none',
      '<p>One <b> two </b> <br> three <i> </i> four</p>',
      ['One two', 'three four'],
    ],
  ])('%s', (_name, html, expected) => {
    const texts = htmlToBlocks(jsdomDoc(html)).map((b) => b.text);
    if (_name.startsWith('a long')) {
      expect(texts[0]?.startsWith(expected[0] ?? '')).toBe(true);
    } else {
      expect(texts).toEqual(expected);
    }
  });

  it('a 10 MB page: bounded number of blocks, no throw', () => {
    const html = `<main>${'<p>Some policy text about personal data.</p>'.repeat(250_000)}</main>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const blocks = htmlToBlocks(parseHtml(html));
    expect(blocks.length).toBe(5000);
    // Correctness on a 10 MB input, not speed (npm run bench times it): on a loaded CI machine the
    // parse alone can pass the default timeout, so this test gets a generous one.
  }, 120_000);

  it('reads the single main/article when it holds the text; drops sidebars by class', () => {
    const body = 'We process personal data as described here. '.repeat(20);
    const html = `<div class="top-menu">Shop Blog</div><div id="content"><p>${body}</p><div class="share-buttons">Share on X</div></div>
      <div class="sidebar">Popular posts press@velotte.fr</div>`;
    const doc = jsdomDoc(html);
    expect(contentRoot(doc)?.id).toBe('content');
    expect(htmlToBlocks(doc).map((b) => b.text)).toEqual([body.trim()]);
  });

  it('no dominant main element: the whole document, chrome dropped', () => {
    const html =
      '<main><p>Short.</p></main><p>Most of the text is here, outside main, in plain paragraphs.</p>';
    const doc = jsdomDoc(html);
    expect(contentRoot(doc)).toBe(doc.documentElement);
    expect(htmlToBlocks(doc).map((b) => b.text)).toEqual([
      'Short.',
      'Most of the text is here, outside main, in plain paragraphs.',
    ]);
  });

  it.each(PARSERS)(
    'a main inside a template is no main text; one after the template is (%s)',
    (_name, parse) => {
      const body = 'We process personal data as described here. '.repeat(15);
      const templated = parse(
        `<p>Outside.</p><template><div><main><p>${body}</p></main></div></template>`,
      );
      expect(contentRoot(templated)).toBe(templated.documentElement);
      const after = parse(
        `<p>Outside.</p><div><template><main><p>${body}</p></main></template><main><p>${body}</p></main></div>`,
      );
      expect(contentRoot(after)?.localName).toBe('main');
      expect(contentRoot(after)?.parentElement?.localName).toBe('div');
    },
  );

  it.each(PARSERS)(
    'a long main that holds under 30 %% of the page’s text is not the main text (%s)',
    (_name, parse) => {
      const inside = 'We process personal data as described here. '.repeat(15);
      const outside = 'Most of the text is outside main. '.repeat(60);
      const doc = parse(`<main><p>${inside}</p></main><p>${outside}</p>`);
      expect(inside.length).toBeGreaterThan(500);
      expect(contentRoot(doc)).toBe(doc.documentElement);
      const main = parse(`<main><p>${inside}</p></main><p>${outside.slice(0, 1000)}</p>`);
      expect(contentRoot(main)?.localName).toBe('main');
    },
  );

  it.each(PARSERS)(
    'each main selector counted on its own (one walk for all, %s): two articles are no main, the one #content is',
    (_name, parse) => {
      const body = 'We process personal data as described here. '.repeat(10);
      const html = `<p>Outside the content, a short note.</p><div id="content"><article><p>${body}</p></article>
        <article><p>${body}</p></article></div><template><main>Not the page's</main></template>`;
      const doc = parse(html);
      expect(contentRoot(doc)?.id).toBe('content');
      expect(htmlToBlocks(doc).map((b) => b.text)).toEqual([body.trim(), body.trim()]);
    },
  );

  it.each(PARSERS)(
    'main selectors match ids and roles as written, as CSS does (%s): #Content and role=MAIN are not the main text, role=main is',
    (_name, parse) => {
      const body = 'We process personal data as described here. '.repeat(15);
      const other = 'Outside the main text. '.repeat(5);
      const cased = `<p>${other}</p><div id="Content"><p>${body}</p></div>`;
      expect(contentRoot(parse(cased))?.localName).toBe('html');
      const role = `<p>${other}</p><div role="MAIN"><p>${other}</p></div><section role="main"><p>${body}</p></section>`;
      expect(contentRoot(parse(role))?.localName).toBe('section');
    },
  );

  it('does not overflow on 5,000 nested divs', () => {
    const html = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    expect(htmlToBlocks(parseHtml(html)).map((b) => b.text)).toEqual(['deep']);
  });

  it.each([
    ['<p hidden>x</p>', true],
    ['<p aria-hidden="true">x</p>', true],
    ['<p style="DISPLAY: none">x</p>', true],
    ['<p style="visibility:hidden">x</p>', true],
    ['<p style="color:red">x</p>', false],
  ])('isHidden(%s) = %s', (html, expected) => {
    const el = jsdomDoc(html).querySelector('p');
    expect(el && isHidden(el)).toBe(expected);
  });
});

describe.each(PARSERS)('htmlToBlocks keeps a block’s links on %s', (_name, parse) => {
  const PAGE = 'https://shop.example/legal/privacy?lang=it';
  const blocksOf = (body: string, url: string | null = PAGE) =>
    htmlToBlocks(parse(`<!doctype html><html><body>${body}</body></html>`), url ?? undefined);

  it('resolves targets against the page URL, text as shown, only on the block that shows it', () => {
    const blocks = blocksOf(
      '<p>Scrivi al <a href="/contatti">nostro <b>servizio</b></a> oppure a ' +
        '<a href="mailto:privacy@shop.example">privacy@shop.example</a>.</p>' +
        '<p>Reclamo: <a href="https://www.garante.example/reclami">modulo</a></p>',
    );
    expect(blocks.map((b) => b.links)).toEqual([
      [
        { text: 'nostro servizio', href: 'https://shop.example/contatti' },
        { text: 'privacy@shop.example', href: 'mailto:privacy@shop.example' },
      ],
      [{ text: 'modulo', href: 'https://www.garante.example/reclami' }],
    ]);
  });

  it('drops javascript:, data:, same-page fragments, empty text and, without a page URL, relative targets', () => {
    const body =
      '<p>Vedi <a href="javascript:alert(1)">qui</a>, <a href="#diritti">i diritti</a>, ' +
      '<a href="?lang=it#top">in alto</a>, <a href="data:text/html,x">dati</a>, ' +
      '<a href="https://cdn.example/"><img alt="logo" src="x.png"></a>, <a>senza</a> e ' +
      '<a href="/altro#sezione">altro</a>.</p>';
    expect(blocksOf(body)[0]?.links).toEqual([
      { text: 'altro', href: 'https://shop.example/altro#sezione' },
    ]);
    expect(blocksOf(body, null)[0]?.links).toBeUndefined();
    expect(blocksOf('<p><a href="https://a.example/x">A</a></p>', null)[0]?.links).toEqual([
      { text: 'A', href: 'https://a.example/x' },
    ]);
  });

  it('splits links between the lines a <br> makes, and caps them per block', () => {
    const [first, second] = blocksOf(
      '<p><a href="https://a.example/">Uno</a><br><a href="https://b.example/">Due</a></p>',
    );
    expect(first?.links).toEqual([{ text: 'Uno', href: 'https://a.example/' }]);
    expect(second?.links).toEqual([{ text: 'Due', href: 'https://b.example/' }]);
    const many = Array.from({ length: 400 }, (_, i) => `<a href="/p${i}">link ${i}</a>`).join(' ');
    const [block] = blocksOf(`<p>${many}</p>`);
    expect(block?.links).toHaveLength(50);
    expect(block?.links?.[49]).toEqual({ text: 'link 49', href: 'https://shop.example/p49' });
  });

  it('an anchor spanning blocks gives no link (its text is cut between them)', () => {
    const blocks = blocksOf(
      '<div>Intro <a href="https://a.example/">ancora <div>Primo</div> coda finale</a></div>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Intro ancora', 'Primo', 'coda finale']);
    expect(blocks.every((b) => b.links === undefined)).toBe(true);
  });
});

describe.each(PARSERS)('htmlToBlocks reads pages as the browser does (%s)', (_name, parse) => {
  const PAGE = 'https://shop.example/legal/privacy';

  it('resolves relative targets through the page’s <base href>', () => {
    const doc = parse(
      '<html><head><base href="https://help.shop.example/en/"></head><body>' +
        '<p>Use <a href="forms/erasure">our form</a> or <a href="/contact">write</a>.</p></body></html>',
    );
    expect(htmlToBlocks(doc, PAGE)[0]?.links).toEqual([
      { text: 'our form', href: 'https://help.shop.example/en/forms/erasure' },
      { text: 'write', href: 'https://help.shop.example/contact' },
    ]);
  });

  it('a relative <base href> resolves against the page; a javascript: one is ignored', () => {
    const relative = parse(
      '<html><head><base href="/docs/"></head><body><p><a href="faq">FAQ</a></p></body></html>',
    );
    expect(htmlToBlocks(relative, PAGE)[0]?.links).toEqual([
      { text: 'FAQ', href: 'https://shop.example/docs/faq' },
    ]);
    const hostile = parse(
      '<html><head><base href="javascript:void(0)/"></head><body><p><a href="faq">FAQ</a></p></body></html>',
    );
    expect(htmlToBlocks(hostile, PAGE)[0]?.links).toEqual([
      { text: 'FAQ', href: 'https://shop.example/legal/faq' },
    ]);
  });

  it('reads a <base> wherever documentBase finds one: late in the body too, not in a template', () => {
    const late = parse(
      '<html><body><p><a href="faq">FAQ</a></p><base href="https://help.shop.example/en/"></body></html>',
    );
    expect(htmlToBlocks(late, PAGE)[0]?.links).toEqual([
      { text: 'FAQ', href: 'https://help.shop.example/en/faq' },
    ]);
    const templated = parse(
      '<html><body><template><base href="https://help.shop.example/en/"></template>' +
        '<p><a href="faq">FAQ</a></p></body></html>',
    );
    expect(htmlToBlocks(templated, PAGE)[0]?.links).toEqual([
      { text: 'FAQ', href: new URL('faq', documentBase(templated, PAGE)).href },
    ]);
  });

  it('keeps the links of a heading on the heading block', () => {
    const doc = parse(
      '<html><body><h2>Complaints to the <a href="https://authority.example/complain">data authority</a></h2>' +
        '<p>You may complain.</p><h3><a href="/rights">Your rights</a></h3></body></html>',
    );
    const blocks = htmlToBlocks(doc, PAGE);
    expect(blocks.map((b) => [b.kind, b.text, b.links])).toEqual([
      [
        'heading',
        'Complaints to the data authority',
        [{ text: 'data authority', href: 'https://authority.example/complain' }],
      ],
      ['paragraph', 'You may complain.', undefined],
      ['heading', 'Your rights', [{ text: 'Your rights', href: 'https://shop.example/rights' }]],
    ]);
  });

  it('reads what follows a stray </body></html> as part of the body', () => {
    const doc = parse(
      '<!doctype html><html><head><title>Privacy</title></head><body><h1>Privacy notice</h1>' +
        '<p>We collect your email address.</p></body></html>' +
        '<div><h2>Your rights</h2><p>You may ask for a copy of your data.</p></div>',
    );
    expect(htmlToBlocks(doc, PAGE).map((b) => b.text)).toEqual([
      'Privacy notice',
      'We collect your email address.',
      'Your rights',
      'You may ask for a copy of your data.',
    ]);
  });

  it('a page that is one unclosed comment has no root and no text, and does not throw', () => {
    // The fuzzer's mutated demo page: '<!--' before the doctype comments the whole page out.
    const doc = parse('<!--<!doctype html><html><body><p>We collect your email.</p></body></html>');
    expect(htmlToBlocks(doc, PAGE)).toEqual([]);
  });
});

describe('htmlToBlocks links on a hostile page (linkedom, the CLI)', () => {
  it('20,000 anchors and a 1 MB target in one paragraph: 50 links kept, none oversized', () => {
    const huge = `<a href="https://x.example/${'a'.repeat(1_000_000)}">huge</a>`;
    const many = Array.from({ length: 20_000 }, (_, i) => `<a href="/p${i}">l${i}</a>`).join(' ');
    const blocks = htmlToBlocks(
      parseHtml(`<html><body><p>${huge} ${many}</p></body></html>`),
      'https://shop.example/privacy',
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.links).toHaveLength(50);
    expect(blocks[0]?.links?.[0]).toEqual({ text: 'l0', href: 'https://shop.example/p0' });
    expect(Math.max(...(blocks[0]?.links ?? []).map((l) => l.href.length))).toBeLessThan(100);
  });
});
