import type { Block, Segment } from '../shared/policy-text';
import {
  ACTOR_VERB,
  BY_ACTOR,
  CONTACT_HEADING,
  LEADING_WORDS,
  LOCATED,
  MAILBOX_PROVIDERS,
  NOT_A_PARTY,
  WHO_WE_ARE,
} from './controller-actor.data';
import { OTHER_ROLE } from './controller-roles.data';
import { isName } from './controller-statement';
import { mayMatch } from '../shared/may-match';
import { allMatches } from './context';

/**
 * The policy's own party when the policy never names a controller (GDPR Art. 13(1)(a) still asks
 * for its identity): the name the policy itself shows acting — the subject of "collects",
 * "processes", "respects your privacy", "has adopted this policy"; "collected by X"; "At X, we";
 * "X's policy"; "X is located at"; the subject of the first sentence under "Who we are". Each
 * sighting counts once, one in the policy's opening twice; a name needs two to be chosen, so a
 * name met once in passing is not. Vendors, authorities, pronouns and things ("The App",
 * "Personal Data") are never a party (`isName`, `NOT_A_PARTY`). Every pattern is bounded.
 */
export interface Actor {
  name: string;
  evidence: string;
}

const WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*`;
const LINK = String.raw`(?:of|for|and|de|du|des|der|für|und|di|del|della|van|voor|do|da|&)`;
const NAME = String.raw`(${WORD}(?:\s+(?:${LINK}\s+)?${WORD}){0,5})`;
/** Never start inside a word or just after an apostrophe ("Company Logo’s Services"). */
const START = String.raw`(?<![\p{L}\d&'’.-])`;
const END = String.raw`(?![\p{L}\d])`;
/** `need`: a quick test every match of `re` passes, run first (speed, issue 11, item 8). */
const cue = (source: string, weight: number, need?: RegExp) => {
  const re = new RegExp(source, 'gu');
  // may-match reads guards from patterns without the g flag: a twin of `re` gives it the source.
  const twin = new RegExp(source, 'u');
  return { re, weight, need: need ?? { test: (text: string) => mayMatch(twin, text) } };
};
const CUES: readonly { re: RegExp; weight: number; need: { test(text: string): boolean } }[] = [
  // The verb after a space: one scan, where the pattern tries six words from each capitalised one.
  cue(
    String.raw`${START}${NAME}\s+${ACTOR_VERB}${END}`,
    1,
    new RegExp(String.raw`\s${ACTOR_VERB}${END}`, 'u'),
  ),
  cue(
    String.raw`${START}${NAME}['’]s?\s+(?:privacy\s+)?(?:policy|services?|website|app|possession|behalf|use|sole)${END}`,
    1,
    /['’]s?\s+(?:privacy\s+)?(?:policy|services?|website|app|possession|behalf|use|sole)(?![\p{L}\d])/u,
  ),
  cue(String.raw`(?:^|\s)${BY_ACTOR}${NAME}`, 1),
  cue(
    String.raw`(?:^|[.!]\s+)(?:At|Chez|Bei|En|Presso|Bij|Na|W)\s+${NAME},?\s+(?:we|our|nous|wir|nosotros|noi|wij|nós)\b`,
    2,
  ),
  cue(String.raw`${START}${NAME}\s+(?:${LOCATED})`, 2),
  cue(String.raw`\bcontact\s+\S{1,12}\s+at\s+${NAME}\.?\s*$`, 2),
];
/** The subject of the first sentence under "Who we are": "X is a charity …". */
const SUBJECT = new RegExp(String.raw`^${NAME}\s+(?:is|are|est|ist|es|è|is|é|jest)\s`, 'u');
/** "At velotte, accessible from velotte.app": a brand written in lower case, read only when it is the site's own domain. */
const AT_LOWER = /(?:^|[.!]\s+)At\s+(\p{Ll}[\p{L}\d-]{2,30}),\s/u;
const ADDRESS_DOMAIN = /@(?:[a-z0-9-]+\.)*?([a-z0-9-]{5,30})\.[a-z]{2,}\b/giu;
const DOMAIN = /\b(?:[a-z0-9-]+\.)*([a-z0-9-]{3,})\.[a-z]{2,}\b/giu;
/**
 * What every DOMAIN match holds, a dot before a letter (same flags, same letters): a scan for a
 * literal, where DOMAIN tries a label from each word of every sentence (speed, issue 11, item 8).
 */
const DOT_LETTER = /\.[a-z]/iu;
const THIRD = /third[- ]part|partner|provider|processor|vendor|advertis|analytics/i;
const OPENING = 4;
const MAX_SENTENCE = 2000;

/** A party's name from a matched run: leading function words off, possessive off; or null. */
function party(raw: string): string | null {
  const name = raw
    // A shouted heading run into the sentence: "PROTECTING YOUR PRIVACY Velotte Company".
    .replace(/^(?:\p{Lu}{2,}\s+){2,}(?=\p{Lu}\p{Ll})/u, '')
    .replace(LEADING_WORDS, '')
    .replace(/['’]s?$/u, '')
    .replace(/[.,]+$/u, '')
    .trim();
  const words = name.split(/\s+/);
  if (!name || words.every((w) => NOT_A_PARTY.test(w)) || !isName(name)) {
    return null;
  }
  return name;
}

function sightings(text: string): { name: string; weight: number }[] {
  // A parenthesis between a name and its verb: "X (website: x.com) appreciates your trust".
  const plain = text.replace(/\s*\([^()]{0,150}\)/gu, '');
  const out: { name: string; weight: number }[] = [];
  for (const { re, weight, need } of CUES) {
    if (!need.test(plain)) {
      continue;
    }
    for (const m of allMatches(re, plain)) {
      const before = plain.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
      const name = party(m[1] ?? '');
      if (name && !THIRD.test(before) && !OTHER_ROLE.test(before)) {
        out.push({ name, weight });
      }
    }
  }
  return out;
}

/** The letters of a name, to compare with an address or a domain ("Raf Di Martino" ~ rafdimartino.dev@…). */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/** A short line in the contact block that is a name, not an address, a number or a label. */
function contactLine(s: Segment, prev: Segment | undefined): string | null {
  // A name set as a heading of its own ends the block: it sits in the section before it.
  const under = s.headingPath.at(-1) ?? prev?.headingPath.at(-1);
  if (!under || !CONTACT_HEADING.test(under) || s.text === under || s.text.length > 80) {
    return null;
  }
  const text = s.text.replace(/[[\]"“”„«»]/gu, '').trim();
  return /@|https?:|www\.|\d{3,}|:/u.test(text) || text.split(/\s+/).length > 8
    ? null
    : party(text);
}

/** "Welcome to the Jungle" for …@welcometothejungle.com: the name the party's own addresses spell. */
function ownAddressNames(segments: readonly Segment[]): RegExp[] {
  const labels = new Set<string>();
  for (const s of segments) {
    if (s.text.length > MAX_SENTENCE) {
      continue;
    }
    for (const m of s.text.includes('@') ? allMatches(ADDRESS_DOMAIN, s.text) : []) {
      const label = (m[1] ?? '').toLowerCase().replace(/-/g, '');
      if (!MAILBOX_PROVIDERS.test(label)) {
        labels.add(label);
      }
    }
  }
  return [...labels]
    .slice(0, 5)
    .map(
      (label) =>
        new RegExp(
          String.raw`(?<![\p{L}\d@./])${[...label].map((c) => c.replace(/[^a-z0-9]/g, '')).join(String.raw`[\s'’&-]?`)}(?![\p{L}\d])`,
          'giu',
        ),
    );
}

export function findActor(segments: readonly Segment[], blocks?: readonly Block[]): Actor | null {
  const scores = new Map<string, { score: number; first: number; evidence: string }>();
  // Labels of the domains the policy gives (its own site, its addresses).
  const labels = new Set(
    segments.flatMap((s) =>
      s.text.length > MAX_SENTENCE || !DOT_LETTER.test(s.text)
        ? []
        : allMatches(DOMAIN, s.text).map((m) => squash(m[0])),
    ),
  );
  const ownDomain = (name: string): boolean =>
    squash(name).length >= 4 && [...labels].some((l) => l.includes(squash(name)));
  const spelled = ownAddressNames(segments);
  let opening = 0;
  segments.forEach((s, i) => {
    if (s.text.length > MAX_SENTENCE) {
      return;
    }
    const heading = blocks ? blocks[s.block]?.kind === 'heading' : false;
    const intro = !heading && opening++ < OPENING;
    const found = sightings(s.text);
    for (const re of spelled) {
      for (const m of allMatches(re, s.text)) {
        const name = /^\p{Lu}/u.test(m[0]) ? party(m[0]) : null;
        if (name) {
          found.push({ name, weight: 1 });
        }
      }
    }
    const under = s.headingPath.at(-1);
    if (under && WHO_WE_ARE.test(under) && segments[i - 1]?.text === under) {
      const subject = party(SUBJECT.exec(s.text.replace(/\s*\([^()]{0,150}\)/gu, ''))?.[1] ?? '');
      if (subject) {
        found.push({ name: subject, weight: 2 });
      }
    }
    const line = contactLine(s, segments[i - 1]);
    if (line) {
      found.push({ name: line, weight: ownDomain(line) ? 2 : 1 });
    }
    const lower = AT_LOWER.exec(s.text)?.[1];
    if (lower && ownDomain(lower)) {
      found.push({ name: lower, weight: 2 });
    }
    for (const f of found) {
      const prev = scores.get(f.name);
      scores.set(f.name, {
        score: (prev?.score ?? 0) + f.weight * (intro ? 2 : 1),
        first: prev?.first ?? i,
        evidence: prev?.evidence ?? s.text,
      });
    }
  });
  const best = [...scores.entries()].sort(
    ([, a], [, b]) => b.score - a.score || a.first - b.first,
  )[0];
  return best && best[1].score >= 2 ? { name: best[0], evidence: best[1].evidence } : null;
}
