import type { Segment } from '../shared/policy-text';
import type { Contact, Dpo } from './schema';
import { DPO_NEGATIONS, DPO_TERMS } from './contact-vocabulary.data';
import { emailRole, extractEmails } from './extract-emails';
import { headingsOf, mentions } from './context';
import { normalize } from './normalize';

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
  'data protection officer privacy policy email e-mail contact our the we you company team group department office address phone telephone dpo gdpr delegate délégué datenschutz datenschutzbeauftragter protection personal information rights services limited gmbh inc ltd sas sa'.split(
    ' ',
  ),
);

function plausibleName(name: string): boolean {
  return name.split(/\s+/).every((w) => !NOT_NAMES.has(w.toLowerCase()));
}

/** A name right after the DPO term ("DPO, Bruno Husson,") or right before it ("Bruno Husson, our DPO"). */
export function dpoName(sentence: string): string | undefined {
  const norm = normalize(sentence);
  const term = DPO_TERMS.filter((t) => norm.includes(t)).sort((a, b) => b.length - a.length)[0];
  if (!term) {
    return undefined;
  }
  const after = new RegExp(
    String.raw`(?:[Oo]fficer|OFFICER|dpo|DPO|dpd|DPD|rpd|RPD|iod|IOD|données|beauftragter?n?|datos|dati|gegevensbescherming|dados|osobowych)\)?(?:\s*\([A-Z]{2,4}\))?\s*(?:[,:–-]|is|est|ist|es|è)?\s*${HONORIFIC}${NAME}`,
    'u',
  );
  const before = new RegExp(
    String.raw`${HONORIFIC}${NAME}\s*(?:,|\(|–|-)\s*(?:our|notre|unser(?:e|en)?|nuestro|il nostro|onze)?\s*(?:data protection officer|DPO|délégué|Datenschutzbeauftragte)`,
    'u',
  );
  for (const re of [after, before]) {
    const name = re.exec(sentence)?.[1];
    if (name && plausibleName(name)) {
      return name;
    }
  }
  return undefined;
}

export function findDpo(segments: readonly Segment[], emails: readonly Contact[]): Dpo | null {
  const candidates = segments.filter(
    (s) => mentions(s.text, DPO_TERMS) && !mentions(s.text, DPO_NEGATIONS),
  );
  const inSection = segments.filter((s) => mentions(headingsOf(s), DPO_TERMS));
  const named = candidates.find((s) => dpoName(s.text));
  const withEmail = [...candidates, ...inSection].find((s) => extractEmails(s.text).length > 0);
  const roleEmail = emails.find((e) => emailRole(e.value) === 'dpo');
  const best = named ?? withEmail ?? candidates[0];
  if (!best && !roleEmail) {
    return null;
  }
  const email =
    (best && extractEmails(best.text)[0]?.address) ??
    (withEmail && extractEmails(withEmail.text)[0]?.address) ??
    roleEmail?.value;
  const name = best ? dpoName(best.text) : undefined;
  return {
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    evidence: best?.text ?? roleEmail?.evidence ?? '',
  };
}
