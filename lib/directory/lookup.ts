import { normalizeName } from './normalize-name';
import { normalizeHost, parseWebAddress, registrableDomain } from './domains';
import type { DirectoryData, DirectoryRecord, Quality } from './schema';

/** How a record matched: its web address, one of its own other domains, a brand it runs, its name. */
export type MatchBy = 'web' | 'domain' | 'brand' | 'name';

export interface DirectoryMatch {
  record: DirectoryRecord;
  by: MatchBy;
  /** What matched: the host (and path) or the normalised name. */
  key: string;
  /** Higher is better; equal scores of different records mean the query is ambiguous. */
  score: number;
}

interface WebEntry {
  record: DirectoryRecord;
  path: string;
}

/** The directory's records with the maps a lookup needs, built once per load. */
export interface DirectoryIndex {
  data: DirectoryData;
  web: Map<string, WebEntry[]>;
  domain: Map<string, DirectoryRecord[]>;
  name: Map<string, DirectoryRecord[]>;
  brand: Map<string, DirectoryRecord[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

export function indexDirectory(data: DirectoryData): DirectoryIndex {
  const index: DirectoryIndex = {
    data,
    web: new Map(),
    domain: new Map(),
    name: new Map(),
    brand: new Map(),
  };
  for (const record of data.records) {
    const web = record.web ? parseWebAddress(record.web) : undefined;
    if (web) {
      push(index.web, web.host, { record, path: web.path });
    }
    for (const domain of record.own ?? []) {
      push(index.domain, domain, record);
    }
    push(index.name, normalizeName(record.name), record);
    push(index.name, record.slug.replace(/-/g, ' '), record);
    for (const brand of record.runs ?? []) {
      push(index.brand, normalizeName(brand), record);
    }
  }
  return index;
}

const QUALITY_RANK: Record<Quality, number> = { tested: 3, verified: 2, imported: 1, scraped: 0 };

/** Best first: score, then quality, then slug (so the order never depends on the file's). */
function ranked(matches: DirectoryMatch[]): DirectoryMatch[] {
  const best = new Map<string, DirectoryMatch>();
  for (const m of matches) {
    const seen = best.get(m.record.slug);
    if (!seen || m.score > seen.score) {
      best.set(m.record.slug, m);
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      QUALITY_RANK[b.record.quality] - QUALITY_RANK[a.record.quality] ||
      a.record.slug.localeCompare(b.record.slug),
  );
}

/**
 * Records for a URL or host: the host, then each parent up to the registrable domain
 * (shop.gmx.net → gmx.net). On a web host, a record whose web has a path matches URLs under that
 * path (longest first); with no path that fits, every record of the host matches, lower.
 */
export function lookupDomain(index: DirectoryIndex, urlOrHost: string): DirectoryMatch[] {
  const address = parseWebAddress(urlOrHost);
  if (!address) {
    return [];
  }
  const top = registrableDomain(address.host);
  const matches: DirectoryMatch[] = [];
  let host = address.host;
  for (let level = 0; ; level++) {
    const penalty = level * 10;
    const fits = (e: WebEntry) => e.path === '' || `${address.path}/`.startsWith(`${e.path}/`);
    for (const entry of index.web.get(host) ?? []) {
      const score = fits(entry) ? 1000 + entry.path.length : 500;
      matches.push({
        record: entry.record,
        by: 'web',
        key: host + entry.path,
        score: score - penalty,
      });
    }
    for (const record of index.domain.get(host) ?? []) {
      matches.push({ record, by: 'domain', key: host, score: 300 - penalty });
    }
    if (host === top || !host.includes('.')) {
      break;
    }
    host = normalizeHost(host.slice(host.indexOf('.') + 1));
  }
  return ranked(matches);
}

/** Records whose name, slug or one of whose brands is the name, once normalised. */
export function lookupName(index: DirectoryIndex, name: string): DirectoryMatch[] {
  const key = normalizeName(name);
  if (!key) {
    return [];
  }
  return ranked([
    ...(index.name.get(key) ?? []).map((record) => ({
      record,
      by: 'name' as const,
      key,
      score: 200,
    })),
    ...(index.brand.get(key) ?? []).map((record) => ({
      record,
      by: 'brand' as const,
      key,
      score: 100,
    })),
  ]);
}

/** A domain, URL or name, as typed on the command line: web addresses first, then names. */
export function lookupCompany(index: DirectoryIndex, query: string): DirectoryMatch[] {
  const byDomain = /[./]/.test(query) ? lookupDomain(index, query) : [];
  return byDomain.length ? byDomain : lookupName(index, query);
}

/** The one record a query stands for, or undefined when none matches or the best is a tie. */
export function bestMatch(matches: readonly DirectoryMatch[]): DirectoryMatch | undefined {
  const [first, second] = matches;
  return first && (!second || second.score < first.score) ? first : undefined;
}
