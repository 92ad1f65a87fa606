import { cleanLine } from '../shared/clean-text';
import type { Block, Segment } from '../shared/policy-text';
import { segmentBlocks } from '../policy-text/segment-blocks';
import { contactReason } from './contact-reason';
import type { Contact, ContactsResult, Controller, Dpo } from './schema';
import { contactEmails, isExcludedEmail } from './contact-emails';
import { findAddresses } from './find-addresses';
import { findAuthority } from './find-authority';
import { findController } from './find-controller';
import { findDpo } from './find-dpo';
import { countryHint, findPhones } from './find-phones';
import { findContactPage, findWebforms } from './find-webforms';
import { pageEmails } from './page-emails';
import { asWritten, mentions } from './context';
import { PRIVACY_TERMS } from './contact-vocabulary.data';
import { roleRank } from './email-roles';
import { boundedAnchorsOf, pageParts, type PageParts } from './page-parts';

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
function markupEmails(page: PageParts, known: ReadonlySet<string>): Contact[] {
  return pageEmails(page.doc, '', boundedAnchorsOf(page), page.mayHoldCfEmail)
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
function footerText(page: PageParts): string {
  const outer: Element[] = [];
  for (const el of page.footers.slice(0, 50)) {
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
function footerEmails(page: PageParts, known: ReadonlySet<string>): Contact[] {
  // Line by line: a privacy word counts for the address on its own line, not its neighbour's.
  const lines = footerText(page)
    .split('\n')
    .filter((line) => line.includes('@'));
  const seen = new Set(known);
  return lines.flatMap((line) => {
    const term = mentions(line, PRIVACY_TERMS);
    return !term
      ? []
      : pageEmails(page.doc, line, [], false).flatMap((e) => {
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
  const page = opts.doc ? safely(() => pageParts(opts.doc as Document), undefined) : undefined;
  const markup = safely(() => (page ? markupEmails(page, known) : []), []);
  markup.forEach((e) => known.add(e.value));
  const contacts = [
    ...emails,
    ...markup,
    ...safely(() => (page ? footerEmails(page, known) : []), []),
    ...safely(() => findWebforms(segments, page, opts.pageUrl), []),
    ...safely(() => findPhones(segments, country), []),
    ...safely(() => findAddresses(blocks, segments), []),
  ].sort((a, b) => b.score - a.score || roleRank(a.role) - roleRank(b.role));
  // No way at all to reach the company in the policy: the site's own contact page, if it links one.
  const contactPage =
    contacts.length === 0 && page ? safely(() => findContactPage(page, opts.pageUrl), null) : null;
  if (contactPage) {
    contacts.push(contactPage);
  }
  // Reasons quote the policy's words as it writes them: "données", not the lists' "donnees".
  const quoted = contacts.map((c) =>
    c.reasons.some((r) => r.params)
      ? {
          ...c,
          reasons: c.reasons.map((r) =>
            r.params
              ? {
                  ...r,
                  // "loschen … ihre daten" (an action and its object, found apart) part by part
                  params: r.params.map((p) =>
                    p
                      .split(' … ')
                      .map((part) => asWritten(c.evidence, part))
                      .join(' … '),
                  ),
                }
              : r,
          ),
        }
      : c,
  );
  return {
    contacts: quoted,
    controller: safely(
      () => cleanController(findController(segments, page, blocks, opts.pageUrl)),
      null,
    ),
    dpo: safely(() => cleanDpo(findDpo(segments, emails)), null),
    authority: safely(() => findAuthority(segments, country, lang), null),
  };
}
