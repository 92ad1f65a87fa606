import { AUTHORITIES, type Authority } from '../legal/authorities';
import { isPlain, mayHaveWord } from '../shared/may-match';
import type { Segment } from '../shared/policy-text';
import type { NamedAuthority } from './schema';
import { AUTHORITY_ALIASES, LANGUAGE_COUNTRIES } from './authority-aliases.data';
import { AUTHORITY_CONTEXT, AUTHORITY_TERMS } from './contact-vocabulary.data';
import { inAuthorityRun, mentions, normalizeOnce, perSegment, wholeWords } from './context';
import { hasPhrase, normalize } from './normalize';

/**
 * The supervisory authority a policy names (GDPR Art. 13(2)(d): the right to lodge a complaint
 * with one). Only a named authority counts: a heading "Supervisory authority" with no name under
 * it gives null, and the caller may then suggest the national one by country.
 */
interface NameForm {
  /** Normalised (authorityForm) for matching. */
  form: string;
  /** The name shown: the authority's own name in the language the policy named it in. */
  display: string;
}
interface Matcher {
  authority: Authority;
  names: NameForm[];
  acronyms: { text: string; re: RegExp; display: string }[];
  /** Web domains ("aepd.es"): a policy may name its authority by its site only. */
  domains: string[];
}

/** One authority a passage names, and the name to show for it. */
export interface AuthorityMention {
  authority: Authority;
  name: string;
  weight: number;
}

/** German names inflect ("bei der Berliner Beauftragten"): compare stems, without the article. */
function authorityForm(text: string): string {
  return normalizeOnce(text)
    .replace(/(beauftragte)[nr]\b/g, '$1')
    .replace(/^(?:der|die|das) /, '');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The local names (several for Belgium, Finland, Switzerland), each with its acronym. */
function localNames(a: Authority): string[] {
  return (a.localName ?? '')
    .split(' / ')
    .map((x) => x.trim())
    .filter((x) => x && !x.includes('UNVERIFIED'));
}

/** The local name that holds this form or acronym; else the first local name, else the English. */
function displayFor(a: Authority, matched: string, english: boolean): string {
  const locals = localNames(a);
  const holder = locals.find(
    (l) => authorityForm(l).includes(authorityForm(matched)) || l.includes(`(${matched})`),
  );
  return holder ?? (english || locals.length === 0 ? a.name : (locals[0] ?? a.name));
}

/**
 * Local names that are also the common noun ("Datenschutzbehörde", one of Belgium's three
 * names): "bei der zuständigen Datenschutzbehörde" is whichever authority is competent.
 */
const GENERIC = new Set(['datenschutzbehorde', 'aufsichtsbehorde'].map(authorityForm));

/**
 * The authority's own host ("aepd.es"), or none when its site is a section of a shared one
 * ("gov.br/anpd/…": the whole gov.br is not the authority; its aliases give the section).
 */
function ownSite(authority: Authority): string {
  if (!authority.website) {
    return '';
  }
  const host = new URL(authority.website).hostname.replace(/^www\./, '');
  return /^gov\.[a-z]{2}$/.test(host) ? '' : host;
}

function matcherOf(authority: Authority): Matcher {
  const aliases = AUTHORITY_ALIASES.filter(
    (x) => x.country === authority.country && (x.subdivision ?? null) === authority.subdivision,
  );
  const names: NameForm[] = [];
  const acronyms: string[] = [];
  const addName = (name: string, english: boolean) =>
    names.push({ form: authorityForm(name), display: displayFor(authority, name, english) });
  for (const part of [authority.name, ...localNames(authority)]) {
    for (const m of part.matchAll(/\(([^)]+)\)/g)) {
      if (/^[\p{Lu}Ö]{3,8}$/u.test(m[1] ?? '')) {
        acronyms.push(m[1] ?? '');
      }
    }
    const bare = part.replace(/\([^)]*\)/g, '').trim();
    if (bare.length >= 8 && !GENERIC.has(authorityForm(bare))) {
      addName(bare, part === authority.name);
    }
  }
  const local = localNames(authority)[0];
  for (const alias of aliases) {
    alias.names?.forEach((n) => addName(n, false));
    // An English name the authority is not officially called ("Data Inspectorate", a former
    // name) is shown as the policy wrote it, with the local name: "Data Inspectorate (Datatilsynet)".
    alias.englishNames?.forEach((n) =>
      names.push({
        form: authorityForm(n),
        display:
          local && !authority.name.includes(n)
            ? `${n} (${local.replace(/\s*\([^)]*\)$/, '')})`
            : displayFor(authority, n, true),
      }),
    );
    acronyms.push(...(alias.acronyms ?? []));
  }
  const site = ownSite(authority);
  return {
    authority,
    names,
    acronyms: acronyms.map((a) => ({
      text: a,
      // Hyphenated to a word before, it is part of another name ("PCI-DSS", the card industry's
      // standard, is not Liechtenstein's DSS).
      re: new RegExp(`(?<![\\p{L}\\d]|[\\p{L}\\d][-‐‑])${escape(a)}(?![\\p{L}\\d])`, 'u'),
      display: displayFor(authority, a, false),
    })),
    domains: [...(site ? [site] : []), ...aliases.flatMap((x) => x.domains ?? [])],
  };
}

