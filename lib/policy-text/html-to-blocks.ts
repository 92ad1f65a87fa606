import { documentBase } from '../shared/document-base';
import { elementsWhere } from './elements-where';
import type { Block } from '../shared/policy-text';
import {
  BANNER,
  BLOCK_TAGS,
  CHROME_CLASS,
  CHROME_ROLES,
  CHROME_TAGS,
  SKIP_TAGS,
} from './page-chrome.data';

/**
 * The main text of a policy page as blocks: headings (with the path of headings above them),
 * paragraphs, list items and table cells. Page chrome (nav, page header/footer, cookie banners)
 * and what the reader cannot see (scripts, templates, hidden elements) are dropped.
 * Uses only the DOM Core that the browser's DOMParser, jsdom and linkedom all provide.
 */
const BANNER_MAX_CHARS = 3000;
const CHROME_MAX_CHARS = 5000;
const MAX_DEPTH = 200;
/**
 * More blocks, and more text, than any real policy has (the longest in the corpora have ~146,000
 * characters of text; MAX_TEXT_CHARS is over three times that): a page beyond either is cut, plain
 * text too (text-to-blocks). Bounds the analysis of a hostile page: 5 MB of text is analysed as its
 * first 500,000 characters, and only that much of its text is even read (Builder.text).
 */
export const MAX_BLOCKS = 5000;
export const MAX_TEXT_CHARS = 500_000;
/** A "heading" longer than this is a paragraph styled big, not a title for what follows. */
const MAX_HEADING_CHARS = 300;
/**
 * Links kept per block (Block.links allows as many), and the longest text and target kept: a
 * hostile page's 100,000 anchors in one paragraph cost at most this many URL parses per block.
 */
const MAX_LINKS = 50;
const MAX_LINK_TEXT = 500;
const MAX_HREF = 2000;

type Link = NonNullable<Block['links']>[number];

/**
 * An anchor's target as an absolute http(s) or mailto URL, or null: javascript:, data: and the
 * like are not places to go, and a fragment of the same page is navigation, not a target.
 */
function linkTarget(
  raw: string | null,
  base: string | undefined,
  pageUrl: string | undefined,
): string | null {
  const href = raw?.trim();
  if (!href || href.length > MAX_HREF || href.startsWith('#')) {
    return null;
  }
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (!/^(?:https?|mailto):$/.test(url.protocol)) {
    return null;
  }
  if (pageUrl && url.hash) {
    const page = new URL(pageUrl);
    if (
      url.origin === page.origin &&
      url.pathname === page.pathname &&
      url.search === page.search
    ) {
      return null;
    }
  }
  return url.href;
}

interface Heading {
  text: string;
  level: number;
}

export function isHidden(el: Element): boolean {
  // Most elements have no attribute at all: one test instead of three reads (speed, issue 11).
  if (!el.hasAttributes()) {
    return false;
  }
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
    return true;
  }
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** `role`: the element's role attribute, '' without one (read once per element by walk). */
function isChrome(el: Element, inContent: boolean, role: string): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || role === 'navigation' || role === 'search') {
    return true;
  }
  // A <header>/<footer> inside the article belongs to it (title, "last updated"); outside it is chrome.
  if (!inContent && (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role))) {
    return true;
  }
  // Without attributes there is no role, id or class for the patterns below to find (speed).
  if (!el.hasAttributes()) {
    return false;
  }
  // The class attribute as written: linkedom's getAttribute('class') builds a DOMTokenList first.
  const idClass = `${el.id} ${el.getAttributeNode('class')?.value ?? ''}`;
  if (BANNER.test(idClass) || /dialog/.test(role)) {
    // A banner is short; a "cookies" section of the policy itself is kept by this size check.
    return (el.textContent ?? '').length < BANNER_MAX_CHARS;
  }
  if (CHROME_CLASS.test(idClass)) {
    // Same size check: a wrapper that happens to be called "menu-content" may hold the policy.
    return (el.textContent ?? '').length < CHROME_MAX_CHARS;
  }
  return false;
}

