/**
 * The readable text of a page, without script/style/template content, with line breaks between
 * blocks so words of adjacent blocks do not glue ("…@example.org" + "We…"). Bounded: stops after
 * `cap` characters or MAX_NODES nodes, so a 10 MB page costs no more than a normal one.
 * Walks from documentElement, not body: DOM implementations disagree on `body` for pages with
 * several <body> tags (saved pages with iframes), and the text is what matters here.
 */
const SKIP = /^(?:script|style|noscript|template|svg|head|iframe|object)$/;
const BLOCK =
  /^(?:p|div|li|ul|ol|td|th|tr|table|br|h[1-6]|section|article|header|footer|nav|main|aside|address|dd|dt|dl|blockquote|pre|form|figure|figcaption|hr)$/;
const MAX_NODES = 300_000;

export function pageText(doc: Document, cap = 300_000): string {
  const root = doc.documentElement;
  if (!root) {
    return '';
  }
  // Pre-order through the browser's own walker (speed: one native call per node); every node
  // shown (-1), so MAX_NODES counts what it always counted.
  const walker = doc.createTreeWalker(root, -1);
  let text = '';
  let visited = 0;
  let node: Node | null = root;
  while (node && text.length < cap && visited++ < MAX_NODES) {
    // Only elements have a localName: other nodes test "undefined", which no tag is.
    const name = (node as Element).localName;
    if (node.nodeType === 3) {
      text += (node as Text).data;
    } else if (SKIP.test(name)) {
      // Past its subtree (only nextNode: linkedom's walker has no nextSibling).
      const skipped: Node = node;
      do {
        node = walker.nextNode();
      } while (node && skipped.contains(node));
      continue;
    } else if (BLOCK.test(name)) {
      text += '\n';
    }
    node = walker.nextNode();
  }
  return text.slice(0, cap);
}
