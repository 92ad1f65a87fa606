import type { Block, Segment } from '../shared/policy-text';
import { findActor } from './controller-actor';
import {
  ALIAS_DEFINITION,
  GLOSSARY_DEFINITION,
  INSTITUTION,
  OTHER_ROLE,
  OVERSIGHT_CONTEXT,
} from './controller-roles.data';
import {
  isName,
  nameAfter,
  operatesOurs,
  operatorOf,
  shouted,
  statedController,
  weAreController,
  withoutTitle,
} from './controller-statement';
import type { Controller } from './schema';
import type { PageParts } from './page-parts';
import { LEGAL_FORMS } from './contact-vocabulary.data';
import { mayMatch } from '../shared/may-match';
import { allMatches } from './context';
import {
  CONTROLLER_NEED,
  CONTROLLER_PATTERNS,
  OPERATOR_NEED,
  DEFINITION_NEED,
  DEFINITION_PATTERNS,
  OPERATOR_PATTERNS,
  type ControllerPattern,
} from './controller-patterns.data';

/**
 * Who the controller is (GDPR Art. 13(1)(a): identity and contact details of the controller).
 * Evidence in order of strength: the policy says so ("X is the controller", "Responsable du
 * traitement : X"), defines "we" ("We / us – X", "X ("we", "us")"), names a company with a legal
 * form (most often named first), schema.org Organization data, the copyright line (weak).
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = [...LEGAL_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const NAME_WORD = String.raw`[\p{Lu}\d"“][\p{L}\d&'’.@"”-]*`;
/** Small words inside a name: "Zentrum für Luft- und Raumfahrt", "Università degli Studi di Pavia". */
const CONNECTOR = String.raw`(?:of|for|and|de|du|des|la|le|der|für|und|y|del|di|degli|della|dei|van|voor|do|da|dos|das|e|i|z|&)`;
const ENTITY = new RegExp(
  // Never start inside a word: without the lookbehind a long run of digits is quadratic.
  String.raw`(?<![\p{L}\d&'’.-])((?:${NAME_WORD}\s+(?:${CONNECTOR}\s+)?){0,6}?${NAME_WORD}),?\s+(${FORMS})(?![\p{L}\d])`,
  'gu',
);
const FORM_ONLY = new RegExp(String.raw`^(?:${FORMS})$`, 'u');
/**
 * What every ENTITY match holds, a legal form after a space: one quick scan, where ENTITY tries up
 * to seven words from each capitalised word (speed, issue 11, item 8).
 */
const SPACED_FORM = new RegExp(String.raw`\s(?:${FORMS})(?![\p{L}\d])`, 'u');
const STOP_START =
  /^(?:The|This|These|Our|We|If|In|For|By|At|As|And|Or|To|Of|Le|La|Les|Die|Der|Das|El|Il|De|Het|Lo|Los|Las|O|A|Os)\s+/;

/** "Copyright 2003-2015 Velotte Inc." names Velotte Inc. */
const COPYRIGHT_LEAD = /^(?:(?:copyright|©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?)[\s,]+)+/i;

/** "Velotte SAS" → { name: "Velotte SAS", legalForm: "SAS" } from a matched entity. */
function entity(name: string, form?: string): { name: string; legalForm?: string } {
  const bare = name.replace(COPYRIGHT_LEAD, '').replace(STOP_START, '').trim();
  return form ? { name: `${bare} ${form}`, legalForm: form } : { name: bare };
}

