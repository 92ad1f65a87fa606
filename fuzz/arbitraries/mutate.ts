import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { HREFS, WORDS } from './html';

/** Real pages of the demo site: the seeds that mutations break in every way. */
const PAGES = new URL('../../demo-site/pages/', import.meta.url);
export const SEED_PAGES: string[] = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => readFileSync(new URL(f, PAGES), 'utf8'));

const SNIPPETS = [
  ...WORDS,
  ...HREFS.map((h) => `<a href="${h}">Privacy Policy</a>`),
  '<',
  '>',
  '</',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<script>',
  '</script>',
  '<template>',
  '<div hidden>',
  '<footer>',
  '</footer>',
  '<style>',
  '"',
  "'",
  '=',
  '&',
  '&#',
  '\u0000',
  '<a href="mailto:x@y.z?cc=evil@z.z">',
];

/** One edit, with positions as fractions of the current length (valid for any text). */
const edit = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'truncate', 'swap-case', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 400 }),
  snippet: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 20, unit: 'binary' })),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(html: string, e: Edit): string {
  const at = Math.floor(e.at * html.length);
  const end = Math.min(html.length, at + e.length);
  switch (e.kind) {
    case 'delete':
      return html.slice(0, at) + html.slice(end);
    case 'insert':
      return html.slice(0, at) + e.snippet + html.slice(at);
    case 'duplicate':
      return html.slice(0, end) + html.slice(at, end) + html.slice(end);
    case 'truncate':
      return html.slice(0, at);
    case 'swap-case':
      return html.slice(0, at) + html.slice(at, end).toUpperCase() + html.slice(end);
    default:
      return html.slice(0, at) + e.snippet + html.slice(end);
  }
}

/** A demo-site page with 1–8 random edits. */
export const mutatedHtml: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEED_PAGES), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([page, edits]) => edits.reduce(apply, page));
