import type { ScannedPage } from './schema';
import { boundedAnchors, findPolicyLinks, mightBePolicyLink } from './find-policy-links';
import { isPolicyText } from './is-policy-page';
import { foundEmails } from './page-emails';
import { pageText } from './page-text';

/**
 * The injected content script's work: ranked policy links, the page's email addresses (in page
 * order, without roles: detect-on-page's finishScan gives those, in the popup), and whether the
 * page is itself the policy (then its HTML, so the popup need not fetch it again).
 * Keep this import graph small (no zod at runtime, no phone or authority data, no email-role
 * rules): it is injected into the page on every click, target < 6 KB gzipped as shipped
 * (`npm run bench -- --only=scan`, tests/manifest/weight.test.ts). Bounded work on hostile pages:
 * anchors capped (find-policy-links), text capped (page-text), HTML capped.
 */
export const HTML_CAP = 3_000_000;
/**
 * Never throws: a DOM we did not foresee gives an empty scan (the popup then says what it could
 * not find) rather than a failed script.
 */
export function scanPage(doc: Document, pageUrl: string): ScannedPage {
  try {
    return scan(doc, pageUrl);
  } catch {
    return { url: pageUrl, title: '', lang: '', isPolicyPage: false, policyLinks: [], emails: [] };
  }
}

function scan(doc: Document, pageUrl: string): ScannedPage {
  const title = (doc.querySelector('title')?.textContent ?? '').trim();
  // Speed: no query where the page has no <h1> at all (the browser keeps that count; a query
  // that finds nothing walks the whole page).
  const h1 = (
    (doc.getElementsByTagName('h1')[0] && doc.querySelector('h1'))?.textContent ?? ''
  ).trim();
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const seen: Element[] = [];
  const text = pageText(doc, seen);
  // Speed: one pass over the anchors, each href read once; findPolicyLinks and foundEmails get
  // only the few they would look at further (they repeat these same tests on them).
  const links: Element[] = [];
  const mails: Element[] = [];
  for (const a of boundedAnchors(doc, seen)) {
    const href = a.getAttribute('href') ?? '';
    if (mightBePolicyLink(a, href)) {
      links.push(a);
    }
    if (/mailto:|\/cdn-cgi\//i.test(href)) {
      mails.push(a);
    }
  }
  const isPolicyPage = isPolicyText({ title, h1, url: pageUrl, text });
  const result: ScannedPage = {
    url: pageUrl,
    title,
    lang,
    isPolicyPage,
    policyLinks: findPolicyLinks(doc, pageUrl, links),
    emails: foundEmails(doc, text, mails),
  };
  if (isPolicyPage) {
    const html = doc.documentElement?.outerHTML ?? '';
    result.html = html.slice(0, HTML_CAP);
    result.htmlTruncated = html.length > HTML_CAP;
  }
  return result;
}
