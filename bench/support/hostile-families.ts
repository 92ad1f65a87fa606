/**
 * Input shapes that made text analysis quadratic (issue 10, item 3), and neighbours found by
 * measuring: each family repeats a short unit to a given length. Used by the `hostile` bench suite
 * (10k vs 100k characters, and 5 MB) and by the fuzz property "analyze · hostile families".
 */
export interface HostileFamily {
  name: string;
  /** `text`: a plain-text policy (.txt, text/plain); `html`: the text in one <p> of a page. */
  kind: 'text' | 'html';
  /** The input of about `n` characters (the unit repeated; some add a head or a tail). */
  make(n: number): string;
}

import { realisticPage } from './realistic-page';

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));
const page = (body: string) => `<html><body>${body}</body></html>`;
const para = (text: string) => page(`<p>${text}</p>`);

export const HOSTILE_FAMILIES: readonly HostileFamily[] = [
  { name: "'.'×n", kind: 'html', make: (n) => para(repeat('.', n)) },
  { name: "'a@b.co '×n", kind: 'html', make: (n) => para(repeat('a@b.co ', n)) },
  { name: "text/plain 'a\\n'×n", kind: 'text', make: (n) => repeat('a\n', n) },
  { name: "'a-'×n+'@'", kind: 'html', make: (n) => para(`${repeat('a-', n)}@`) },
  { name: "'Abc '×n", kind: 'html', make: (n) => para(repeat('Abc ', n)) },
  { name: "'75008 Paris '+'a'×n", kind: 'html', make: (n) => para(`75008 Paris ${'a'.repeat(n)}`) },
  // Found by measuring (see bench/suites/hostile.ts for the figures).
  { name: "'A.'×n", kind: 'html', make: (n) => para(repeat('A.', n)) },
  { name: "\"a'\"×n+'@'", kind: 'html', make: (n) => para(`${repeat("a'", n)}@`) },
  { name: "'a@'×n", kind: 'html', make: (n) => para(repeat('a@', n)) },
  { name: "'x [at] '×n", kind: 'html', make: (n) => para(repeat('x [at] ', n)) },
  { name: "'12 '×n", kind: 'html', make: (n) => para(repeat('12 ', n)) },
  {
    name: "'We collect your data. '×n",
    kind: 'html',
    make: (n) => para(repeat('We collect your data. ', n)),
  },
  {
    name: "'DPO dpo@x.fr '×n",
    kind: 'html',
    make: (n) => para(repeat('Our data protection officer: dpo@x.fr ', n)),
  },
  {
    name: "text/plain '12 rue X\\n75008 Paris\\n'×n",
    kind: 'text',
    make: (n) => repeat('12 rue X\n75008 Paris\n', n),
  },
  {
    // An address block with its postcode after many full stops: where it ends is found once.
    name: "address '<p>'+'. Ab'×140+' 10115 Berlin'×n",
    kind: 'html',
    make: (n) => page(repeat(`<p>1 Main Street${'. Ab'.repeat(140)} 10115 Berlin</p>`, n)),
  },
  { name: "'<p>a</p>'×n", kind: 'html', make: (n) => page(repeat('<p>a</p>', n)) },
  {
    name: "'<h2>Contact</h2><p>x</p>'×n",
    kind: 'html',
    make: (n) => page(repeat('<h2>Contact</h2><p>x</p>', n)),
  },
  {
    name: "'<li>'+'a-'×n",
    kind: 'html',
    make: (n) => page(`<ul><li>${repeat('a-', n)}@</li></ul>`),
  },
  // Not hostile: the size of the heaviest real pages, for the "any 5 MB input in < 2 s" target.
  { name: 'realistic page (scripts, SVG, menu, policy)', kind: 'html', make: realisticPage },
];
