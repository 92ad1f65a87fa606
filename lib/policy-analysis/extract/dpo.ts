import type { Attributes } from '../schema';
import type { ExtractContext } from './lexicon';
import { Collector, MAX_EVIDENCE, evidenceAt, evidenceOf, firstMatch, inContext } from './match';

/**
 * The lookbehind holds every character of the local part, so a match starts only where a run
 * starts: '.'×n or 'a-'×n+'@' cost one attempt per run, not one per character (issue 10, item 3).
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** The addresses in a text; most sentences have no "@", and the pattern is costly to run. */
function emailsIn(text: string): RegExpExecArray[] {
  return text.includes('@') ? [...text.matchAll(EMAIL)] : [];
}

/** Honorifics and linking words between "our data protection officer" and the name. */
const LEAD =
  /^(?:[\s,:–—-]|\([^)]{0,15}\))*(?:(?:is|est|ist|namely|à savoir|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|M\.|Mme|Herrn?|Frau|the|le|la|der|die)\s+)*/iu;
const NAME = /^(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}])/u;

/** Capitalised words that follow a DPO cue but are not a person's name. */
const NOT_NAME = new Set(
  'data protection officer privacy team contact email e-mail please our the at you datenschutz délégué protection des données company group gmbh sas sarl ltd inc'.split(
    ' ',
  ),
);

function personName(after: string): string | undefined {
  const rest = after.slice(LEAD.exec(after)?.[0].length ?? 0);
  const name = NAME.exec(rest)?.[1];
  if (!name || name.split(/\s+/).some((word) => NOT_NAME.has(word.toLowerCase()))) {
    return undefined;
  }
  return name;
}

/**
 * The data protection officer (GDPR Art. 13(1)(b), Art. 37–39): where the policy mentions one, the
 * name when it gives it ("our data protection officer, Jane Roe, at …") and the addresses in those
 * sentences or under a DPO heading.
 */
export function extractDpo({ segments, lex }: ExtractContext): Attributes['dpo'] {
  const mentions = [];
  let name: Attributes['dpo']['name'];
  const contacts = new Collector<string>();
  for (const segment of segments) {
    const cue = firstMatch(segment.text, lex.dpo);
    if (!cue && !inContext(segment, lex.dpo)) {
      continue;
    }
    if (cue && mentions.length < MAX_EVIDENCE) {
      mentions.push(evidenceOf(segment, cue));
    }
    const after = cue ? segment.text.slice(cue.index + cue[0].length) : '';
    const found = name ? undefined : personName(after);
    if (found && cue) {
      const start = segment.text.indexOf(found, cue.index);
      name = { value: found, evidence: [evidenceAt(segment, start, start + found.length)] };
    }
    for (const match of emailsIn(segment.text)) {
      contacts.add(
        match[0].toLowerCase(),
        evidenceAt(segment, match.index, match.index + match[0].length),
      );
    }
  }
  return { mentions, ...(name ? { name } : {}), contacts: contacts.list() };
}

/** Every email address in the policy (controller and DPO contact candidates). */
export function extractEmails({ segments }: ExtractContext): Attributes['emails'] {
  const emails = new Collector<string>();
  for (const segment of segments) {
    for (const match of emailsIn(segment.text)) {
      emails.add(
        match[0].toLowerCase(),
        evidenceAt(segment, match.index, match.index + match[0].length),
      );
    }
  }
  return emails.list();
}
