/**
 * The readable text of a page, without script/style/template content, with line breaks between
 * blocks so words of adjacent blocks do not glue ("…@example.org" + "We…"). Bounded: stops after
 * `cap` characters or MAX_NODES nodes, so a 10 MB page costs no more than a normal one.
 * Walks from documentElement, not body: DOM implementations disagree on `body` for pages with
 * several <body> tags (saved pages with iframes), and the text is what matters here.
 */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
]);
const BLOCK =
  /^(?:p|div|li|ul|ol|td|th|tr|table|br|h[1-6]|section|article|header|footer|nav|main|aside|address|dd|dt|dl|blockquote|pre|form|figure|figcaption|hr)$/;
const MAX_NODES = 300_000;

export function pageText(doc: Document, cap = 300_000): string {
  const root = doc.documentElement;
  if (!root) {
    return '';
  }
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  // Pre-order through first children and next siblings: no child list is built (speed).
  let node: Node | null = root;
  while (node && length < cap && visited++ < MAX_NODES) {
    const name = (node as Element).localName;
    let enter = false;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      length += node.nodeValue?.length ?? 0;
    } else if (node.nodeType === 1 && !SKIP.has(name)) {
      if (BLOCK.test(name)) {
        parts.push('\n');
      }
      enter = true;
    }
    let next: Node | null = enter ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      node = node.parentNode;
    }
    node = next;
  }
  return parts.join('').slice(0, cap);
}
