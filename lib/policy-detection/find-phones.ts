import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { Segment } from '../shared/policy-text';
import { contactReason } from './contact-reason';
import type { Contact } from './schema';
import { PHONE_TERMS, PRIVACY_TERMS } from './contact-vocabulary.data';
import { isAuthorityDetail } from './find-authority';
import { headingsOf, mentions } from './context';

/**
 * Phone numbers, normalised to international format by libphonenumber-js ("+33 1 40 36 02 65").
 * National numbers need a default country (from the page's TLD or language); a number counts only
 * with phone vocabulary around it or a "+" prefix, so order numbers and dates stay out.
 */
export function findPhones(segments: readonly Segment[], country?: string): Contact[] {
  const found = new Map<string, Contact>();
  segments.forEach((s, i) => {
    if (!/\d{2}/.test(s.text) || s.text.length > 2000) {
      return;
    }
    const vocabulary = mentions(s.text, PHONE_TERMS) ?? mentions(headingsOf(s), PHONE_TERMS);
    // Without phone vocabulary only "+…" numbers count: no "+", nothing to parse (libphonenumber
    // is slow on digit soup, '12 '×n; issue 10, item 3).
    if ((!vocabulary && !s.text.includes('+')) || isAuthorityDetail(segments, i)) {
      return;
    }
    const options = country ? { defaultCountry: country as CountryCode } : undefined;
    for (const m of findPhoneNumbersInText(s.text, options)) {
      const raw = s.text.slice(m.startsAt, m.endsAt);
      if (!vocabulary && !raw.trim().startsWith('+')) {
        continue;
      }
      const value = m.number.formatInternational();
      if (found.has(value)) {
        continue;
      }
      const reasons = [
        vocabulary ? contactReason('nearTerm', vocabulary) : contactReason('internationalNumber'),
      ];
      const privacy = mentions(`${headingsOf(s)} ${s.text}`, PRIVACY_TERMS);
      if (privacy) {
        reasons.push(contactReason('aboutTerm', privacy));
      }
      found.set(value, {
        kind: 'phone',
        value,
        role: 'general',
        score: 20 + (privacy ? 5 : 0),
        reasons,
        evidence: s.text,
        at: { segment: s.index, start: m.startsAt, end: m.endsAt, quote: raw },
      });
    }
  });
  return [...found.values()];
}

/** Default country for national numbers: the page's country-code TLD, else the lang's region. */
export function countryHint(pageUrl?: string, lang?: string): string | undefined {
  let host = '';
  try {
    host = pageUrl ? new URL(pageUrl).hostname : '';
  } catch {
    host = '';
  }
  const tld = host.split('.').at(-1) ?? '';
  if (/^[a-z]{2}$/.test(tld) && tld !== 'eu' && tld !== 'io' && tld !== 'co') {
    return tld === 'uk' ? 'GB' : tld.toUpperCase();
  }
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})$/.exec(lang ?? '')?.[1];
  return region ? region.toUpperCase() : undefined;
}
