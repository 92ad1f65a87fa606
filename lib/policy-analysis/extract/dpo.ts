import { emailsOnce as emailsIn } from '../../policy-detection/context';
import { findDpo } from '../../policy-detection/find-dpo';
import type { Attributes } from '../schema';
import type { ExtractContext } from './lexicon';
import { Collector, MAX_EVIDENCE, evidenceAt, evidenceOf, firstMatch, inContext } from './match';

/**
 * The data protection officer (GDPR Art. 13(1)(b), Art. 37–39): where the policy mentions one, the
 * name when it gives it and the addresses in those sentences or under a DPO heading. The name is
 * the one the contact panel shows: the same recogniser (lib/policy-detection/find-dpo.ts) picks it.
 */
export function extractDpo({ segments, lex }: ExtractContext): Attributes['dpo'] {
  const mentions = [];
  const contacts = new Collector<string>();
  for (const segment of segments) {
    const cue = firstMatch(segment.text, lex.dpo);
    if (!cue && !inContext(segment, lex.dpo)) {
      continue;
    }
    if (cue && mentions.length < MAX_EVIDENCE) {
      mentions.push(evidenceOf(segment, cue));
    }
    for (const match of emailsIn(segment.text)) {
      contacts.add(match.address, evidenceAt(segment, match.start, match.end));
    }
  }
  const found = findDpo(segments, []);
  const at = found?.name ? segments.find((x) => x.text === found.evidence) : undefined;
  const start = found?.name && at ? at.text.indexOf(found.name) : -1;
  const name =
    found?.name && at && start >= 0
      ? { value: found.name, evidence: [evidenceAt(at, start, start + found.name.length)] }
      : undefined;
  return { mentions, ...(name ? { name } : {}), contacts: contacts.list() };
}

/**
 * Every email address in the policy (controller and DPO contact candidates), plain and obfuscated:
 * the one email recogniser (lib/policy-detection/extract-emails.ts) the contacts use.
 */
export function extractEmails({ segments }: ExtractContext): Attributes['emails'] {
  const emails = new Collector<string>();
  for (const segment of segments) {
    for (const match of emailsIn(segment.text)) {
      emails.add(match.address, evidenceAt(segment, match.start, match.end));
    }
  }
  return emails.list();
}
