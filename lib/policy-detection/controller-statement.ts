import type { Block, Segment } from '../shared/policy-text';
import { hasStreet } from './address-patterns.data';
import { LEGAL_FORMS } from './contact-vocabulary.data';
import {
  COPULA_AFTER,
  DETERMINES,
  IMPRINT_HEADING,
  IN_THIS_CASE,
  INDEFINITE,
  INSTITUTION,
  NAME_LEAD,
  NOT_OURS,
  OPERATED_BY,
  OTHER_ROLE,
  OVERSIGHT_BODY,
  OWN_OFFERING,
  ROLE,
  ROLE_LABEL,
  VENDORS,
  VERB_BEFORE,
  WE_ROLE,
} from './controller-roles.data';

/**
 * The controller as the policy states it, in any of our eight languages, read from structure
 * first: the controller sentence ("X is the controller", "Responsable du traitement : X",
 * "Verantwortlicher … ist: ⏎ X", "X agisce in qualità di titolare…"), a heading that names the
 * role with the name under it, "X determines the purposes and means", "we are the controller"
 * resolved to who "we" are, then the operator of the site (imprint block, "operated by X").
 * A candidate that is a processor, a vendor or an authority, a fragment (a postcode, a state
 * code, a bare legal form) or a pronoun is never chosen. Every pattern is bounded.
 */
export type ControllerRole = 'controller' | 'jointController' | 'operator';
export interface StatedController {
  name: string;
  role: ControllerRole;
  evidence: string;
}

const ROLE_RE = new RegExp(ROLE, 'iu');
const MAX_SENTENCE = 2000;
/** ROLE [qualifier] COPULA: "Verantwortlicher im Sinne der DSGVO ist", "Responsable :". */
const END = String.raw`(?![\p{L}\d])`;
/** A role's qualifier before its copula: "im Sinne der DSGVO", "des données des participants". */
const QUALIFIER = String.raw`(?:[\s,](?:[^:.;]|\.(?=\s+[\p{Ll}\d])){0,160}?)?`;
const COPULA_WORD = String.raw`\s+(?:is|are|shall\s+be|will\s+be|est|sont|ist|sind|es|son|è|sono|é|são|jest|są)${END}\s*:?`;
const COPULA = String.raw`(?:${COPULA_WORD}|\s*[:=–—]|\s+-\s)`;
const AFTER = new RegExp(
  String.raw`(?:^|[^\p{L}])${ROLE}${END}${QUALIFIER}${COPULA}${COPULA_AFTER}`,
  'iu',
);
/**
 * The same with a copula word only: a dash inside the qualifier ("Administratorem danych osób
 * biorących udział w konkursie Hack4Krak – edycja … jest X") was taken for the copula, and the
 * words after it are no name; then the copula word further on is.
 */
