import * as z from 'zod';
import { ANALYSIS_VERSION } from '../policy-analysis/analyze-policy';
import { PolicyAnalysis } from '../policy-analysis/schema';
import type { Block } from '../shared/policy-text';
import { analysisCacheItem } from '../storage/items';
import { originAndPath } from '../storage/migrations/analysis-cache-v1';
import { setAside } from '../storage/quarantine';
import { reuseOrAnalyze, type Decided, type Reusable } from './reuse-analysis';

/**
 * What is kept of an analysis: everything but its segments, the policy's whole text sentence by
 * sentence (issue 10, item 8). The quotes behind each finding stay (evidence, style 4); the
 * segments are rebuilt from the page when the policy is read again (the content hash matches).
 */
export const StoredAnalysis = PolicyAnalysis.omit({ segments: true });
export type StoredAnalysis = z.infer<typeof StoredAnalysis>;

/** One analysed policy: the latest version of its text seen at `url` (origin + path). */
export const CachedAnalysis = z.object({
  url: z.string(),
  hash: z.string(),
  /** ISO timestamps given by the caller. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** Characters of the stored JSON, counted once when stored, for the size bound. */
  size: z.number().int().nonnegative(),
  analysis: StoredAnalysis,
});
export type CachedAnalysis = z.infer<typeof CachedAnalysis>;

/**
 * What a read validates for every entry; the analysis itself is validated only for the entry
 * asked for, so reopening stays instant with 50 policies stored.
 */
const StoredEntry = CachedAnalysis.extend({ analysis: z.unknown() });
type StoredEntry = z.infer<typeof StoredEntry>;

/**
 * Retention: the last 50 policies, none not seen for 90 days, and well inside storage.local's
 * 10 MB without unlimitedStorage. PRIVACY.md says the same.
 */
export const CACHE_MAX_ENTRIES = 50;
export const CACHE_MAX_AGE_DAYS = 90;
export const CACHE_MAX_CHARS = 4_000_000;
const KEY = 'analysisCache';
const DAY_MS = 86_400_000;

export { analysisCacheItem };

export interface AnalysisResult {
  analysis: PolicyAnalysis;
  /** When the policy at this URL was last seen with a different text (ISO timestamp). */
  changedSince?: string;
  fromCache: boolean;
}

/**
 * The cache key of a page: origin + path. A query string may carry a session token or an email
 * address, and a fragment only points inside the same page: neither is stored.
 */
export function cacheUrl(url: string): string {
  return originAndPath(url);
}

function withoutSegments(analysis: PolicyAnalysis): StoredAnalysis {
  const copy: Partial<PolicyAnalysis> = { ...analysis };
  delete copy.segments;
  return copy as StoredAnalysis;
}

/** Seen within the retention period before `now` (an unreadable date counts as expired). */
function recent(entry: StoredEntry, now: string): boolean {
  const age = Date.parse(now) - Date.parse(entry.lastSeen);
  return !(age > CACHE_MAX_AGE_DAYS * DAY_MS) && !Number.isNaN(Date.parse(entry.lastSeen));
}

/** Valid entries; an invalid one is set aside with the reason, never silently dropped (style 6). */
async function readEntries(now: string): Promise<StoredEntry[]> {
  const raw = await analysisCacheItem.getValue();
  const list = Array.isArray(raw) ? raw : [raw];
  const entries: StoredEntry[] = [];
  for (const value of list) {
    const parsed = StoredEntry.safeParse(value);
    if (parsed.success) {
      entries.push(parsed.data);
    } else {
      await setAside(KEY, value, parsed.error.message.slice(0, 500), now);
    }
  }
  const kept = entries.filter((entry) => recent(entry, now));
  if (kept.length !== list.length) {
    await analysisCacheItem.setValue(kept);
  }
  return kept;
}

/** Most recently seen first, cut to the entry and size bounds. */
function bounded(entries: StoredEntry[]): StoredEntry[] {
  const sorted = [...entries].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
  const kept: StoredEntry[] = [];
  let chars = 0;
  for (const entry of sorted.slice(0, CACHE_MAX_ENTRIES)) {
    chars += entry.size;
    if (kept.length > 0 && chars > CACHE_MAX_CHARS) {
      break;
    }
    kept.push(entry);
  }
  return kept;
}

