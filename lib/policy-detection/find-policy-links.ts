import type { LinkKind, PolicyLink } from './schema';
import { KIND_ORDER, LINK_LEXICON, NOT_A_POLICY, URL_TOKENS } from './link-lexicon.data';
import { hasPhrase, normalize } from './normalize';
import { documentBase } from '../shared/document-base';

/**
 * Ranked links to the privacy policy, cookie policy, terms and legal notice of a page.
 * rel="privacy-policy" is the HTML standard's own link type (HTML Living Standard, 4.6.7.17), so
 * it comes first; then text, aria-label, title and URL path against LINK_LEXICON, weighted by
 * where the link sits (footers and legal menus are where sites put them).
 */
export const MAX_ANCHORS_HEAD = 3000;
export const MAX_ANCHORS_TAIL = 2000;
const MAX_RESULTS = 12;

interface Phrase {
  phrase: string;
  kind: LinkKind;
  lang: string;
}
const PHRASES: Phrase[] = Object.entries(LINK_LEXICON).flatMap(([lang, lexicon]) =>
  (Object.keys(lexicon) as LinkKind[]).flatMap((kind) =>
    lexicon[kind].map((p) => ({ phrase: normalize(p), kind, lang })),
  ),
);

/**
 * A cheap first look at every anchor (text, labels and href lowercased, no Unicode normalisation,
 * no URL parsing): the first four letters of each lexicon entry, with and without accents. Only
 * anchors that pass get scored, which keeps a 10,000-link page fast.
 */
const STEMS = new Set(
  [
    ...Object.values(LINK_LEXICON).flatMap((l) => Object.values(l).flat()),
    ...Object.values(URL_TOKENS).flat(),
  ].flatMap((p) => [p.toLowerCase().slice(0, 4), normalize(p).slice(0, 4)]),
);
// Stems are letters, spaces and hyphens, so they join into a pattern as they are (a test checks
// every lexicon entry; escaping them cost the injected script bytes).
const PREFILTER = new RegExp([...STEMS].join('|'));

/**
 * PREFILTER on a link's own text: a stem's space may also be the text's end, where the joined
 * label below puts a space after it ("…vie" + " " + href reads as "vie ").
 */
const TEXT_PREFILTER = new RegExp(PREFILTER.source.replace(/ /g, '( |$)'));

/**
 * `href`: the element's href attribute, when the caller has read it already. May be false for an
 * element without an href whose title or aria-label alone has a stem: scoreLink gives an element
 * without an href no link anyway.
 */
export function mightBePolicyLink(el: Element, href = el.getAttribute('href') ?? ''): boolean {
  // Speed: most anchors have no rel, aria-label or title, and a text and href with no stem in
  // them. Those are ruled out without building the joined label (the costly part on a
  // 10,000-link page). Only what the joined-label test would reject too: each part is tested
  // whole (the label is cut at 600 characters) and lowercased as the label is. An element with
  // an href and no other attribute has none of the three: its attribute count is one read where
  // `matches` is a selector match (−0.3 ms per scan of the 10,000-link page); one with a single
  // attribute that is not an href has no href, hence no link (see above).
  if (
    !(el.attributes.length > 1 && el.matches('[rel],[aria-label],[title]')) &&
    !TEXT_PREFILTER.test(el.textContent.toLowerCase()) &&
    !PREFILTER.test(href.toLowerCase())
  ) {
    return false;
  }
  const label = `${el.textContent} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${href}`;
  return (
    /privacy-policy/i.test(el.getAttribute('rel') ?? '') ||
    PREFILTER.test(label.slice(0, 600).toLowerCase())
  );
}

/** Kind and score of a label: the privacy policy wins over "privacy & cookies" style labels. */
export function matchLabel(
  label: string,
): { kind: LinkKind; score: number; reason: string } | null {
  const text = normalize(label);
  if (!text || text.length > 120) {
    return null;
  }
  let best: { kind: LinkKind; score: number; reason: string } | null = null;
  for (const p of PHRASES) {
    const exact = text === p.phrase;
    if (!exact && !(p.phrase.length >= 8 && hasPhrase(text, p.phrase))) {
      continue;
    }
    const score = (exact ? 50 : 35) - (text.length > 60 ? 15 : 0) - KIND_ORDER[p.kind];
    if (!best || score > best.score) {
      best = { kind: p.kind, score, reason: `"${p.phrase}" (${p.lang})` };
    }
  }
  return best;
}

export function matchUrl(href: string): { kind: LinkKind; token: string } | null {
  let path = href;
  try {
    const u = new URL(href);
    // Path only: a query like ?return=/privacy on a sign-in link says nothing.
    path = u.pathname;
  } catch {
    // Relative or malformed: match what we have.
  }
  const lower = path.toLowerCase();
  // KIND_ORDER's own keys, in its order (a plain literal).
  for (const kind in KIND_ORDER) {
    const token = URL_TOKENS[kind as LinkKind].find((t) => lower.includes(t));
    if (token) {
      return { kind: kind as LinkKind, token };
    }
  }
  return null;
}

