import type { PageEmail, ScannedEmail } from './schema';
import { withRoles } from './email-roles';
import { decodeCfEmail, emailsFromMailto, extractEmails, isNoReply } from './extract-emails';

/**
 * Addresses a page shows: in its text, in mailto: links, and behind Cloudflare's obfuscation
 * (<span data-cfemail="…"> or /cdn-cgi/l/email-protection#… links).
 */
const CONTEXT = 80;
const MAX_CF = 100;

function around(text: string, start: number, end: number): string {
  return text
    .slice(Math.max(0, start - CONTEXT), end + CONTEXT)
    .replace(/\s+/g, ' ')
    .trim();
}

function parentText(el: Element): string {
  return (el.parentElement?.textContent ?? el.textContent)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 240);
}

/**
 * The addresses in the order the page gives them (text first, then links, then Cloudflare's),
 * each once, no-reply ones left out; without their roles: the injected scanner's part, which
 * keeps the role rules out of its bundle (see withRoles).
 */
export function foundEmails(
  doc: Document,
  text: string,
  anchors: readonly Element[],
  // Cloudflare leaves "[email protected]" in the text where it hid an address: look only then.
  scanCf = /\[email/i.test(text),
): ScannedEmail[] {
  const found = new Map<string, ScannedEmail>();
  const add = (address: string, evidence: string): void => {
    if (!isNoReply(address) && !found.has(address)) {
      found.set(address, { address, evidence });
    }
  };
  for (const m of extractEmails(text)) {
    add(m.address, around(text, m.start, m.end));
  }
  for (const a of anchors) {
    const href = a.getAttribute('href') ?? '';
    if (!/mailto:|\/cdn-cgi\//i.test(href)) {
      continue;
    }
    for (const address of emailsFromMailto(href)) {
      add(address, parentText(a));
    }
    const cf = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href);
    const decoded = cf && decodeCfEmail(cf[1] ?? '');
    if (decoded) {
      add(decoded, parentText(a));
    }
  }
  for (const el of scanCf
    ? Array.from(doc.querySelectorAll('[data-cfemail]')).slice(0, MAX_CF)
    : []) {
    const decoded = decodeCfEmail(el.getAttribute('data-cfemail') ?? '');
    if (decoded) {
      add(decoded, parentText(el));
    }
  }
  return [...found.values()];
}

/** foundEmails with their roles, best role first. */
export function pageEmails(
  doc: Document,
  text: string,
  anchors: readonly Element[],
  scanCf?: boolean,
): PageEmail[] {
  return withRoles(foundEmails(doc, text, anchors, scanCf));
}
