import { cleanLine } from '../shared/clean-text';
import type { Block, Segment } from '../shared/policy-text';
import { elementsWhere } from '../policy-text/elements-where';
import { segmentBlocks } from '../policy-text/segment-blocks';
import { contactReason } from './contact-reason';
import type { Contact, ContactsResult, Controller, Dpo } from './schema';
import { contactEmails, isExcludedEmail } from './contact-emails';
import { findAddresses } from './find-addresses';
import { findAuthority } from './find-authority';
import { findController } from './find-controller';
import { findDpo } from './find-dpo';
import { countryHint, findPhones } from './find-phones';
import { findWebforms } from './find-webforms';
import { pageEmails } from './page-emails';
import { mentions } from './context';
import { PRIVACY_TERMS } from './contact-vocabulary.data';
import { boundedAnchors } from './find-policy-links';
import { roleRank } from './extract-emails';

/**
 * Everything a user needs to write to the right person, from a policy's blocks (and its Document
 * when there is one: mailto links, Cloudflare-protected addresses, request-form links, JSON-LD).
 * Contacts are best first: the first is the address to write to.
 */
export interface FindContactsOptions {
  pageUrl?: string;
  doc?: Document;
  /** The blocks' segments when already computed (analyzePolicy's), so evidence indexes agree. */
  segments?: readonly Segment[];
  /** The policy's language (the analysis'), when the page gives no lang attribute. */
  lang?: string;
}

/** Addresses only the markup holds (mailto with other link text, data-cfemail). */
function markupEmails(doc: Document, known: ReadonlySet<string>): Contact[] {
  return pageEmails(doc, '', boundedAnchors(doc), true)
    .filter((e) => !known.has(e.address) && !isExcludedEmail(e.address, e.evidence))
    .map((e) => ({
      kind: 'email' as const,
      value: e.address,
      role: e.role,
      score: 35 - roleRank(e.role) * 2,
      reasons: [contactReason(`${e.role}Address`), contactReason('inPageLink')],
      evidence: e.evidence,
    }));
}

/**
 * Where sites put their contact line: the footer, however it is marked up — what the selectors
 * `footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]` find, tested by hand in
 * one walk (elementsWhere: linkedom's engine built a DOMTokenList for every classed element).
 */
function isFooter(el: Element): boolean {
  if (el.localName === 'footer') {
    return true;
  }
  if (!el.hasAttributes()) {
    return false;
  }
  const id = el.getAttribute('id');
  const cls = el.getAttributeNode('class')?.value;
  return (
    el.getAttribute('role') === 'contentinfo' ||
    (id !== null && id.toLowerCase().includes('footer')) ||
    (cls !== undefined && cls.toLowerCase().includes('footer'))
  );
}
const FOOTER_TEXT_CAP = 20_000;

const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

/** Text a reader sees: no script, template or hidden element (SECURITY.md: hidden text offers nothing). */
function visibleText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  const el = node as Element;
  if (
    node.nodeType !== 1 ||
    UNSEEN.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  ) {
    return;
  }
  el.childNodes.forEach((child) => visibleText(child, out));
  out.push('\n');
}

/** The visible text of the page's footers (outermost only, capped): cheaper than the whole page's. */
function footerText(doc: Document): string {
  const outer: Element[] = [];
  for (const el of elementsWhere(doc, isFooter).slice(0, 50)) {
    if (!outer.some((o) => o.contains(el))) {
      outer.push(el);
    }
  }
  const out: string[] = [];
  outer.forEach((el) => visibleText(el, out));
  return out.join('').slice(0, FOOTER_TEXT_CAP);
}

/**
 * Addresses in the page's footer ("Per esercitare i tuoi diritti scrivi a segreteria@…", "W
 * sprawach ochrony danych osobowych pisz na adres…"), which the policy's blocks leave out: only
 * those a privacy or rights word stands next to, as the privacy address whatever their local part.
 */
function footerEmails(doc: Document, known: ReadonlySet<string>): Contact[] {
  // Line by line: a privacy word counts for the address on its own line, not its neighbour's.
  const lines = footerText(doc)
    .split('\n')
    .filter((line) => line.includes('@'));
  const seen = new Set(known);
  return lines.flatMap((line) => {
    const term = mentions(line, PRIVACY_TERMS);
    return !term
      ? []
      : pageEmails(doc, line, [], false).flatMap((e) => {
          if (seen.has(e.address) || isExcludedEmail(e.address, e.evidence)) {
            return [];
          }
          seen.add(e.address);
          const role = e.role === 'dpo' ? 'dpo' : 'privacy';
          return [
            {
              kind: 'email' as const,
              value: e.address,
              role,
              score: 45 - roleRank(role) * 2,
              reasons: [contactReason(`${role}Address`), contactReason('aboutTerm', term)],
              evidence: e.evidence,
            },
          ];
        });
  });
}

/** One finder failing on text we did not foresee must not cost the user the others. */
function safely<T>(find: () => T, fallback: T): T {
  try {
    return find();
  } catch {
    return fallback;
  }
}

/** Page text becomes a name here: one clean line, no bidi or zero-width characters (issue 10, item 9). */
function cleanController(found: Controller | null): Controller | null {
  const name = found && cleanLine(found.name);
  return found && name ? { ...found, name } : null;
}
function cleanDpo(found: Dpo | null): Dpo | null {
  if (!found?.name) {
    return found;
  }
  const { name, ...rest } = found;
  return cleanLine(name) ? { ...rest, name: cleanLine(name) } : rest;
}

export function findContacts(
  blocks: readonly Block[],
  opts: FindContactsOptions = {},
): ContactsResult {
  const lang = opts.doc?.documentElement?.getAttribute('lang') || opts.lang;
  const segments = opts.segments ?? segmentBlocks(blocks, lang?.split('-')[0]?.toLowerCase());
  const country = countryHint(opts.pageUrl, lang);
  const emails = safely(() => contactEmails(segments), []);
  const known = new Set(emails.map((e) => e.value));
  const markup = safely(() => (opts.doc ? markupEmails(opts.doc, known) : []), []);
  markup.forEach((e) => known.add(e.value));
  const contacts = [
    ...emails,
    ...markup,
    ...safely(() => (opts.doc ? footerEmails(opts.doc, known) : []), []),
    ...safely(() => findWebforms(segments, opts.doc, opts.pageUrl), []),
    ...safely(() => findPhones(segments, country), []),
    ...safely(() => findAddresses(blocks, segments), []),
  ].sort((a, b) => b.score - a.score || roleRank(a.role) - roleRank(b.role));
  return {
    contacts,
    controller: safely(
      () => cleanController(findController(segments, opts.doc, blocks, opts.pageUrl)),
      null,
    ),
    dpo: safely(() => cleanDpo(findDpo(segments, emails)), null),
    authority: safely(() => findAuthority(segments, country, lang), null),
  };
}