const AFTER_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])${ROLE}${END}${QUALIFIER}${COPULA_WORD}${COPULA_AFTER}`,
  'iu',
);
/** The same with the bare role word, inside the controller's own section: "Il Titolare, … è X". */
const AFTER_LABEL = new RegExp(
  String.raw`(?:^|[^\p{L}])${ROLE_LABEL}${END}${QUALIFIER}${COPULA}${COPULA_AFTER}`,
  'iu',
);
/** A line that is only the role, set as a heading in bold rather than as a heading block. */
const ROLE_ONLY = new RegExp(String.raw`^(?:\d+[.)]?\s*)?${ROLE}\s*:?$`, 'iu');
const BEFORE = new RegExp(`(?<![\\p{L}])${VERB_BEFORE}${ROLE}${END}`, 'iu');
const PAREN_ROLE = new RegExp(
  String.raw`\(\s*(?:the\s+|le\s+|la\s+|der\s+|die\s+|el\s+|il\s+)?${ROLE}\s*\)`,
  'iu',
);
const LABEL_ONLY = new RegExp(`^${ROLE_LABEL}$`, 'iu');
const DETERMINES_RE = new RegExp(DETERMINES, 'iu');
const PROCESSED_BY = /tratad|trattat|verwerkt|trait[ée]|verarbeitet/iu;
const OPERATED_RE = new RegExp(String.raw`(?:^|\s)(?:${OPERATED_BY})\s+`, 'iu');
const LEAD_RE = new RegExp(`^${NAME_LEAD}`, 'iu');
const JOINT =
  /\b(?:joint|jointly|conjoint\w*|gemeinsam\w*|gezamenlijk\w*|contitolar\w*|corresponsabl\w*|conjunt\w*|wspóln\w*)\b/iu;

/** Where a name stops: a clause, an address, a registration number, "hereinafter". */
const NAME_END =
  /\s*(?:[,;(]|\s[–—]\s|\.\s|\.$|:\s|\s(?:with|whose|which|who|located|based|registered|having|incorporated|hereinafter|represented|avec|dont|ayant|situ[ée]e?|sis|immatricul[ée]e|représent[ée]e?|ci-après|mit|mit\s+Sitz|vertreten|im\s+Folgenden|eingetragen|con|ubicad[oa]|situad[oa]|domiciliad[oa]|representad[oa]|en\s+adelante|sita|nella\s+persona|in\s+persona|rappresentat[oa]|di\s+seguito|gevestigd|vertegenwoordigd|hierna|com\s+sede|doravante|z\s+siedzibą|reprezentowan[ya]|zwan[ya]|ul\.|NIP|KRS|CIF|NIF|P\.\s?IVA|org\.?\s?no|reg\.?\s?no|Business\s+ID)(?![\p{L}]))/iu;
const PRONOUN =
  /^(?:we|us|our|you|it|they|this|these|the|nous|notre|nos|vous|wir|uns|unser\w*|sie|ihr|du|nosotros|nuestr\w*|usted|noi|nostr\w*|voi|wij|onze|u|nós|noss\w*|você|my|nasz\w*|pan|pani)\b/iu;
const AUTHORITY_NAME =
  /\b(?:Data\s+Protection\s+(?:Authority|Commission)|Information\s+Commissioner|Commissioner|CNIL|Commission\s+nationale|Aufsichtsbehörde|Datenschutzbehörde|Landesbeauftragt\w*|Bundesbeauftragt\w*|Agencia\s+Española|AEPD|Garante|Autoriteit\s+Persoonsgegevens|CNPD|ANPD|UODO|Urz[ąa]d\s+Ochrony|Prezes\s+Urzędu|Integritetsskyddsmyndigheten|Datatilsynet|Tietosuojavaltuutettu)\b/iu;
const CONNECTORS = new Set(
  'of for and de du des la le les der für und y del di degli della dei van voor do da dos das e i z & et en von zu the'.split(
    ' ',
  ),
);

/** Words that stand for a party without naming it ("provided by the Company"). */
const GENERIC =
  /^(?:the\s+)?(?:company|application|app|service|services|website|site|platform|controller|developer|provider|operator|owner|organisation|organization|business|group|team|publisher|licensor|others|affiliates|subsidiaries|studios?|systems|solutions|technologies|media|labs|holdings|partners|networks|interactive|entertainment|software|games|société|entreprise|unternehmen|anbieter|betreiber|empresa|azienda|società|bedrijf|organizacja|firma)$/iu;

/** Is this a name (of a company, body or person), not a pronoun, a fragment or a sentence? */
export function isName(raw: string, anyCase: boolean | 'loose' = false): boolean {
  const t = raw.trim();
  const start = anyCase ? /^[\p{L}\d"“«„']/u : /^[\p{Lu}\d"“«„']/u;
  if (
    t.length < 2 ||
    t.length > 120 ||
    !start.test(t) ||
    PRONOUN.test(t) ||
    GENERIC.test(t) ||
    LEGAL_FORMS.includes(t)
  ) {
    return false;
  }
  // Shouted boilerplate ("PROVIDED BY COMPANY ON AN "AS IS" BASIS") is no name.
  if (/["“”]/u.test(t.slice(1, -1)) && t === t.toUpperCase() && t.split(/\s+/).length > 3) {
    return false;
  }
  const words = t.split(/\s+/);
  if (words.length > 12 || /^[A-Z]{2}$/.test(t) || /^\d+\b/.test(t) || /@|https?:|www\./.test(t)) {
    return false;
  }
  // A postcode or a registration number is an address, not a name ("London N1 9GU",
  // "Registration No. Z1234567", "HRB 12345").
  if (
    words.some(
      (w) => /^\d{3,}|^[A-Z]{1,3}-?\d{5,}\b/.test(w) || /^[A-Z]{1,2}\d[A-Z\d]?$/.test(w),
    ) ||
    /\b(?:No|Nr|Nos|n°|nº|N°)\.?\s*:?\s*[A-Z]{0,3}\d/u.test(t)
  ) {
    return false;
  }
  const form = LEGAL_FORMS.find((f) => t.endsWith(` ${f}`)) ?? '';
  // A street line is where the controller is, not who ("Beispielplatz 8", "Via Roma 12a").
  if (/\s\d{1,4}\s?[a-z]?$/.test(t) && hasStreet(t)) {
    return false;
  }
  // A page's title is no one's name ("Velotte University Privacy Policy"), nor a heading's
  // clause ("Our Use of Your Information Is Limited"), nor a list ("Parents and/or
  // Affiliates"), nor a defined term with a legal form
  // ("the Site, SRL may…").
  if (
    DOCUMENT_TITLE.test(t) ||
    /\band\/or\b/u.test(t) ||
    /\s(?:Your|You|Is|Are|Was|Were)(?:\s|$)/u.test(t) ||
    (form && GENERIC.test(t.slice(0, t.length - form.length).trim()))
  ) {
    return false;
  }
  // A legal form written in lower case ("sp. z o.o.") is part of the name, not prose.
  const lower = t
    .slice(0, t.length - form.length)
    .split(/\s+/)
    .filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase()));
  if (anyCase !== 'loose' && lower.length > (INSTITUTION.test(t) ? 4 : anyCase ? 2 : 1)) {
    return false;
  }
  return (
    !VENDORS.test(t) &&
    !AUTHORITY_NAME.test(t) &&
    !OVERSIGHT_BODY.test(t) &&
    !ROLE_RE.test(t) &&
    !LABEL_ONLY.test(t)
  );
}

/** A policy's title at the end of a name: cut off by withoutTitle, refused by isName. */
const DOCUMENT_TITLE =
  /\s(?:Online\s+)?(?:Privacy|Cookies?|Data\s+Protection)\s+(?:Policy|Notice|Statement|Center|Centre)$|\s(?:Datenschutzerklärung|Datenschutzhinweise|Privacyverklaring|Privacybeleid)$/iu;

/** "Velotte University Privacy Policy" → "Velotte University": a heading's name, its title cut. */
export const withoutTitle = (name: string): string => name.replace(DOCUMENT_TITLE, '').trim();

const tidy = (s: string): string =>
  s
    .replace(/^["“«„'\s]+(?=[^"”»]*$)/u, '')
    .replace(/["”»]+$/u, (m) => (/["“«„]/u.test(s.slice(0, -m.length)) ? m : ''))
    .replace(/[\s.,;:]+$/u, (m) =>
      /\b(?:e\.\s?V|Inc|Ltd|Corp|S\.A|S\.p\.A|S\.L|Co)$/u.test(s.slice(0, -m.length).trim())
        ? '.'
        : '',
    )
    .trim();

/** The name at the head of the words after "is" / ":" — cut at the first clause or address. */
export function nameAfter(rest: string, entity: (s: string) => string | null): string | null {
  let text = rest.replace(LEAD_RE, '').trim();
  const quoted = /^["“„«]\s?([^"”“»]{2,100}?)\s?["”“»]/u.exec(text)?.[1];
  if (quoted && isName(quoted)) {
    return quoted;
  }
  const behalf =
    /\b(?:in\s+Vertretung\s+für|on\s+behalf\s+of|pour\s+le\s+compte\s+de|per\s+conto\s+di|en\s+nombre\s+de)\s+(.{2,120})/iu.exec(
      text,
    );
  if (behalf?.[1]) {
    text = behalf[1];
  }
  const withForm = entity(text.slice(0, 160));
  if (withForm && text.indexOf(withForm.split(' ')[0] ?? '') < 40 && isName(withForm)) {
    return withForm;
  }
  const head = tidy(text.split(NAME_END)[0] ?? '');
  return isName(head) ? head : null;
}

/** The name just before "is the controller": the last name-like clause (or the first, in a long one). */
export function nameBefore(prefix: string, entity: (s: string) => string | null): string | null {
  let p = prefix.replace(/[\s,]+$/u, '');
  for (let i = 0; i < 3 && /\)\s*,?$/.test(p); i++) {
    p = p.replace(/\s*\([^()]{0,400}\)\s*,?$/, '').trim();
  }
  const chunks = p.split(/,\s+/).map((c) => c.trim());
  const last = chunks.at(-1) ?? '';
  const lastEntity = entity(last);
  if (lastEntity && isName(lastEntity)) {
    return lastEntity;
  }
  const bare = tidy(last.replace(LEAD_RE, ''));
  if (isName(bare)) {
    return bare;
  }
  // An organisation with its legal form first ("For residents of the EU, the company Velotte
  // Europe Limited, Registration No. …, is the controller"), then a bare name.
  const heads = chunks.slice(0, 3);
  const named = heads.map((c) => entity(c)).find((e) => e !== null && isName(e));
  if (named) {
    return named;
  }
  for (const c of heads) {
    const name = tidy(c.replace(LEAD_RE, ''));
    if (isName(name)) {
      return name;
    }
  }
  // "… personal data of which VR" → the run of capitalised words at the end.
  const tail = /((?:[\p{Lu}][\p{L}\d&.'’-]*\s?){1,5})$/u.exec(last)?.[1]?.trim();
  return tail && isName(tail) ? tail : null;
}

function isHeading(segments: readonly Segment[], i: number, blocks?: readonly Block[]): boolean {
  const s = segments[i];
  if (!s) {
    return false;
  }
  if (blocks) {
    return blocks[s.block]?.kind === 'heading';
  }
  return segments[i + 1]?.headingPath.at(-1) === s.text;
}

/** A sentence that states the controller, read in its three shapes. */
function fromSentence(
  s: Segment,
  next: Segment | undefined,
  entity: (x: string) => string | null,
  bare = false,
): string | null {
  const text = s.text;
  const after = AFTER.exec(text) ?? (bare ? AFTER_LABEL.exec(text) : null);
  if (after) {
    const rest = text.slice((after.index ?? 0) + after[0].length);
    // "… ist der:" ends the sentence: the name is the next line.
    const empty = /^\s*(?:(?:der|die|das|the|la|le|el|il|de|het|o|a)\b)?\s*:?\s*$/iu.test(rest);
    const name = !empty ? nameAfter(rest, entity) : next ? nameAfter(next.text, entity) : null;
    if (name) {
      return name;
    }
    // "Controller: whoever determines the purposes … – in this case, the Lawyers".
    const here = IN_THIS_CASE.exec(rest);
    const applied = here ? nameAfter(rest.slice(here.index + here[0].length), entity) : null;
    if (applied) {
      return applied;
    }
    const worded = AFTER_WORD.exec(text);
    const further = worded && worded.index + worded[0].length > after.index + after[0].length;
    const named = further ? nameAfter(text.slice(worded.index + worded[0].length), entity) : null;
    if (named) {
      return named;
    }
  }
  for (const re of [BEFORE, PAREN_ROLE, DETERMINES_RE]) {
    const m = re.exec(text);
    if (m && (m.index ?? 0) > 0) {
      const name = nameBefore(text.slice(0, m.index), entity);
      if (name) {
        return name;
      }
    }
  }
  return null;
}

/**
 * The name under a heading (the role's or the imprint's): a "Label: Name" line, the name after an
 * introducing "… ist:" line, or a short line that is a name; an organisation (legal form or
 * public body) is preferred to a person's name given first (a representative).
 */
function nameUnder(
  segments: readonly Segment[],
  i: number,
  entity: (x: string) => string | null,
): { name: string; evidence: string } | null {
  const heading = segments[i]?.text ?? '';
  let person: { name: string; evidence: string } | null = null;
  for (let j = i + 1; j < Math.min(segments.length, i + 8); j++) {
    const s = segments[j];
    if (!s || s.headingPath.at(-1) !== heading) {
      break;
    }
    if (/:\s*$/.test(s.text) || OTHER_ROLE.test(s.text) || NOT_OURS.test(s.text)) {
      continue;
    }
    const stated = ROLE_RE.test(s.text) ? fromSentence(s, segments[j + 1], entity) : null;
    const name =
      stated ??
      (s.text.split(/\s+/).length <= 14
        ? nameAfter(s.text.replace(/^[^:]{1,40}:\s+/, ''), entity)
        : null);
    if (name && (stated || entity(name) || INSTITUTION.test(name) || /^\p{Lu}{2,}/u.test(name))) {
      return { name, evidence: s.text };
    }
    person ??= name ? { name, evidence: s.text } : null;
  }
  return person;
}

/**
 * Whether segment i names the role (ROLE_RE), asked once per segment: the controller statement
 * and "we are the controller" both look at every sentence, and WE_ROLE holds ROLE, so a sentence
 * without the role word is not run through WE_ROLE (speed, issue 11, item 8).
 */
const ROLE_UNKNOWN = 0;
const ROLE_ABSENT = 1;
const ROLE_PRESENT = 2;
const rolesOf = new WeakMap<readonly Segment[], Uint8Array>();
function namesRole(segments: readonly Segment[], i: number): boolean {
  let roles = rolesOf.get(segments);
  if (!roles) {
    roles = new Uint8Array(segments.length);
    rolesOf.set(segments, roles);
  }
  if (roles[i] === ROLE_UNKNOWN) {
    roles[i] = ROLE_RE.test(segments[i]?.text ?? '') ? ROLE_PRESENT : ROLE_ABSENT;
  }
  return roles[i] === ROLE_PRESENT;
}

export function statedController(
  segments: readonly Segment[],
  entity: (x: string) => string | null,
  blocks?: readonly Block[],
): StatedController | null {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    // A controller statement is a sentence, not a wall of text (bounded work on hostile pages).
    if (s.text.length > MAX_SENTENCE || (!namesRole(segments, i) && !DETERMINES_RE.test(s.text))) {
      continue;
    }
    if (NOT_OURS.test(s.text)) {
      continue;
    }
    const role: ControllerRole = JOINT.test(s.text) ? 'jointController' : 'controller';
    if (ROLE_ONLY.test(s.text.trim()) && !isHeading(segments, i, blocks)) {
      // "Titolare del Trattamento" on a line of its own: the next sentences speak of "il Titolare".
      for (const next of segments.slice(i + 1, i + 3)) {
        const name =
          next.text.length <= MAX_SENTENCE ? fromSentence(next, undefined, entity, true) : null;
        if (name) {
          return { name, role, evidence: next.text };
        }
      }
      continue;
    }
    if (isHeading(segments, i, blocks)) {
      const under = nameUnder(segments, i, entity);
      if (under) {
        return { ...under, role };
      }
      continue;
    }
    const name = fromSentence(s, segments[i + 1], entity);
    if (name && !(OTHER_ROLE.test(s.text) && !ROLE_RE.test(s.text))) {
      return { name, role, evidence: s.text };
    }
  }
  return null;
}

/** "We are the controller": whether the policy says so (the name comes from who "we" are). */
export function weAreController(segments: readonly Segment[]): Segment | undefined {
  return segments.find(
    (s, i) => namesRole(segments, i) && WE_ROLE.test(s.text) && !NOT_OURS.test(s.text),
  );
}

/**
 * Whether the words before "operated by" / "provided by" are the site's own offering ("This
 * website is operated by", "Le site est édité par") rather than someone else's ("a service
 * operated by", "the Program, which is operated by", "data provided by").
 */
export function operatesOurs(before: string): boolean {
  const clauses = before.split(/[,;(]/);
  let clause = (clauses.pop() ?? '').trim();
  // "the Site, which is operated by": the thing is named before the relative pronoun.
  if (/^(?:which|that|qui|welche[rs]?|che|que|dat|któr[ay])\b/iu.test(clause)) {
    clause = (clauses.pop() ?? '').trim();
  }
  const subject = clause.replace(COPULA_END, '').split(/\s+/).slice(-6).join(' ');
  return !INDEFINITE.test(subject) && OWN_OFFERING.test(subject);
}
const COPULA_END =
  /\s+(?:is|are|was|were|has\s+been|have\s+been|est|sont|ist|sind|wird|werden|è|sono|es|son|é|são|jest|są|wordt|worden)\s*$/iu;

/**
 * Shouted boilerplate ("THE SITE IS PROVIDED BY OTHERS AS IS") states no one's role. A text with
 * a lower-case ASCII letter is not, which most sentences show at once without upper-casing them.
 */
export const shouted = (text: string): boolean =>
  text.length > 40 && !/[a-z]/.test(text) && text === text.toUpperCase();

/** The site's operator: the imprint / legal-notice block, or "operated by X", "édité par X". */
export function operatorOf(
  segments: readonly Segment[],
  entity: (x: string) => string | null,
  blocks?: readonly Block[],
): StatedController | null {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    if (s.text.length > MAX_SENTENCE || shouted(s.text)) {
      continue;
    }
    if (IMPRINT_HEADING.test(s.text) && isHeading(segments, i, blocks)) {
      const under = nameUnder(segments, i, entity);
      if (under) {
        return { ...under, role: 'operator' };
      }
    }
    const m = OPERATED_RE.exec(s.text);
    const before = m ? s.text.slice(0, m.index) : '';
    // "Your data are processed by X" names whoever processes; "operated by X" only counts for
    // the site's own offering ("a service operated by X" is someone else's).
    const processing = m ? PROCESSED_BY.test(m[0]) : false;
    if (m && !OTHER_ROLE.test(before) && (processing || operatesOurs(before))) {
      const name = nameAfter(s.text.slice((m.index ?? 0) + m[0].length), entity);
      if (name) {
        return { name, role: 'operator', evidence: s.text };
      }
    }
  }
  return null;
}