/** A clean name from the head of a phrase: up to a legal form, a comma, a parenthesis or a clause. */
export function cleanName(
  raw: string,
  anyCase = false,
): { name: string; legalForm?: string } | null {
  const text = raw.replace(/["“”«»]/g, '').trim();
  ENTITY.lastIndex = 0;
  const m = ENTITY.exec(text);
  if (m) {
    return entity(m[1] ?? '', m[2]);
  }
  const head = (text.split(HEAD_END)[0] ?? '').trim();
  const words = head.split(/\s+/);
  const startOk = anyCase ? /^[\p{L}\d]/u.test(head) : /^[\p{Lu}\d]/u.test(head);
  if (!head || words.length > 6 || !startOk || FORM_ONLY.test(head) || NOT_A_NAME.test(head)) {
    return null;
  }
  return entity(head);
}
const HEAD_END =
  /\s*(?:[,;(:]|\s[–—-]\s|\.\s|\.$|\s(?:whose|with|which|who|that|located|based|registered|at|and is|and its|and their|et ses|und seine|y sus|e le sue|en zijn|for the|in|on|to|as|is)\s)/;
/** Phrases a pattern can catch that are no one's name. */
const NOT_A_NAME =
  /^(?:the|this|our|we|you|us|a|an|it|they|privacy|policy|personal|data|information)\b/i;

/** The name at the end of a phrase: the last run of capitalised words (or a domain). */
export function tailName(raw: string): { name: string; legalForm?: string } | null {
  const text = raw.replace(/["“”«»]/g, '').trim();
  ENTITY.lastIndex = 0;
  const entities = [...text.matchAll(ENTITY)];
  const last = entities.at(-1);
  if (last && (last.index ?? 0) + last[0].length >= text.length - 2) {
    return entity(last[1] ?? '', last[2]);
  }
  const run = TAIL_RUN.exec(text)?.[1]?.trim();
  return run && !NOT_A_NAME.test(run) ? entity(run) : null;
}
const CAP = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*`;
const TAIL_RUN = new RegExp(
  String.raw`(${CAP}(?:\s+(?:(?:of|for|de|du|des|der|&)\s+)?${CAP}){0,6})\s*$`,
  'u',
);

/** "e.g.", "for example", "such as" and their like in our eight languages. */
const EXAMPLE =
  /\b(?:e\.\s?g\.|for\s+example|for\s+instance|such\s+as|par\s+exemple|z\.\s?B\.|zum\s+Beispiel|por\s+ejemplo|ad\s+esempio|per\s+esempio|bijvoorbeeld|bijv\.|por\s+exemplo|np\.)/iu;

function fromPatterns(
  segments: readonly Segment[],
  patterns: readonly ControllerPattern[],
  need?: RegExp,
): Controller | null {
  for (const s of segments) {
    if ((need && !need.test(s.text)) || shouted(s.text)) {
      continue;
    }
    for (const p of patterns) {
      // Most of these patterns are slow (Unicode, lazy spans) and cannot match most sentences.
      const m =
        (!p.need || p.need.test(s.text)) && mayMatch(p.re, s.text) ? p.re.exec(s.text) : null;
      if (m && p.ourOffering && !operatesOurs(s.text.slice(0, m.index))) {
        continue;
      }
      // "Each of our entities (e.g., Velotte Ltd, which operates velotte.co.uk)": an example.
      if (m && p.notExample && EXAMPLE.test(s.text.slice(0, (m.index ?? 0) + m[0].length))) {
        continue;
      }
      const raw = m?.[1];
      const found = raw ? (p.take === 'tail' ? tailName(raw) : cleanName(raw, p.anyCase)) : null;
      if (found) {
        return { ...found, evidence: s.text };
      }
    }
  }
  return null;
}

const THIRD_PARTY =
  /third[- ]part|partner|provider|processor|analytics|advertis|\bads?\b|\bsdk\b|tiers|dritt|terceros|terzi|derden|terceiros/i;

/** A public body or non-profit named by its head noun: "Stichting HackNature", "Fundacja X". */
const INSTITUTION_NAME = new RegExp(
  String.raw`(${INSTITUTION.source}(?:\s+(?:${CONNECTOR}\s+)?[\p{Lu}][\p{L}\d&.'’-]*){1,6})`,
  'gu',
);

/**
 * "VIVOPTIM SOLUTIONS, ci-après dénommée « l’Organisme »" or a glossary entry ("Organisme :
 * désigne …"): the alias read back to the name.
 */
function resolveAlias(c: Controller, segments: readonly Segment[]): Controller {
  const key = (x: string): string =>
    x
      .toLowerCase()
      .replace(/^(?:(?:the|la|le|der|die|das|el|il|lo|de|het|o|a)\s+|l['’]\s*)/u, '')
      .trim();
  const wanted = key(c.name);
  for (const s of segments.slice(0, 200)) {
    const m = ALIAS_DEFINITION.exec(s.text);
    if (m && key(m[2] ?? '') === wanted) {
      const full = (m[1] ?? '').trim();
      if (isName(full)) {
        return { ...c, name: full };
      }
    }
    // A glossary entry defines the term the controller sentence used ("è l’Associazione").
    const g = GLOSSARY_DEFINITION.exec(s.text);
    if (g && key(g[1] ?? '') === wanted) {
      // "l’associazione “Name”": the lower-case words before a quoted name are not part of it.
      const rest = (g[2] ?? '').replace(/^(?:\p{Ll}+(?:['’]\s*|\s+)){1,2}(?=["“„«])/u, '');
      const full = nameAfter(rest, entityName);
      if (full && key(full) !== wanted) {
        return { ...c, name: full };
      }
    }
  }
  return fromCommonNoun(c, wanted, segments) ?? c;
}

/** An article before the common noun: "Os advogados X", "the lawyers X". */
const ARTICLE = `(?:${'the les la le die der das los las el il i gli lo de het os as o a'
  .split(' ')
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;

/**
 * "the lawyers Ana Sousa (…) and Rui Lopes (…), with offices at …, process …", later "the
 * Lawyers" as the controller: a common noun the policy then uses as its name is read back to the
 * names it first stood beside (an apposition; parentheses such as tax numbers skipped).
 */
function fromCommonNoun(
  c: Controller,
  term: string,
  segments: readonly Segment[],
): Controller | null {
  // A capitalised common noun ("the Lawyers"), not a brand written in capitals ("LIBHEROS").
  if (!/^\p{Ll}{3,30}$/u.test(term) || c.name === c.name.toUpperCase()) {
    return null;
  }
  const apposition = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}\s+${term}\s+(?=\p{Lu})`, 'u');
  for (const s of segments.slice(0, 200)) {
    const m = apposition.exec(s.text);
    if (m) {
      const rest = s.text.slice(m.index + m[0].length).replace(/\s*\([^()]{0,80}\)/gu, '');
      const full = nameAfter(rest, entityName);
      return full ? { ...c, name: full } : null;
    }
  }
  return null;
}

function mostNamedEntity(segments: readonly Segment[]): Controller | null {
  const counts = new Map<string, { c: Controller; n: number; first: number }>();
  segments.forEach((s, i) => {
    // Processors and ad networks are named with their legal form too ("provided by Example Inc.").
    // Shouted disclaimers ("EXCEPT AS PROHIBITED BY LAW") name no one.
    // Nor do sentences about disputes and enforcement: "The Department of Education enforces
    // this Act" names a regulator, however often.
    // The quick tests first: most sentences name no company or public body at all.
    const company = s.text.length <= 2000 && SPACED_FORM.test(s.text);
    const body = s.text.length <= 2000 && INSTITUTION.test(s.text);
    if (
      !(company || body) ||
      THIRD_PARTY.test(s.text) ||
      OTHER_ROLE.test(s.text) ||
      OVERSIGHT_CONTEXT.test(s.text) ||
      shouted(s.text)
    ) {
      return;
    }
    const found = [
      ...(company ? allMatches(ENTITY, s.text) : []).map((m) => entity(m[1] ?? '', m[2])),
      ...(body ? allMatches(INSTITUTION_NAME, s.text) : []).map((m) => ({
        name: withoutTitle(m[1] ?? ''),
      })),
    ];
    for (const e of found) {
      if (!isName(e.name)) {
        continue;
      }
      const prev = counts.get(e.name);
      counts.set(e.name, {
        c: prev?.c ?? { ...e, evidence: s.text },
        n: (prev?.n ?? 0) + 1,
        first: prev?.first ?? i,
      });
    }
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best?.c ?? null;
}

/** schema.org Organization (or a subtype with a legalName/name) from JSON-LD scripts. */
export function jsonLdOrganization(page: PageParts): Controller | null {
  const scripts = page.mayHoldJsonLd
    ? Array.from(page.doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)
    : [];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data)
      ? data
      : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])];
    for (const node of nodes) {
      const n = node as { '@type'?: unknown; name?: unknown; legalName?: unknown };
      const types = ([] as unknown[]).concat(n?.['@type'] ?? []);
      const name =
        typeof n?.legalName === 'string'
          ? n.legalName
          : typeof n?.name === 'string'
            ? n.name
            : null;
      if (
        name &&
        types.some(
          (t) => typeof t === 'string' && /Organization|Corporation|LocalBusiness|NGO/.test(t),
        )
      ) {
        return { name: name.trim(), evidence: `schema.org ${String(types[0])}: ${name.trim()}` };
      }
    }
  }
  return null;
}

const COPYRIGHT =
  /(?:©|\([cC]\)(?=\s*\d{4})|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([\p{Lu}][^.|©\n]{1,60})/u;

function fromCopyright(segments: readonly Segment[]): Controller | null {
  for (const s of segments) {
    const m = COPYRIGHT.exec(s.text);
    const found = m?.[1] ? cleanName(m[1].replace(/\s*all rights reserved.*$/i, '')) : null;
    if (found) {
      return { ...found, evidence: s.text };
    }
  }
  return null;
}

/** The first "Name LegalForm" in a text, as one name ("Velotte SAS"). */
function entityName(text: string): string | null {
  ENTITY.lastIndex = 0;
  const m = ENTITY.exec(text);
  return m ? entity(m[1] ?? '', m[2]).name : null;
}

const usable = (c: Controller | null): Controller | null =>
  c && isName(c.name, 'loose') ? c : null;

/**
 * The controller, as a step of its own: what the policy states (role and sentence) first; then,
 * when it only says "we are the controller", who "we" are; then the site's operator (imprint,
 * "operated by") or the party the policy defines as "we" (role `operator`: said, not guessed);
 * then, said as a guess (role `named`), the organisation the policy names most,
 * the party its sentences show acting (controller-actor.ts), schema.org data, the copyright line.
 * Vendors, processors and authorities are never chosen.
 */
export function findController(
  segments: readonly Segment[],
  page?: PageParts,
  blocks?: readonly Block[],
  pageUrl?: string,
): Controller | null {
  const found = chooseController(segments, page, blocks) ?? ownVendor(segments, pageUrl);
  if (!found || found.legalForm) {
    return found;
  }
  const form = LEGAL_FORMS.find((f) => found.name.endsWith(` ${f}`));
  return form ? { ...found, legalForm: form } : found;
}

/**
 * On a listed vendor's own site (its policy on amazon.example), the vendor list must not hide the
 * site's own company: the name with a legal form that spells the site's domain, most named, as a
 * guess (role `named`).
 */
function ownVendor(segments: readonly Segment[], pageUrl?: string): Controller | null {
  let labels: string[] = [];
  try {
    // "policies.velotte.com" → velotte (and policies): the site's own names, not www or the TLD.
    labels = pageUrl
      ? new URL(pageUrl).hostname
          .split('.')
          .slice(0, -1)
          .filter((l) => l.length >= 3 && l !== 'www')
          .map((l) => l.replace(/-/g, ''))
      : [];
  } catch {
    return null;
  }
  if (labels.length === 0) {
    return null;
  }
  const counts = new Map<string, { c: Controller; n: number }>();
  for (const s of segments) {
    // The quick test first: most sentences name no company (speed, issue 11, item 8).
    if (
      s.text.length > 2000 ||
      !SPACED_FORM.test(s.text) ||
      OVERSIGHT_CONTEXT.test(s.text) ||
      shouted(s.text)
    ) {
      continue;
    }
    for (const m of allMatches(ENTITY, s.text)) {
      const e = entity(m[1] ?? '', m[2]);
      const spelled = e.name.toLowerCase().replace(/[^\p{L}\d]/gu, '');
      if (labels.some((l) => spelled.startsWith(l))) {
        const prev = counts.get(e.name);
        counts.set(e.name, { c: prev?.c ?? { ...e, evidence: s.text }, n: (prev?.n ?? 0) + 1 });
      }
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { ...best.c, role: 'named' } : null;
}

function chooseController(
  segments: readonly Segment[],
  page?: PageParts,
  blocks?: readonly Block[],
): Controller | null {
  const stated = statedController(segments, entityName, blocks);
  if (stated) {
    return resolveAlias(stated, segments);
  }
  const legacy = usable(fromPatterns(segments, CONTROLLER_PATTERNS, CONTROLLER_NEED));
  if (legacy) {
    return { ...legacy, role: 'controller' };
  }
  const operator =
    usable(fromPatterns(segments, OPERATOR_PATTERNS, OPERATOR_NEED)) ??
    operatorOf(segments, entityName, blocks);
  const definedWe = usable(fromPatterns(segments, DEFINITION_PATTERNS, DEFINITION_NEED));
  const guess =
    definedWe ??
    operator ??
    usable(mostNamedEntity(segments)) ??
    usable(findActor(segments, blocks)) ??
    usable(page ? jsonLdOrganization(page) : null) ??
    usable(fromCopyright(segments));
  const we = weAreController(segments);
  if (we && guess) {
    return { ...guess, role: 'controller', evidence: we.text };
  }
  // Who the policy itself says "we" are, or who runs the site: said, not guessed.
  const said = operator ?? definedWe;
  if (said) {
    return { ...said, role: 'operator' };
  }
  return guess ? { ...guess, role: 'named' } : null;
}
