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
  const stack: Node[] = [root];
  while (stack.length > 0 && length < cap && visited < MAX_NODES) {
    const node = stack.pop() as Node;
    visited++;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1) {
      continue;
    }
    const name = (node as Element).localName;
    if (SKIP.has(name)) {
      continue;
    }
    if (BLOCK.test(name)) {
      parts.push('\n');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) {
        stack.push(child);
      }
    }
  }
  return parts.join('').slice(0, cap);
}