/** What the cache holds for one URL: its entry, the others, and an analysis fit for reuse. */
export interface CacheLookup {
  previous?: StoredEntry;
  others: StoredEntry[];
  /** The entry's analysis, valid and of the current rules version. */
  reusable?: Reusable;
}

/** Reads the cache entry of `url` (the page side: the worker has no storage). */
export async function lookupAnalysis(url: string, now: string): Promise<CacheLookup> {
  const key = cacheUrl(url);
  const entries = await readEntries(now);
  const previous = entries.find((e) => e.url === key);
  const others = entries.filter((e) => e !== previous);
  const analysis = previous ? await validAnalysis(previous, now) : undefined;
  return {
    ...(previous ? { previous } : {}),
    others,
    ...(previous && analysis?.version === ANALYSIS_VERSION
      ? { reusable: { hash: previous.hash, analysis } }
      : {}),
  };
}

/**
 * Stores what `reuseOrAnalyze` decided: a reused analysis is marked seen now, a new one replaces
 * the entry. Tells when the text changed since the policy was last seen.
 */
export async function commitAnalysis(
  url: string,
  lookup: CacheLookup,
  decided: Decided,
  now: string,
): Promise<AnalysisResult> {
  const { previous, others } = lookup;
  const { analysis, hash } = decided;
  if (previous && decided.fromCache) {
    await analysisCacheItem.setValue(bounded([{ ...previous, lastSeen: now }, ...others]));
    return { analysis, fromCache: true };
  }
  const changed = previous !== undefined && previous.hash !== hash;
  const stored = withoutSegments(analysis);
  const entry: CachedAnalysis = {
    url: cacheUrl(url),
    hash,
    firstSeen: changed || !previous ? now : previous.firstSeen,
    lastSeen: now,
    size: JSON.stringify(stored).length,
    analysis: stored,
  };
  await analysisCacheItem.setValue(bounded([entry, ...others]));
  // Two pages told apart only by their query share a key: their texts differ, but that is no change.
  const sameDocument = !URL.canParse(url) || new URL(url).search === '';
  return {
    analysis,
    fromCache: false,
    ...(changed && sameDocument ? { changedSince: previous.lastSeen } : {}),
  };
}

/**
 * The analysis of the policy at `url` with these blocks: from the cache when the text is the one
 * analysed before (same content hash, same rules version), else analysed now and stored. Tells
 * when the text changed since the policy was last seen. `now` (ISO timestamp) and `today` come
 * from the caller. (The extension runs the middle step in its worker: analyze-document.ts.)
 */
export async function analyzeWithCache(
  url: string,
  blocks: readonly Block[],
  opts: { now: string; today: string; lang?: string },
): Promise<AnalysisResult> {
  const lookup = await lookupAnalysis(url, opts.now);
  const decided = reuseOrAnalyze(blocks, lookup.reusable, {
    today: opts.today,
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  return commitAnalysis(url, lookup, decided, opts.now);
}

/** The stored analysis, validated now; an invalid one is set aside (and then analysed afresh). */
async function validAnalysis(entry: StoredEntry, now: string): Promise<StoredAnalysis | undefined> {
  const parsed = StoredAnalysis.safeParse(entry.analysis);
  if (!parsed.success) {
    await setAside(KEY, entry, parsed.error.message.slice(0, 500), now);
    return undefined;
  }
  return parsed.data;
}

/** The cached analysis of `url`, if any (e.g. to show something before the page is fetched). */
export async function cachedAnalysis(
  url: string,
  now: string,
): Promise<CachedAnalysis | undefined> {
  const entry = (await readEntries(now)).find((e) => e.url === cacheUrl(url));
  const analysis = entry ? await validAnalysis(entry, now) : undefined;
  return entry && analysis ? { ...entry, analysis } : undefined;
}

/** How many sites' policies are kept (expired ones are dropped first). */
export async function countAnalysedSites(now: string): Promise<number> {
  return (await readEntries(now)).length;
}

/** Forgets every cached analysis (the dashboard's "Forget analysed sites"). */
export async function clearAnalysisCache(): Promise<void> {
  await analysisCacheItem.setValue([]);
}

/** The dashboard's view of the cache: its size, its retention, and "Forget analysed sites". */
export function analysedSitesStore() {
  return {
    count: () => countAnalysedSites(new Date().toISOString()),
    forget: clearAnalysisCache,
    maxEntries: CACHE_MAX_ENTRIES,
    maxDays: CACHE_MAX_AGE_DAYS,
  };
}
