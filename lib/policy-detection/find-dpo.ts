import type { Segment } from '../shared/policy-text';
import type { Contact, Dpo } from './schema';
import { DPO_NEGATIONS, DPO_TERMS } from './contact-vocabulary.data';
import { emailRole } from './email-roles';
import { emailsOnce as extractEmails, headingsOf, mentions } from './context';
import { normalize } from './normalize';
import { INSTITUTION } from './controller-roles.data';
import { LEGAL_FORMS } from './contact-vocabulary.data';

/**
 * The data protection officer (GDPR Art. 37(7): controllers publish the DPO's contact details):
 * the name when the policy gives one ("our data protection officer, Bruno Husson, at …",
 * "Datenschutzbeauftragter: Frau Anna Beispiel"), the address, and the sentence saying so.
 */
const HONORIFIC = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Me|Herrn?|Frau|Sr|Sra|Dott|Dott\.ssa|Pan|Pani|dhr|mevr)\.?\s+)?`;
const WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const PARTICLE = String.raw`(?:de|du|da|di|van|von|der|den|le|la|dos|del)`;
const NAME = String.raw`(${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){1,3})`;
/** Words that start with a capital but are no one's name. */
const NOT_NAMES = new Set(
  [
    'data protection officer privacy policy email e-mail contact our the we you company team group department office address phone telephone dpo gdpr delegate délégué datenschutz datenschutzbeauftragter protection personal information rights services limited gmbh inc ltd sas sa',
    // The DPO term's own words ("Délégué à la Protection des Données Personnelles (DPO)") and
    // the desks a postal address names ("DPO, Regulatory Affairs, 1 Main Street").
    'données personnelles protección datos dati protezione dados proteção gegevensbescherming ochrony danych osobowych affairs regulatory legal compliance secretariat general counsel',
  ]
    .join(' ')
    .split(' '),
);

function plausibleName(name: string): boolean {
  return name.split(/\s+/).every((w) => !NOT_NAMES.has(w.toLowerCase()));
}

const AFTER_TERM = new RegExp(
  String.raw`(?:[Oo]fficer|OFFICER|dpo|DPO|dpd|DPD|rpd|RPD|iod|IOD|données|beauftragter?n?|datos|dati|gegevensbescherming|dados|osobowych)\)?(?:\s*\([A-Z]{2,4}\))?\s*(?:[,:–-]|is|est|ist|es|è)?\s*${HONORIFIC}${NAME}`,
  'u',
);
const BEFORE_TERM = new RegExp(
  String.raw`${HONORIFIC}${NAME}\s*(?:,|\(|–|-)\s*(?:our|notre|unser(?:e|en)?|nuestro|il nostro|onze)?\s*(?:data protection officer|DPO|délégué|Datenschutzbeauftragte)`,
  'u',
);

/** A name right after the DPO term ("DPO, Bruno Husson,") or right before it ("Bruno Husson, our DPO"). */
export function dpoName(sentence: string): string | undefined {
  const norm = normalize(sentence);
  if (!DPO_TERMS.some((t) => norm.includes(t))) {
    return undefined;
  }
  for (const re of [AFTER_TERM, BEFORE_TERM]) {
    const name = re.exec(sentence)?.[1];
    if (name && plausibleName(name)) {
      return name;
    }
  }
  return undefined;
}

/** A person's name opening a line: "Prof. Ulf Glende", "| Uwe Beispiel, Musterverein e. V., …". */
const NAME_LINE = new RegExp(String.raw`^[|>*•·\s-]*${HONORIFIC}${NAME}\s*(?:,|$)`, 'u');
const BARE_HONORIFIC = new RegExp(String.raw`^${HONORIFIC}$`, 'u');

function personAtHead(text: string): string | undefined {
  const name = NAME_LINE.exec(text.split('\n')[0] ?? '')?.[1];
  return name &&
    plausibleName(name) &&
    !INSTITUTION.test(name) &&
    !LEGAL_FORMS.some((f) => name.endsWith(` ${f}`))
    ? name
    : undefined;
}

/**
 * The DPO named on a line of its own: under the sentence that introduces them ("Der
 * Datenschutzbeauftragte ist:", "We have appointed a data protection officer.") or at the top of
 * the DPO's own section ("## Data protection officer ⏎ Dr. Jane Example"). Same section only; a
 * bare honorific on its own line ("Prof.") is skipped.
 */
function nameBelow(segments: readonly Segment[]): { name: string; evidence: string } | undefined {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const section = s.headingPath.at(-1);
    const heading = section !== undefined && mentions(section, DPO_TERMS);
    const first = heading && segments[i - 1]?.headingPath.at(-1) !== section;
    const introduces =
      mentions(s.text, DPO_TERMS) && !mentions(s.text, DPO_NEGATIONS) && s.text.length < 300;
    if (!first && !introduces) {
      continue;
    }
    // The section's first lines, or the line after the introducing sentence.
    const last = Math.min(segments.length - 1, i + 2);
    for (let j = first ? i : i + 1; j <= last; j++) {
      const next = segments[j] as Segment;
      if (next.headingPath.at(-1) !== section) {
        break;
      }
      if (BARE_HONORIFIC.test(next.text.trim())) {
        continue;
      }
      const name = personAtHead(next.text);
      if (name) {
        return { name, evidence: next.text };
      }
      if (!first) {
        break;
      }
    }
  }
  return undefined;
}

/** "The representative acts as DPO": the DPO is the person the policy says represents the controller. */
const REPRESENTATIVE =
  /\b(?:representative|représentant(?:e)?|vertreter(?:in)?|representante|rappresentante|vertegenwoordiger|przedstawiciel)\b/iu;
const REPRESENTED_BY = new RegExp(
  String.raw`\b(?:represented\s+by|représentée?\s+par|vertreten\s+durch|representad[oa]\s+por|rappresentat[oa]\s+da|vertegenwoordigd\s+door|reprezentowan[ya]\s+przez)\s+${HONORIFIC}${NAME}`,
  'u',
);

function representativeDpo(
  segments: readonly Segment[],
  dpo: Segment | undefined,
): { name: string; evidence: string } | undefined {
  if (!dpo || !REPRESENTATIVE.test(dpo.text)) {
    return undefined;
  }
  for (const s of segments) {
    const name = REPRESENTED_BY.exec(s.text)?.[1];
    if (name && plausibleName(name)) {
      return { name, evidence: s.text };
    }
  }
  return undefined;
}

/** A segment's text without its addresses: "dpo@…" or "rpd@…" is an address, not a mention. */
function withoutEmails(text: string): string {
  const found = extractEmails(text);
  let out = text;
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i]!;
    out = `${out.slice(0, e.start)} ${out.slice(e.end)}`;
  }
  return out;
}

/**
 * "our DPO", "notre délégué", "unseren Datenschutzbeauftragten": the controller's own officer,
 * before another body's ("the DPO of the ministry …") when both give an address.
 */
const OWN_DPO = new RegExp(
  String.raw`(?<!\p{L})(?:our|notre|unser\p{L}*|nuestr[oa]|(?:il |la )?nostr[oa]|onze|(?:o |a )?noss[oa]|nasz\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:data protection officer|DPO|délégué|Datenschutzbeauftragt|delegad[oa]|responsabile (?:della|per la) protezione|functionaris|encarregad|inspektor)`,
  'iu',
);

interface Sightings {
  /** Sentences that mention a DPO (their addresses aside) without denying one. */
  candidates: Segment[];
  /** Sentences under a DPO heading. */
  inSection: Segment[];
  /** The first candidate that names the DPO. */
  named: Segment | undefined;
}
/** The analysis and the contacts both ask (lib/policy-pipeline): read each policy once. */
const sightingsOf = new WeakMap<readonly Segment[], Sightings>();

function sightings(segments: readonly Segment[]): Sightings {
  let found = sightingsOf.get(segments);
  if (!found) {
    const candidates = segments.filter((s) => {
      const text = withoutEmails(s.text);
      return mentions(text, DPO_TERMS) && !mentions(text, DPO_NEGATIONS);
    });
    const inSection = segments.filter((s) => mentions(headingsOf(s), DPO_TERMS));
    found = { candidates, inSection, named: candidates.find((s) => dpoName(s.text)) };
    sightingsOf.set(segments, found);
  }
  return found;
}

export function findDpo(segments: readonly Segment[], emails: readonly Contact[]): Dpo | null {
  const { candidates, inSection, named } = sightings(segments);
  const hasEmail = (s: Segment) => extractEmails(s.text).length > 0;
  const withEmail =
    candidates.find((s) => hasEmail(s) && OWN_DPO.test(s.text)) ??
    [...candidates, ...inSection].find(hasEmail);
  const roleEmail = emails.find((e) => emailRole(e.value) === 'dpo');
  const best = named ?? withEmail ?? candidates[0];
  if (!best && !roleEmail) {
    return null;
  }
  const email =
    (best && extractEmails(best.text)[0]?.address) ??
    (withEmail && extractEmails(withEmail.text)[0]?.address) ??
    roleEmail?.value;
  const below = named
    ? undefined
    : (nameBelow(segments) ?? representativeDpo(segments, candidates[0]));
  const name = best ? dpoName(best.text) : undefined;
  return {
    ...(name ? { name } : below ? { name: below.name } : {}),
    ...(email ? { email } : {}),
    evidence: (name ? undefined : below?.evidence) ?? best?.text ?? roleEmail?.evidence ?? '',
  };
}
