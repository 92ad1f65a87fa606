import { AUTHORITIES, type Authority } from '../legal/authorities';
import type { Segment } from '../shared/policy-text';
import type { NamedAuthority } from './schema';
import { AUTHORITY_ALIASES } from './authority-aliases.data';
import { AUTHORITY_CONTEXT, AUTHORITY_TERMS } from './contact-vocabulary.data';
import { inAuthorityRun, mentions, perSegment } from './context';
import { hasPhrase, normalize } from './normalize';

/**
 * The supervisory authority a policy names (GDPR Art. 13(2)(d): the right to lodge a complaint
 * with one). Only a named authority counts: a heading "Supervisory authority" with no name under
 * it gives null, and the caller may then suggest the national one by country.
 */
interface Matcher {
  authority: Authority;
  names: string[];
  acronyms: RegExp[];
}

/** German names inflect ("bei der Berliner Beauftragten"): compare stems, without the article. */
function authorityForm(text: string): string {
  return normalize(text)
    .replace(/(beauftragte)[nr]\b/g, '$1')
    .replace(/^(?:der|die|das) /, '');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesOf(a: Authority): { names: string[]; acronyms: string[] } {
  const names = [a.name];
  const acronyms: string[] = [];
  for (const part of [a.name, ...(a.localName ?? '').split(' / ')]) {
    for (const m of part.matchAll(/\(([^)]+)\)/g)) {
      if (/^[\p{Lu}Ö]{3,8}$/u.test(m[1] ?? '')) {
        acronyms.push(m[1] ?? '');
      }
    }
    const bare = part.replace(/\([^)]*\)/g, '').trim();
    if (bare.length >= 8 && !part.includes('UNVERIFIED')) {
      names.push(bare);
    }
  }
  return { names, acronyms };
}

const MATCHERS: Matcher[] = AUTHORITIES.map((authority) => {
  const own = namesOf(authority);
  const aliases = AUTHORITY_ALIASES.filter(
    (x) => x.country === authority.country && (x.subdivision ?? null) === authority.subdivision,
  );
  return {
    authority,
    names: [...own.names, ...aliases.flatMap((x) => x.names ?? [])].map(authorityForm),
    acronyms: [...own.acronyms, ...aliases.flatMap((x) => x.acronyms ?? [])].map(
      (a) => new RegExp(`(?<![\\p{L}\\d])${escape(a)}(?![\\p{L}\\d])`, 'u'),
    ),
  };
});

/** Authorities named in one passage, most specific (longest name) first. */
export function authoritiesIn(text: string): Authority[] {
  const norm = authorityForm(text);
  const hits: { authority: Authority; weight: number }[] = [];
  for (const m of MATCHERS) {
    const name = m.names.filter((n) => hasPhrase(norm, n)).sort((a, b) => b.length - a.length)[0];
    if (name) {
      hits.push({ authority: m.authority, weight: name.length });
    } else if (m.acronyms.some((re) => re.test(text))) {
      hits.push({ authority: m.authority, weight: 4 });
    }
  }
  return hits.sort((a, b) => b.weight - a.weight).map((h) => h.authority);
}

/** Mail and web domains of the authorities: an address there is never the controller's. */
export const AUTHORITY_DOMAINS: ReadonlySet<string> = new Set(
  AUTHORITIES.flatMap((a) => [
    a.email?.split('@')[1],
    a.website ? new URL(a.website).hostname.replace(/^www\./, '') : undefined,
  ]).filter((d): d is string => Boolean(d)),
);

export function findAuthority(
  segments: readonly Segment[],
  country?: string,
): NamedAuthority | null {
  let best: { a: Authority; s: Segment; score: number } | null = null;
  for (const s of segments) {
    const found = authoritiesIn(s.text);
    if (found.length === 0) {
      continue;
    }
    const context = normalize(`${s.headingPath.join(' ')} ${s.text}`);
    const inContext = AUTHORITY_CONTEXT.some((t) => hasPhrase(context, t));
    // Two authorities share a name (Datatilsynet: DK and NO): the page's country decides.
    const a = found.find((x) => x.country === country) ?? found[0];
    const score = (inContext ? 2 : 1) + (a?.country === country ? 1 : 0);
    if (a && (!best || score > best.score)) {
      best = { a, s, score };
    }
  }
  return best
    ? {
        country: best.a.country,
        subdivision: best.a.subdivision,
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
      (t) => authoritiesIn(t).length > 0,
    ),
  );
}