const MATCHERS: Matcher[] = AUTHORITIES.map(matcherOf);

/**
 * Speed (issue 11, item 8): a name occurs only where its longest word does, an acronym is a whole
 * word, and a site starts with its first label, so each sentence looks up its own words in these
 * indexes instead of testing every name, acronym and site of every authority. An authority found
 * by one kind is tested for that kind only (a sentence holding "information" tests the Hungarian
 * authority's names, not its acronym). What cannot be indexed goes in ALWAYS, with its kinds.
 */
const longestWord = (form: string): string | undefined =>
  form.match(/[a-z0-9]+/g)?.reduce((a, b) => (b.length > a.length ? b : a));
/**
 * Two capitals in a row (× is no letter): an acronym that holds them is indexed, and capitalWords
 * finds the words of a text that hold them.
 */
const CAPITALS = /[A-Z\u00c0-\u00d6\u00d8-\u00de]{2}/;
/** An indexed site is a label, a dot and a letter or digit ("aepd.es"), which a final dot is not. */
const SITE_DOT = /\.[a-z0-9]/;
const NAME = 1;
const ACRONYM = 2;
const SITE = 4;
const BY_NAME_WORD = new Map<string, number[]>();
const BY_ACRONYM = new Map<string, number[]>();
const BY_SITE_LABEL = new Map<string, number[]>();
/** Authority → the kinds (NAME | ACRONYM | SITE) always tested. */
const ALWAYS = new Map<number, number>();
function indexUnder(
  index: Map<string, number[]>,
  key: string | undefined,
  i: number,
  kind: number,
): void {
  if (key === undefined) {
    ALWAYS.set(i, (ALWAYS.get(i) ?? 0) | kind);
  } else if (!index.get(key)?.includes(i)) {
    index.set(key, [...(index.get(key) ?? []), i]);
  }
}
MATCHERS.forEach((m, i) => {
  m.names.forEach((n) => indexUnder(BY_NAME_WORD, longestWord(n.form), i, NAME));
  m.acronyms.forEach((a) =>
    indexUnder(
      BY_ACRONYM,
      /^[\p{L}\d]+$/u.test(a.text) && CAPITALS.test(a.text) ? a.text : undefined,
      i,
      ACRONYM,
    ),
  );
  m.domains.forEach((d) =>
    indexUnder(BY_SITE_LABEL, /^[a-z0-9-]+(?=\.[a-z0-9])/.exec(d)?.[0], i, SITE),
  );
});
/**
 * The name words as whole words of a normalised text, in one search (wholeWords): cheaper than
 * splitting every sentence into words and looking each up. Longest first, so no word stops at a
 * shorter key.
 */
const NAME_WORDS = new RegExp(
  `(?:${[...BY_NAME_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`,
  'g',
);

/** Per authority (MATCHERS' order), the kinds that may name it in the text at hand: reused. */
const KINDS = new Uint8Array(MATCHERS.length);
/** The same for ALWAYS alone: where each text starts. */
const ALWAYS_KINDS = Uint8Array.from(MATCHERS, (_, i) => ALWAYS.get(i) ?? 0);

function add(authorities: readonly number[] | undefined, kind: number) {
  if (authorities) {
    for (const i of authorities) {
      KINDS[i]! |= kind;
    }
  }
}

/** Whether the code point is a letter or digit, as the acronyms' words are made of. */
const WORD_CHAR = /^[\p{L}\d]$/u;
const isWordPoint = (cp: number | undefined) =>
  cp !== undefined &&
  (cp < 0x80
    ? ((cp | 32) >= 97 && (cp | 32) <= 122) || (cp >= 48 && cp <= 57)
    : WORD_CHAR.test(String.fromCodePoint(cp)));
const CAPITAL_PAIR = new RegExp(CAPITALS.source, 'g');

/**
 * The words (runs of letters and digits, by code point) of `text` that hold two capitals in a
 * row: the only ones an indexed acronym can be. Found from the pairs outwards, not by splitting
 * every sentence that holds a pair ("EU", "IP") into all its words (speed, issue 11, item 8).
 */
