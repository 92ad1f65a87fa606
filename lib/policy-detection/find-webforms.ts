import { documentBase } from '../shared/document-base';
import type { Segment } from '../shared/policy-text';
import { contactReason } from './contact-reason';
import type { Contact, ContactReason } from './schema';
import {
  CONTACT_PAGE_LABELS,
  WEBFORM_PRIVACY,
  WEBFORM_RIGHTS,
  WEBFORM_RIGHTS_ACTIONS,
  WEBFORM_RIGHTS_DATA,
  WEBFORM_STRONG,
  WEBFORM_TERMS,
} from './contact-vocabulary.data';
import { mayMention, mentions, mentionsOnce } from './context';
import { normalize } from './normalize';
import type { PageParts } from './page-parts';

/**
 * Privacy request forms and portals ("exercise your rights", "privacy request", …): links of the
 * page when a Document is given, URLs written in the policy's text, and links in its sentences. A
 * form needs form words and privacy words together, or one of the strong phrases alone; a link in
 * a sentence about the reader's rights or naming the DPO, a form word of its own (inSentenceForms).
 */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+/gi;
const MAX_ANCHORS = 3000;
const MAX_URLS_PER_SENTENCE = 5;

/** What a text says: which form, privacy and strong terms it holds, each looked up when asked. */
type Terms = (terms: readonly string[]) => string | undefined;

/**
 * Form words and privacy words may come from the label and the URL together. Asked in the order
 * the answer needs them: a strong phrase ends it, no form word anywhere makes privacy words moot.
 */
function classify(a: Terms, b: Terms): { score: number; reason: ContactReason } | null {
  const strong = a(WEBFORM_STRONG) ?? b(WEBFORM_STRONG);
  if (strong) {
    return { score: 55, reason: contactReason('formTerm', strong) };
  }
  const form = a(WEBFORM_TERMS) ?? b(WEBFORM_TERMS);
  const privacy = form ? (a(WEBFORM_PRIVACY) ?? b(WEBFORM_PRIVACY)) : undefined;
  return form && privacy
    ? { score: 45, reason: contactReason('formAboutTerm', form, privacy) }
    : null;
}

/**
 * A URL's words, without its fragment: "/about/privacy-policy#tracking_requests" is a section of
 * the policy itself, whatever the section's name says.
 */
