import type { Segment } from '../shared/policy-text';
import { contactReason } from './contact-reason';
import type { Contact, ContactReason, ContactRole } from './schema';
import {
  AUTHORITY_CONTEXT,
  CONTACT_HEADINGS,
  CORE_PRIVACY_TERMS,
  DPO_TERMS,
  EXAMPLE_ADDRESS,
  EXAMPLE_TERMS,
  GOVERNMENT_DOMAIN,
  PEC_DOMAIN,
  OTHER_DEPARTMENTS,
  POINTED_ABOVE,
  PRIVACY_TERMS,
  TAKEDOWN_ADDRESS,
  TAKEDOWN_TERMS,
  JOB_TERMS,
} from './contact-vocabulary.data';
import { emailRole } from './email-roles';
import { isNoReply } from './extract-emails';
import { AUTHORITY_DOMAINS, isAuthorityDetail } from './find-authority';
import { asWritten, emailsOnce, headingsOf, mentions, neighbourhood } from './context';

/**
 * Email contacts of a policy, each scored by what the address says (dpo@ before support@) AND by
 * where it stands: next to "data protection officer", in a privacy or contact section. Addresses
 * that are no way to reach the controller are left out: no-reply senders, examples
 * ("e.g. jane@example.com") and the supervisory authority's own address.
 */
const ROLE_BASE: Record<ContactRole, number> = {
  dpo: 60,
  privacy: 55,
  general: 40,
  support: 30,
  other: 35,
};
const REPEAT_BONUS = 3;
const EXAMPLE_WINDOW = 40;
const MAX_REPEAT_BONUS = 9;
/**
 * An address a later sentence points back to ("an oben genannte Adresse"): enough to come first
 * among addresses the policy otherwise presents alike, not to outrank a privacy or DPO address.
 */
const POINTED_BONUS = 5;
/**
 * How many passages back "the address above" may look: a pointer further off is a template's
 * "contact details above" meaning the controller's at the top, not the last address before it.
 */
const POINTED_REACH = 15;
/** More than the gap between an address's own role (dpo@, privacy@) and a neighbouring term's. */
const PEC_PENALTY = 25;

interface Scored {
  contact: Contact;
  seen: number;
}

/** Addresses that are no way to reach the controller, whatever the passage: see the header. */
export function isExcludedEmail(address: string, sentence: string, at?: number): boolean {
  const domain = address.split('@')[1] ?? '';
  if (isNoReply(address) || EXAMPLE_ADDRESS.test(address) || TAKEDOWN_ADDRESS.test(address)) {
    return true;
  }
  if (AUTHORITY_DOMAIN_LIST.some((d) => domain === d || domain.endsWith(`.${d}`))) {
    return true;
  }
  // "for example jane@…" right before the address; the sentence may still give a real one later.
  const lead = at === undefined ? sentence : sentence.slice(Math.max(0, at - EXAMPLE_WINDOW), at);
  if (mentions(lead, EXAMPLE_TERMS)) {
    return true;
  }
  return isOtherDeskPassage(sentence);
}

/**
 * A passage about copyright or abuse notices (a moderation desk) or job applications (a
 * recruiting desk) and not about privacy too: no place for a data protection request. For an
 * email's sentence here, for a postal address's lines in find-addresses.ts.
 */
export function isOtherDeskPassage(text: string): boolean {
  return Boolean(
    (mentions(text, TAKEDOWN_TERMS) || mentions(text, JOB_TERMS)) &&
    !mentions(text, DPO_TERMS) &&
    !mentions(text, CORE_PRIVACY_TERMS),
  );
}
const AUTHORITY_DOMAIN_LIST = [...AUTHORITY_DOMAINS];

export function scoreEmail(
  address: string,
  segments: readonly Segment[],
  i: number,
  at?: number,
): { score: number; role: ContactRole; reasons: ContactReason[] } | null {
  const s = segments[i];
  if (!s || isExcludedEmail(address, s.text, at)) {
    return null;
  }
  const near = neighbourhood(segments, i);
  const domain = address.split('@')[1] ?? '';
  if (
    isAuthorityDetail(segments, i) ||
    (GOVERNMENT_DOMAIN.test(domain) && mentions(near, AUTHORITY_CONTEXT))
  ) {
    return null;
  }
  if (OTHER_DEPARTMENTS.test(address.split('@')[0] ?? '') && !mentions(near, PRIVACY_TERMS)) {
    return null;
  }
  let role = emailRole(address);
  let score = ROLE_BASE[role];
  const reasons = [contactReason(`${role}Address`)];
  const headings = headingsOf(s);
  const dpoHere = mentions(near, DPO_TERMS);
  if (dpoHere) {
    score += 30;
    reasons.push(contactReason('nearTerm', dpoHere));
    role = role === 'general' || role === 'other' ? 'dpo' : role;
  } else if (mentions(headings, DPO_TERMS)) {
    score += 20;
    reasons.push(contactReason('inDpoSection'));
  }
  const privacyHere = mentions(near, PRIVACY_TERMS) ?? mentions(headings, PRIVACY_TERMS);
  if (privacyHere) {
    score += 15;
    reasons.push(contactReason('aboutTerm', privacyHere));
  }
  if (mentions(headings, CONTACT_HEADINGS)) {
    score += 10;
    reasons.push(contactReason('inContactSection'));
  }
  // A certified-mail mailbox after an ordinary address of the same office (PEC_DOMAIN).
  if (PEC_DOMAIN.test(domain)) {
    score -= PEC_PENALTY;
  }
  return { score, role, reasons };
}

export function contactEmails(segments: readonly Segment[]): Contact[] {
  const byAddress = new Map<string, Scored>();
  // The last address given before this passage (and where), and the words pointing back to each.
  let last: { address: string; at: number } | undefined;
  const pointed = new Map<string, string>();
  segments.forEach((s, i) => {
    const pointer =
      last &&
      i - last.at <= POINTED_REACH &&
      !pointed.has(last.address) &&
      mentions(s.text, POINTED_ABOVE);
    if (pointer && last) {
      pointed.set(last.address, asWritten(s.text, pointer));
    }
    for (const m of emailsOnce(s.text)) {
      const scored = scoreEmail(m.address, segments, i, m.start);
      if (!scored) {
        continue;
      }
      last = { address: m.address, at: i };
      const prev = byAddress.get(m.address);
      if (prev) {
        prev.seen++;
      }
      if (!prev || scored.score > prev.contact.score) {
        byAddress.set(m.address, {
          seen: prev?.seen ?? 1,
          contact: {
            kind: 'email',
            value: m.address,
            role: scored.role,
            score: scored.score,
            reasons: scored.reasons,
            evidence: s.text,
            at: {
              segment: s.index,
              start: m.start,
              end: m.end,
              quote: s.text.slice(m.start, m.end),
            },
          },
        });
      }
    }
  });
  return [...byAddress.values()].map(({ contact, seen }) => {
    const bonus = Math.min(MAX_REPEAT_BONUS, (seen - 1) * REPEAT_BONUS);
    const words = pointed.get(contact.value);
    return bonus > 0 || words
      ? {
          ...contact,
          score: contact.score + bonus + (words ? POINTED_BONUS : 0),
          reasons: [
            ...contact.reasons,
            ...(bonus > 0 ? [contactReason('repeated', String(seen))] : []),
            ...(words ? [contactReason('pointedTo', words)] : []),
          ],
        }
      : contact;
  });
}