/**
 * The text a reader sees in an element: no script/style/template text, no hidden children
 * (a heading's textContent would carry them into every heading path below it).
 */
function visibleText(el: Element, depth: number): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      out += child.nodeValue ?? '';
    } else if (child.nodeType === 1 && depth < MAX_DEPTH) {
      const c = child as Element;
      if (!SKIP_TAGS.has(c.localName) && !isHidden(c)) {
        out += c.localName === 'br' ? ' ' : visibleText(c, depth + 1);
      }
    }
  }
  return out;
}

/**
 * The links of a heading ("Complaints to the <a>CNIL</a>", a section title linking the request
 * form): its visible anchors, read as the paragraphs' are (Builder.link), at most MAX_LINKS.
 */
function headingLinks(el: Element, b: Builder): Link[] {
  const links: Link[] = [];
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    if (links.length >= MAX_LINKS) {
      break;
    }
    const href = linkTarget(a.getAttribute('href'), b.base, b.pageUrl);
    const text = href && !isHidden(a) ? clean(visibleText(a, 0)).replace(/\n/g, ' ') : '';
    if (href && text && text.length <= MAX_LINK_TEXT) {
      links.push({ text, href });
    }
  }
  return links;
}

const HEADING_LEVELS = new Map([1, 2, 3, 4, 5, 6].map((n) => [`h${n}`, n]));

/** `role`: the element's role attribute, '' without one. */
function headingLevel(el: Element, role: string): number | null {
  const level = HEADING_LEVELS.get(el.localName);
  if (level !== undefined) {
    return level;
  }
  if (role === 'heading') {
    const aria = Number(el.getAttribute('aria-level') ?? '2');
    return aria >= 1 && aria <= 6 ? aria : 2;
  }
  return null;
}

/**
 * What `/[ \t\r\f\v\u00a0]+/g` and `/\s+/g` match, less the runs that are one space already:
 * replaced by ' ', the same text, but most runs in a text are one space between two words, and
 * replacing each by itself cost a fifth of htmlToBlocks (speed, issue 11, item 8).
 */
