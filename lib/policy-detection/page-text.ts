/**
 * The readable text of a page, without script/style/template content, with line breaks between
 * blocks so words of adjacent blocks do not glue ("…@example.org" + "We…"). Bounded: stops after
 * `cap` characters or MAX_NODES nodes, so a 10 MB page costs no more than a normal one.
 * Walks from documentElement, not body: DOM implementations disagree on `body` for pages with
 * several <body> tags (saved pages with iframes), and the text is what matters here.
 */
// Tag name → 1: skip its subtree, 2: a block (a line break before it), 3: a link (collected),
// 4: text ("#text": a text node's name on linkedom, what the others' missing one stands for).
// One map lookup per node (speed: a regex test per element was the walk's main cost).
const KIND = new Map(
  [
    'script style noscript template svg head iframe object',
    'p div li ul ol td th tr table br h1 h2 h3 h4 h5 h6 section article header footer nav main aside address dd dt dl blockquote pre form figure figcaption hr',
    'a',
    '#text',
  ].flatMap((tags, i) => tags.split(' ').map((t) => [t, i + 1] as const)),
);
const MAX_NODES = 300_000;
// Speed: the commonest nodes' kind by their constructor, a JS property read where `localName` is
// a call into the browser (−0.3 ms per walk of the 10,000-link page). Only interfaces of one tag
// name each (not HTMLElement, which <section> and <b> share, nor HTMLQuoteElement, <blockquote>'s
// and <q>'s), listed in KIND's order ('' is Text), then inline ones (0). Any other node is looked
// up by its tag name, as are linkedom's (their constructors are not the window's).
const win = globalThis as unknown as Record<string, unknown>;
const BY_CONSTRUCTOR = new Map(
  ['Script Style', 'Paragraph Div LI UList', 'Anchor', '', 'Span Image'].flatMap((names, i) =>
    names.split(' ').map((n) => [win[n ? `HTML${n}Element` : 'Text'], (i + 1) % 5] as const),
  ),
);

/**
 * The page's text. `anchors` gets the `<a>` elements the walk meets (not those in skipped
 * subtrees, nor past a bound): the scan's anchors when they are all of them (speed: the walk meets
 * every anchor anyway, so the scan need not go over the page a second time; see boundedAnchors).
 */
export function pageText(doc: Document, anchors: Element[] = [], cap = 300_000): string {
  // Pre-order through the browser's own walker (speed: one native call per node). Only elements
  // and text shown (SHOW_ELEMENT | SHOW_TEXT = 5; speed: no node's type asked), from the document
  // down (a document without an element has nothing to show: no text, no links). MAX_NODES counts
  // those: a page with fewer nodes than that reads as when comments counted too; a bigger one
  // still stops after MAX_NODES of them, the comments between skipped by the browser.
  const walker = doc.createTreeWalker(doc, 5);
  let text = '';
  let visited = 0;
  let node: Node | null = walker.nextNode();
  while (node && text.length < cap && visited++ < MAX_NODES) {
    // Text nodes have no tag name (undefined, null or "#text" depending on the DOM).
    const kind =
      BY_CONSTRUCTOR.get(node.constructor) ?? KIND.get((node as Element).localName ?? '#text');
    if (kind === 1) {
      // Past its subtree (only nextNode: linkedom's walker has no nextSibling).
      const skipped: Node = node;
      do {
        node = walker.nextNode();
      } while (node && skipped.contains(node));
      continue;
    }
    if (kind === 3) {
      anchors.push(node as Element);
    } else if (kind === 4) {
      text += (node as Text).data;
    } else if (kind) {
      text += '\n';
    }
    node = walker.nextNode();
  }
  return text.slice(0, cap);
}
