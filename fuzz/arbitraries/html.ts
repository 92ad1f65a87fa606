import fc from 'fast-check';

/**
 * Random HTML built from a grammar that leans towards what detection and text extraction look
 * at (footers, privacy links, mailto, obfuscated addresses, hidden and template content, hostile
 * schemes), serialised with deliberate breakage (unclosed tags, stray brackets, bad entities).
 */
const TAGS = [
  'a',
  'p',
  'div',
  'span',
  'footer',
  'nav',
  'header',
  'main',
  'article',
  'section',
  'ul',
  'li',
  'h1',
  'h2',
  'h3',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'svg',
  'img',
  'br',
  'link',
  'meta',
  'address',
  'form',
  'b',
  'button',
  'details',
];

/** Hostile and unusual hrefs: scheme tricks the URL parser normalises, encodings, query smuggling. */
export const HREFS = [
  '/privacy-policy',
  'privacy',
  '/datenschutz',
  '/politique-de-confidentialite',
  '/legal/terms',
  'https://other.example/privacy-notice',
  '//cdn.example/privacy',
  '#privacy',
  '?x=1',
  'mailto:dpo@shop.example',
  'mailto:privacy@shop.example?bcc=evil@x.example',
  'mailto:a@b.fr%0ABcc:x@y.z',
  'mailto:"a@b.fr, x@y.z"',
  'mailto:',
  'tel:+33140360265',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'http://[::1',
  'http://%zz',
  'https://xn--80ak6aa92e.com/privacy',
  '\u0000/privacy',
  'http://127.0.0.1:1/privacy-policy',
];

export const WORDS = [
  'Privacy Policy',
  'Privacy Notice',
  'Datenschutzerklärung',
  'Datenschutz',
  'Impressum',
  'Politique de confidentialité',
  'Mentions légales',
  'Cookie policy',
  'Terms',
  'Contact us',
  'data protection officer',
  'DPO',
  'dpo@shop.example',
  'privacy@shop.example',
  'noreply@shop.example',
  'contact [at] magneta [dot] fr',
  'dpo (at) x (dot) de',
  'jane at x dot org',
  'dpo&#64;shop.example',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<b>bold',
  'Magneta SAS',
  'GmbH',
  '+33 1 40 36 02 65',
  '12 rue de la Paix, 75002 Paris',
  'CNIL',
  'we retain data for 14 months',
  'last updated 24 July 2018',
  'e.g.',
  'Art. 15',
  '&amp;',
  '&#xZZ;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\u202e',
  '\u200b',
  '\ud800',
  '@',
  '@@',
  'a@b',
  '.',
  '\n',
  '\t',
];

const ATTRS: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HREFS).map((h) => `href="${h.replace(/"/g, '&quot;')}"`),
  fc.constantFrom(
    'rel="privacy-policy"',
    'hidden',
    'aria-hidden="true"',
    'style="display:none"',
    'style="visibility: hidden"',
    'class="cookie-banner"',
    'id="footer"',
    'role="navigation"',
    'role="main"',
    'role="heading" aria-level="9"',
    'lang="de"',
    'aria-label="Privacy"',
    'title="Datenschutz"',
    'onerror="alert(1)"',
    'src="x"',
    'data-cfemail="1a7e6a755a7e6a75"',
    'data-cfemail="zz"',
    'data-cfemail=""',
    'type="application/ld+json"',
  ),
  fc.string({ maxLength: 12 }).map((v) => `data-x="${v}"`),
);

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

interface Tree {
  node: string;
}

const tree = fc.letrec<Tree>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(ATTRS, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.constantFrom('close', 'close', 'close', 'open', 'stray'),
      )
      .map(([tag, attrs, children, ending]) => {
        const open = `<${tag}${attrs.length ? ' ' : ''}${attrs.join(' ')}>`;
        const close = ending === 'close' ? `</${tag}>` : ending === 'stray' ? `</${tag}` : '';
        return `${open}${children.join('')}${close}`;
      }),
  ),
})).node;

/** A whole random document: sometimes with a doctype, head and lang, sometimes just a fragment. */
export const randomHtml: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(tree, { maxLength: 6 }),
    fc.constantFrom('', 'en', 'fr', 'de', 'xx'),
  )
  .map(([full, parts, lang]) =>
    full
      ? `<!doctype html><html lang="${lang}"><head><title>${parts[0] ?? ''}</title></head><body>${parts.join('')}</body></html>`
      : parts.join(''),
  );

/** A deep chain of nested elements (bounded here; the e2e test uses 200,000 in Chromium). */
export const deepHtml: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 1500 }), fc.constantFrom('div', 'span', 'li', 'footer', 'a'))
  .map(
    ([depth, tag]) =>
      `${`<${tag}>`.repeat(depth)}dpo@shop.example Privacy Policy${`</${tag}>`.repeat(depth)}`,
  );