const urlWords = (url: string): string => withoutFragment(url).replace(/[/_.?=&-]+/g, ' ');
/** The page a URL names, its section ("#contact") left out. */
const withoutFragment = (url: string): string => url.replace(/#.*$/s, '');

/**
 * What any answer of classify needs: a strong or a form term in the label or the URL (speed,
 * issue 11, item 8: most of a page's links have neither). Asked of the URL itself, not its words:
 * urlWords turns only characters that are no letter or digit into spaces, so whole words stay.
 */
const FORM_OR_STRONG = [...WEBFORM_STRONG, ...WEBFORM_TERMS];
const mayBeForm = (label: string, url: string): boolean =>
  mayMention(label, FORM_OR_STRONG) || mayMention(url, FORM_OR_STRONG);

/**
 * A link in the policy's prose is read with its sentence, as a bare URL is: "If you want to change
 * or delete the information we hold, please <a href="…?pg=request">email us</a>" is the way to
 * ask, though neither its label nor its address says privacy. Read around the label only
 * (bounded: a hostile sentence may be the whole page), and the end of the sentence before it in
 * the same paragraph ("You may access or delete your data. To do so, fill in <a>this form</a>.").
 */
const AROUND_LINK = 300;
/**
 * Words the sentence holds besides its links' labels: a menu or a row of links that the reader
 * kept as text holds none, a sentence a few.
 */
const MIN_PROSE_WORDS = 4;
const PROSE_WORD = /\p{L}{2,}/gu;
/**
 * Below the addresses the policy itself marks as privacy or DPO ones, in its text (55 and up) or
 * only in a mailto link (33, 35: find-contacts' markupEmails), above a general, support or other
 * mailto link (31, 29, 27) and any phone or postal address: the policy said what this link is for,
 * its words did not.
 */
const IN_SENTENCE_SCORE = 32;

/** The reader's rights a passage names: one phrase, or an action on the reader's data. */
function rightsIn(passage: string): string | undefined {
  const terms = mentionsOnce(passage);
  const rights = terms(WEBFORM_RIGHTS);
  if (rights) {
    return rights;
  }
  const action = terms(WEBFORM_RIGHTS_ACTIONS);
  const data = action ? terms(WEBFORM_RIGHTS_DATA) : undefined;
  return action && data ? `${action} … ${data}` : undefined;
}

/** Whether the sentence is prose, not a row of links: MIN_PROSE_WORDS words besides its labels. */
function isProse(s: Segment): boolean {
  let rest = s.text.slice(0, 2000);
  for (const l of s.links ?? []) {
    rest = rest.replace(l.text, ' ');
  }
  let words = 0;
  PROSE_WORD.lastIndex = 0;
  while (words < MIN_PROSE_WORDS && PROSE_WORD.exec(rest)) {
    words++;
  }
  PROSE_WORD.lastIndex = 0;
  return words >= MIN_PROSE_WORDS;
}

/**
 * The links of the policy's sentences that are request forms by their sentence (see AROUND_LINK).
 * The sentence's own links (Segment.links), not the page's anchors: the reader has left the page's
 * menus, header and footer out already, and no parent element needs to be read for the sentence.
 */
function inSentenceForms(
  segments: readonly Segment[],
  add: (
    url: string,
    c: { score: number; reason: ContactReason },
    evidence: string,
    s: Segment,
    at: number,
    label: string,
  ) => void,
): void {
  segments.forEach((s, i) => {
    let prose: boolean | undefined;
    for (const l of s.links ?? []) {
      const url = absolute(l.href);
      if (!url || l.text.length >= 200 || !mayBeForm(l.text, url)) {
        continue;
      }
      const own = mentionsOnce(l.text);
      const words = mentionsOnce(urlWords(url));
      // A label the sentence does not hold (segments given by a caller) has no place to read around.
      const at = s.text.indexOf(l.text);
      if (at < 0 || !(own(FORM_OR_STRONG) ?? words(FORM_OR_STRONG)) || !(prose ??= isProse(s))) {
        continue;
      }
      const prev = segments[i - 1];
      const before = prev && prev.block === s.block ? prev.text.slice(-AROUND_LINK) : '';
      const around = s.text.slice(Math.max(0, at - AROUND_LINK), at + l.text.length + AROUND_LINK);
      // Its own sentence's words first: they name what this link is for.
      const rights = rightsIn(around) ?? (before ? rightsIn(`${before} ${around}`) : undefined);
      if (rights) {
        add(
          url,
          { score: IN_SENTENCE_SCORE, reason: contactReason('formInSentence', rights) },
          s.text,
          s,
          at,
          l.text,
        );
      }
    }
  });
}

function absolute(href: string, base?: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function findWebforms(
  segments: readonly Segment[],
  page?: PageParts,
  pageUrl?: string,
): Contact[] {
  const found = new Map<string, Contact>();
  // This very page, or a section of it ("#data_requests"), is the policy, not a form.
  const here = pageUrl && withoutFragment(pageUrl);
  const add = (
    url: string,
    c: { score: number; reason: ContactReason },
    evidence: string,
    s?: Segment,
    at?: number,
    quote?: string,
  ): void => {
    if (here && withoutFragment(url) === here) {
      return;
    }
    const prev = found.get(url);
    if (!prev || prev.score < c.score) {
      found.set(url, {
        kind: 'webform',
        value: url,
        role: 'privacy',
        score: c.score,
        reasons: [c.reason],
        evidence,
        ...(s
          ? {
              at:
                at === undefined || quote === undefined
                  ? { segment: s.index, start: 0, end: s.text.length, quote: s.text }
                  : { segment: s.index, start: at, end: at + quote.length, quote },
            }
          : {}),
      });
    }
  };
  for (const s of segments) {
    if (!s.text.includes('http') && !s.text.includes('www.')) {
      continue;
    }
    // The sentence around a bare URL says what it is for ("use our privacy request form at …");
    // judge it once, then each URL (at most a few per sentence) by its own words.
    const head = s.text.slice(0, 2000);
    const sentence: Terms = (terms) => mentions(head, terms);
    for (const m of [...s.text.matchAll(URL_IN_TEXT)].slice(0, MAX_URLS_PER_SENTENCE)) {
      const url = absolute(m[0].replace(/[.,;:]+$/, '').replace(/^www\./i, 'https://www.'));
      const c = url ? classify(sentence, mentionsOnce(urlWords(url))) : null;
      if (url && c) {
        add(url, c, s.text, s);
      }
    }
  }
  const anchors = page ? page.anchors.slice(0, MAX_ANCHORS) : [];
  // No <base href>, no query for it: the page's URL (documentBase's answer then).
  const base = page?.mayHoldBase ? documentBase(page.doc, pageUrl) : pageUrl;
  // Each address resolved once: a page links to the same places from its menus, text and footer.
  const resolved = new Map<string, string | null>();
  for (const a of anchors) {
    const href = a.getAttribute('href') ?? '';
    let url = resolved.get(href);
    if (url === undefined) {
      url = absolute(href, base);
      resolved.set(href, url);
    }
    if (!url) {
      continue;
    }
    // Spaces collapsed only on the links that may be forms: collapsing leaves every word whole.
    const text = `${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''}`;
    if (!mayBeForm(text, url)) {
      continue;
    }
    const label = text.replace(/\s+/g, ' ').trim();
    const c =
      label.length < 200 ? classify(mentionsOnce(label), mentionsOnce(urlWords(url))) : null;
    if (c) {
      add(url, c, label);
    }
  }
  // After the page's links: one whose own words say privacy keeps their higher score and evidence.
  inSentenceForms(segments, add);
  return [...found.values()];
}

const CONTACT_LABELS = new Set(CONTACT_PAGE_LABELS);
/** A contact page's label is a few words: longer ones are not looked at. */
const CONTACT_LABEL_MAX = 30;

/**
 * The site's own contact page, when the policy gives no way at all to reach the company (no
 * address, form, phone or email: find-contacts): the first link of the page labelled as one
 * ("Contact us", "Kontakt", "Help Center"), on the web, not this page nor a section of a page. A way to write,
 * not a privacy contact: role general, the lowest score, its label as the reason.
 */
export function findContactPage(page: PageParts, pageUrl?: string): Contact | null {
  const base = page.mayHoldBase ? documentBase(page.doc, pageUrl) : pageUrl;
  const here = pageUrl && withoutFragment(pageUrl);
  for (const a of page.anchors.slice(0, MAX_ANCHORS)) {
    const text = a.textContent ?? '';
    if (text.length > CONTACT_LABEL_MAX * 2) {
      continue;
    }
    const label = normalize(text).replace(/[\s:.!»›>→]+$/u, '');
    if (label.length > CONTACT_LABEL_MAX || !CONTACT_LABELS.has(label)) {
      continue;
    }
    // A link to a section ("#contact", "…/privacy#ContactUs") is a place in a page, most often
    // this one: a contact page is a page of its own.
    const url = absolute(a.getAttribute('href') ?? '', base);
    if (url && !url.includes('#') && url !== here) {
      return {
        kind: 'webform',
        value: url,
        role: 'general',
        score: 1,
        reasons: [contactReason('contactPage', text.replace(/\s+/g, ' ').trim())],
        evidence: text.replace(/\s+/g, ' ').trim(),
      };
    }
  }
  return null;
}