export function capitalWords(text: string): string[] {
  const words: string[] = [];
  CAPITAL_PAIR.lastIndex = 0;
  for (let m = CAPITAL_PAIR.exec(text); m; m = CAPITAL_PAIR.exec(text)) {
    let start = m.index;
    for (;;) {
      // The code point before `start`: a surrogate pair counts as one.
      const low = text.charCodeAt(start - 1);
      const pair =
        low >= 0xdc00 &&
        low <= 0xdfff &&
        start >= 2 &&
        (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
      const from = start - (pair ? 2 : 1);
      if (start === 0 || !isWordPoint(text.codePointAt(from))) {
        break;
      }
      start = from;
    }
    let end = CAPITAL_PAIR.lastIndex;
    for (let cp = text.codePointAt(end); isWordPoint(cp); cp = text.codePointAt(end)) {
      end += cp! > 0xffff ? 2 : 1;
    }
    words.push(text.slice(start, end));
    CAPITAL_PAIR.lastIndex = end;
  }
  return words;
}

/**
 * The name words as a plain text (lib/shared/may-match, isPlain) writes them lower-cased:
 * authorityForm drops the "n" or "r" after "beauftragte", so those words are also looked for
 * with it.
 */
const NAME_WORDS_WRITTEN = [...BY_NAME_WORD.keys()].flatMap((w) =>
  w.endsWith('beauftragte') ? [w, `${w}n`, `${w}r`] : [w],
);
/**
 * Whether a plain text that holds none of those words names no authority by name: so when every
 * name no word indexes holds a character from U+00C0 up (Cyrillic, Greek), which a plain text's
 * normalised form lacks. Then neither the normalising nor the name search is needed.
 */
const PLAIN_NAMELESS = MATCHERS.every((m) =>
  m.names.every((n) => longestWord(n.form) !== undefined || /[\u00c0-\uffff]/.test(n.form)),
);
const ALWAYS_KINDS_NAMELESS = ALWAYS_KINDS.map((kinds) => kinds & ~NAME);

/**
 * The authorities `text` may name, in index order, each with the kinds that may name it (norm:
 * authorityForm, or null when the text names none by name; lower: lower-cased).
 */
function candidates(text: string, norm: string | null, lower: string): [number, number][] {
  if (norm === null) {
    KINDS.set(ALWAYS_KINDS_NAMELESS);
  } else {
    KINDS.set(ALWAYS_KINDS);
    for (const word of wholeWords(NAME_WORDS, norm)) {
      add(BY_NAME_WORD.get(word), NAME);
    }
  }
  for (const word of capitalWords(text)) {
    add(BY_ACRONYM.get(word), ACRONYM);
  }
  if (SITE_DOT.test(lower)) {
    for (const word of lower.split(/[^a-z0-9-]+/)) {
      add(BY_SITE_LABEL.get(word), SITE);
    }
  }
  const found: [number, number][] = [];
  KINDS.forEach((kinds, i) => kinds && found.push([i, kinds]));
  return found;
}

/** A page listing authorities ("…/anschriften-node.html", "…/members"): it names none of them. */
const LIST_PAGE =
  /anschriften|adressen|addresses|liste|list|members|membres|miembros|membri|leden|membros|links|laender|länder|countries|pays|paises|paesi/;

/**
 * The site written as such ("www.agpd.es", "https://www.cnil.fr/") or one of its pages (a
 * complaint form) names the authority; a page listing authorities ("…bfdi.bund.de/…/anschriften")
 * names none.
 */
function namesDomain(lower: string, domain: string): boolean {
  let i = lower.indexOf(domain);
  while (i !== -1) {
    const rest = lower.slice(i + domain.length, i + domain.length + 2);
    const before = i === 0 ? ' ' : (lower[i - 1] ?? ' ');
    const at = /[\s/.@(<"'[]/.test(before);
    if (at && /^(?:\/?(?:[\s)>"'\]]|$)|\/?[.,;:](?:\s|$))/.test(rest)) {
      return true;
    }
    // A page of its own (a complaint form) names it too; a list of authorities does not.
    const path = /^\/[^\s)>"'\]]*/.exec(lower.slice(i + domain.length))?.[0] ?? '';
    if (at && path.length > 1 && !LIST_PAGE.test(path)) {
      return true;
    }
    i = lower.indexOf(domain, i + 1);
  }
  return false;
}

/** Authorities named in one passage, most specific (longest name) first, with the name to show. */
export function authorityMentions(text: string): AuthorityMention[] {
  // Most sentences name no authority: a quick no for the names (speed, issue 11, item 8).
  const nameless = PLAIN_NAMELESS && isPlain(text) && !mayHaveWord(NAME_WORDS_WRITTEN, text);
  const norm = nameless ? null : authorityForm(text);
  const lower = text.toLowerCase();
  const hits: AuthorityMention[] = [];
  for (const [i, kinds] of candidates(text, norm, lower)) {
    const m = MATCHERS[i]!;
    const name =
      norm !== null && kinds & NAME
        ? m.names
            .filter((n) => hasPhrase(norm, n.form))
            .sort((a, b) => b.form.length - a.form.length)[0]
        : undefined;
    const acronym =
      name || !(kinds & ACRONYM)
        ? undefined
        : // The acronym as written first: the always-tested ones ("Garante") are Unicode patterns
          // with lookbehinds, run on every sentence (speed, issue 11, item 8).
          m.acronyms.find((a) => text.includes(a.text) && a.re.test(text));
    if (name) {
      hits.push({ authority: m.authority, name: name.display, weight: name.form.length });
    } else if (acronym) {
      hits.push({ authority: m.authority, name: acronym.display, weight: 4 });
    } else if (kinds & SITE && m.domains.some((d) => lower.includes(d) && namesDomain(lower, d))) {
      hits.push({ authority: m.authority, name: displayFor(m.authority, '', false), weight: 3 });
    }
  }
  return hits.sort((a, b) => b.weight - a.weight);
}

const bySegment = new WeakMap<Segment, AuthorityMention[]>();

/**
 * authorityMentions of a segment, computed once: the analysis and the contacts both ask. A
 * sentence that names none in its words may name one by a link's target ("reclamar ante la
 * autoridad de control en esta [página](https://sedeagpd.gob.es/…)"), when the sentence is about
 * an authority (AUTHORITY_CONTEXT) — a link elsewhere is only a link.
 */
export function segmentAuthorities(s: Segment): AuthorityMention[] {
  let found = bySegment.get(s);
  if (!found) {
    found = authorityMentions(s.text);
    if (found.length === 0 && s.links?.length && mentions(s.text, AUTHORITY_CONTEXT)) {
      found = s.links.flatMap((l) => authorityMentions(` ${l.href} `));
    }
    bySegment.set(s, found);
  }
  return found;
}

/** Authorities named in one passage, most specific (longest name) first. */
export function authoritiesIn(text: string): Authority[] {
  return authorityMentions(text).map((h) => h.authority);
}

/** Mail and web domains of the authorities: an address there is never the controller's. */
export const AUTHORITY_DOMAINS: ReadonlySet<string> = new Set(
  AUTHORITIES.flatMap((a) => [a.email?.split('@')[1], ownSite(a)]).filter((d): d is string =>
    Boolean(d),
  ),
);

export function findAuthority(
  segments: readonly Segment[],
  country?: string,
  lang?: string,
): NamedAuthority | null {
  const local = LANGUAGE_COUNTRIES[lang?.split('-')[0]?.toLowerCase() ?? ''] ?? [];
  let best: { a: AuthorityMention; s: Segment; score: number } | null = null;
  for (const [i, s] of segments.entries()) {
    const found = segmentAuthorities(s);
    if (found.length === 0) {
      continue;
    }
    // A sentence cut at an abbreviation ("(Sw. Integritetsskyddsmyndigheten)") keeps the
    // context of its first half.
    const prev = segments[i - 1];
    const before = prev && prev.block === s.block ? prev.text : '';
    const context = normalize(`${s.headingPath.join(' ')} ${before} ${s.text}`);
    const inContext = AUTHORITY_CONTEXT.some((t) => hasPhrase(context, t));
    // Two authorities share a name (Datatilsynet: DK and NO): the page's country decides.
    const a =
      found.find((x) => x.authority.country === country) ??
      found.find((x) => local.includes(x.authority.country)) ??
      found[0];
    const score = (inContext ? 2 : 1) + (a?.authority.country === country ? 1 : 0);
    if (a && (!best || score > best.score)) {
      best = { a, s, score };
    }
  }
  return best
    ? {
        country: best.a.authority.country,
        subdivision: best.a.authority.subdivision,
        name: best.a.name,
        evidence: best.s.text,
      }
    : null;
}

const authorityDetails = new WeakMap<readonly Segment[], Map<number, boolean>>();

/** Whether segment i gives a supervisory authority's details (not the controller's). */
export function isAuthorityDetail(segments: readonly Segment[], i: number): boolean {
  // Asked once per address in the segment: compute once (issue 10, item 3).
  return perSegment(authorityDetails, segments, i, () =>
    inAuthorityRun(
      segments,
      i,
      (t) => mentions(t, AUTHORITY_TERMS) !== undefined,
      (t) => authorityMentions(t).length > 0,
    ),
  );
}