function positionBonus(el: Element): { score: number; reason: string } | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 15; depth++, node = node.parentElement) {
    const tag = node.localName;
    const role = node.getAttribute('role') ?? '';
    const idClass = `${node.id} ${node.getAttribute('class') ?? ''}`.toLowerCase();
    if (tag === 'footer' || role === 'contentinfo' || idClass.includes('footer')) {
      return { score: 10, reason: 'in the footer' };
    }
    if (idClass.includes('legal')) {
      return { score: 8, reason: 'in a legal menu' };
    }
    if (tag === 'nav' || role === 'navigation') {
      return { score: 5, reason: 'in a navigation menu' };
    }
  }
  return null;
}

/** rel="privacy-policy" among the element's link types. */
const relPolicy = (el: Element): boolean =>
  (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('privacy-policy');

/** Score one link element; null when it is not a policy link at all. */
export function scoreLink(el: Element, pageUrl: string): PolicyLink | null {
  const href = el.getAttribute('href') ?? '';
  if (!href || /^\s*(?:#|(?:javascript|mailto|tel):)/i.test(href)) {
    return null;
  }
  let url: string;
  try {
    const resolved = new URL(href, pageUrl);
    // Judge the scheme after parsing: the URL parser drops tabs and newlines, so "java\tscript:"
    // only shows what it is here. A policy is a web page.
    if (!/^https?:$/.test(resolved.protocol)) {
      return null;
    }
    url = resolved.href;
  } catch {
    return null;
  }
  const text = el.textContent.slice(0, 200).replace(/\s+/g, ' ').trim();
  const reasons: string[] = [];
  let score = 0;
  let kind: LinkKind | null = null;
  if (relPolicy(el)) {
    score += 100;
    kind = 'privacy';
    reasons.push('rel="privacy-policy"');
  }
  for (const [where, weight] of [
    ['text', 1],
    ['aria-label', 0.7],
    ['title', 0.6],
  ] as const) {
    const label = where === 'text' ? text : el.getAttribute(where);
    const m = label ? matchLabel(label) : null;
    if (m) {
      score += Math.round(m.score * weight);
      kind ??= m.kind;
      reasons.push(`${where} ${m.reason}`);
      break;
    }
  }
  const u = matchUrl(url);
  if (u) {
    score += u.kind === kind || kind === null ? 20 : 5;
    kind ??= u.kind;
    reasons.push(`URL contains "${u.token}"`);
  }
  if (!kind) {
    return null;
  }
  if (NOT_A_POLICY.some((w) => hasPhrase(normalize(text), w))) {
    score -= 40;
    reasons.push('looks like a settings control, not a document');
  }
  const pos = positionBonus(el);
  if (pos) {
    score += pos.score;
    reasons.push(pos.reason);
  }
  return { url, text, score, reasons, kind };
}

/** Dedupe by URL (keeping the best), order privacy → legal → cookies → terms, best first within. */
export function rankLinks(links: PolicyLink[]): PolicyLink[] {
  const byUrl = new Map<string, PolicyLink>();
  for (const link of links) {
    const key = link.url.replace(/#.*$/, '');
    const prev = byUrl.get(key);
    if (!prev || link.score > prev.score) {
      byUrl.set(key, link);
    }
  }
  return [...byUrl.values()]
    .filter((l) => l.score > 0)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.score - a.score)
    .slice(0, MAX_RESULTS);
}

/**
 * Anchors worth scanning: all of them on normal pages, the head and tail of huge ones. `seen`:
 * anchors the caller met in page order (pageText's); read from it when it holds as many as the
 * page has, which makes it the very same list (speed: the browser counts them once, then keeps
 * the count; reading each from its list is what costs).
 */
export function boundedAnchors(doc: Document, seen: Element[] = []): Element[] {
  const tags = doc.getElementsByTagName('a');
  const n = tags.length;
  const all = seen.length === n ? seen : tags;
  const out: Element[] = [];
  for (let i = 0; i < n; i++) {
    // Past the head, straight to the tail (no element is read in between).
    if (i === MAX_ANCHORS_HEAD) {
      i = Math.max(i, n - MAX_ANCHORS_TAIL);
    }
    out.push(all[i] as Element);
  }
  return out;
}

export function findPolicyLinks(
  doc: Document,
  pageUrl: string,
  anchors = boundedAnchors(doc),
): PolicyLink[] {
  const found: PolicyLink[] = [];
  // Relative links resolve against the page's <base href> when it has one, as the browser's own
  // a.href does (the page's URL otherwise).
  // Speed: no query where the page has no <base> at all (the browser keeps that count; a query
  // that finds nothing walks the whole page).
  const base = (doc.getElementsByTagName('base')[0] && documentBase(doc, pageUrl)) || pageUrl;
  // <link> elements count only as rel="privacy-policy"; stylesheets and icons are not policies.
  const heads = Array.from(
    (doc.documentElement ? (doc.head ?? doc) : doc).getElementsByTagName('link'),
  ).filter(relPolicy);
  for (const el of [...heads, ...anchors]) {
    const link = mightBePolicyLink(el) && scoreLink(el, base);
    if (link) {
      found.push(link);
    }
  }
  return rankLinks(found);
}