const SPACES = /[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g;
const WHITESPACE = /\s{2,}|[^\S ]/g;

const clean = (text: string): string =>
  text
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();

/**
 * `clean` for the Builder's buffer, whose only whitespace is ' ' and the '\n' of a <br> (walk
 * collapses every other run to one space before adding text): each pattern runs only on a text
 * that holds what it looks for (speed, issue 11, item 8).
 */
function cleanBuffer(text: string): string {
  const spaced = text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  return (spaced.includes('\n') ? spaced.replace(/ ?\n ?/g, '\n') : spaced).trim();
}

/** The first `n` UTF-16 units of `text`, never half of a surrogate pair. */
function cut(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

class Builder {
  readonly blocks: Block[] = [];
  private headings: Heading[] = [];
  private buffer = '';
  private chars = 0;
  /** The links of the text in `buffer`, and how many flushes so far (an anchor spanning one is dropped). */
  private links: Link[] = [];
  flushes = 0;

  /** `base` resolves relative targets (the page's <base href>, else its URL); `pageUrl` is the page. */
  constructor(
    readonly base: string | undefined,
    readonly pageUrl: string | undefined,
  ) {}

  get mark(): number {
    return this.buffer.length;
  }

  get roomForLinks(): boolean {
    return this.links.length < MAX_LINKS;
  }

  /** An anchor whose text went into the buffer from `mark` on. */
  link(mark: number, href: string): void {
    const text = cleanBuffer(this.buffer.slice(mark)).replace(/\n/g, ' ');
    if (text && text.length <= MAX_LINK_TEXT && this.links.length < MAX_LINKS) {
      this.links.push({ text, href });
    }
  }

  get full(): boolean {
    return this.blocks.length >= MAX_BLOCKS || this.chars >= MAX_TEXT_CHARS;
  }

  private push(block: Block): void {
    const room = MAX_TEXT_CHARS - this.chars;
    this.blocks.push(block.text.length > room ? { ...block, text: cut(block.text, room) } : block);
    this.chars += Math.min(room, block.text.length);
  }

  /**
   * `t` cut to the room the text cap has left. Raw text beyond it is never collected: a 5 MB
   * text node is sliced before its whitespace is collapsed, not after (collapsing only shortens).
   */
  bounded(t: string): string {
    const room = MAX_TEXT_CHARS - this.chars - this.buffer.length;
    return room <= 0 ? '' : t.length > room ? cut(t, room) : t;
  }

  text(t: string): void {
    this.buffer += this.bounded(t);
  }

  flush(kind: Block['kind']): void {
    const text = this.buffer;
    const links = this.links;
    this.buffer = '';
    this.links = [];
    this.flushes++;
    for (const line of cleanBuffer(text).split('\n')) {
      const t = line.trim();
      if (t && !this.full) {
        const own = links.length ? links.filter((l) => t.includes(l.text)) : links;
        this.push({
          kind,
          text: t,
          headingPath: this.headings.map((h) => h.text),
          ...(own.length ? { links: own } : {}),
        });
      }
    }
  }

  heading(text: string, level: number, links: readonly Link[] = []): void {
    const t = clean(text).replace(/\n/g, ' ');
    if (!t || this.full) {
      return;
    }
    const own = links.filter((l) => t.includes(l.text));
    const withLinks = own.length ? { links: own } : {};
    if (t.length > MAX_HEADING_CHARS) {
      this.push({
        kind: 'paragraph',
        text: t,
        headingPath: this.headings.map((h) => h.text),
        ...withLinks,
      });
      return;
    }
    this.headings = this.headings.filter((h) => h.level < level);
    this.push({
      kind: 'heading',
      text: t,
      level,
      headingPath: this.headings.map((h) => h.text),
      ...withLinks,
    });
    this.headings.push({ text: t, level });
  }
}

function walk(
  node: Node,
  b: Builder,
  kind: Block['kind'],
  inContent: boolean,
  depth: number,
): void {
  if (b.full) {
    return;
  }
  if (node.nodeType === 3) {
    // Source line breaks are spaces in HTML; only <br> breaks a line. Cut first (Builder.text).
    b.text(b.bounded(node.nodeValue ?? '').replace(WHITESPACE, ' '));
    return;
  }
  if (node.nodeType !== 1) {
    return;
  }
  const el = node as Element;
  const tag = el.localName;
  if (tag === 'br') {
    b.text('\n');
    return;
  }
  const role = el.hasAttributes() ? (el.getAttribute('role') ?? '') : '';
  if (isHidden(el) || isChrome(el, inContent, role)) {
    return;
  }
  const level = headingLevel(el, role);
  if (level !== null) {
    b.flush(kind);
    b.heading(visibleText(el, depth), level, headingLinks(el, b));
    return;
  }
  if (depth > MAX_DEPTH) {
    b.text(` ${b.bounded(el.textContent ?? '').replace(WHITESPACE, ' ')} `);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  const childKind = tag === 'li' ? 'listItem' : tag === 'td' || tag === 'th' ? 'tableCell' : kind;
  const content = inContent || tag === 'main' || tag === 'article' || role === 'main';
  if (block) {
    b.flush(kind);
  }
  // An anchor's text is what its children add to the buffer; its target is resolved only while
  // the block has room for another link.
  const href =
    tag === 'a' && b.roomForLinks ? linkTarget(el.getAttribute('href'), b.base, b.pageUrl) : null;
  const mark = b.mark;
  const flushes = b.flushes;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    walk(child, b, childKind, content, depth + 1);
  }
  if (href && b.flushes === flushes) {
    b.link(mark, href);
  }
  if (block) {
    b.flush(childKind);
  }
}

/**
 * Where the main text is: a single <main>, [role=main] or <article> (or #content / #main) that
 * holds a good share of the page's text; otherwise the whole document, with chrome dropped.
 */
export function contentRoot(doc: Document): Element | null {
  return findRoot(doc).root;
}

/**
 * contentRoot, and whether the page may have a `<base>` for documentBase to find: the walk that
 * looks for the candidates sees the elements its selector query sees (none in a template), so a
 * page where it meets no `base` tag (in any case) has none, and the query, a second walk of every
 * node, is skipped (speed, issue 11, item 8).
 */
function findRoot(doc: Document): { root: Element | null; mayHoldBase: boolean } {
  const root = doc.documentElement;
  if (!root) {
    return { root: null, mayHoldBase: false };
  }
  let mayHoldBase = false;
  const candidates = elementsWhere(doc, (el) => {
    const tag = el.localName;
    if (MAIN_TAGS.has(tag)) {
      return true;
    }
    if (!mayHoldBase && tag.length === 4 && tag.toLowerCase() === 'base') {
      mayHoldBase = true;
    }
    // The MAIN_SELECTORS' roles and ids, read once per element that has attributes.
    if (!el.hasAttributes()) {
      return false;
    }
    return (
      MAIN_ROLES.has(el.getAttribute('role') ?? '') || MAIN_IDS.has(el.getAttribute('id') ?? '')
    );
  });
  // The page's text is measured only when a candidate is long enough to be compared with it (a
  // walk of every node: most pages have no candidate, speed).
  let total: number | undefined;
  for (const selector of MAIN_SELECTORS) {
    const found = candidates.filter((c) => isMain(c, selector));
    const el = found.length === 1 ? found[0] : undefined;
    const length = el?.textContent?.length ?? 0;
    if (el && length >= MIN_MAIN_CHARS) {
      total ??= pageTextLength(doc, root);
      if (length >= total * MIN_MAIN_SHARE) {
        return { root: el, mayHoldBase };
      }
    }
  }
  return { root, mayHoldBase };
}
/** The length of the body's text, or of the whole document's when the body has none. */
function pageTextLength(doc: Document, root: Element): number {
  const bodyText = doc.body?.textContent?.length ?? 0;
  return bodyText > 0 ? bodyText : (root.textContent?.length ?? 0);
}

/** main, [role="main"], article, #content, #main-content, #main: in this order of trust (the walk in findRoot tests the same). */
const MAIN_SELECTORS = [
  { tag: 'main' },
  { role: 'main' },
  { tag: 'article' },
  { id: 'content' },
  { id: 'main-content' },
  { id: 'main' },
];
type MainSelector = (typeof MAIN_SELECTORS)[number];
/** What any of MAIN_SELECTORS looks for, by kind: findRoot's one test per element. */
const MAIN_TAGS = new Set(MAIN_SELECTORS.flatMap((s) => ('tag' in s ? [s.tag] : [])));
const MAIN_ROLES = new Set(MAIN_SELECTORS.flatMap((s) => ('role' in s ? [s.role] : [])));
const MAIN_IDS = new Set(MAIN_SELECTORS.flatMap((s) => ('id' in s ? [s.id] : [])));

function isMain(el: Element, selector: MainSelector): boolean {
  return 'tag' in selector
    ? el.localName === selector.tag
    : el.hasAttributes() &&
        el.getAttribute('role' in selector ? 'role' : 'id') === (selector.role ?? selector.id);
}

const MIN_MAIN_CHARS = 500;
const MIN_MAIN_SHARE = 0.3;

/**
 * `pageUrl`, where known, resolves relative link targets (Block.links), through the page's
 * `<base href>` when it has one; without either only absolute
 * ones are kept.
 */
export function htmlToBlocks(doc: Document, pageUrl?: string): Block[] {
  const { root, mayHoldBase } = findRoot(doc);
  if (!root) {
    return [];
  }
  let page: string | undefined;
  try {
    page = pageUrl ? new URL(pageUrl).href : undefined;
  } catch {
    page = undefined;
  }
  const b = new Builder(mayHoldBase ? documentBase(doc, page) : page, page);
  walk(root, b, 'paragraph', root !== doc.documentElement, 0);
  b.flush('paragraph');
  return b.blocks;
}
