import * as z from 'zod';
import { storage } from 'wxt/utils/storage';
import { ANALYSIS_VERSION, analyzePolicy } from '../policy-analysis/analyze-policy';
import { hashBlocks } from '../policy-analysis/hash';
import { PolicyAnalysis } from '../policy-analysis/schema';
import type { Block } from '../shared/policy-text';
import { setAside } from '../storage/quarantine';

/** One analysed policy: the latest version of its text seen at `url`. */
export const CachedAnalysis = z.object({
  url: z.string(),
  hash: z.string(),
  /** ISO timestamps given by the caller. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  analysis: PolicyAnalysis,
});
export type CachedAnalysis = z.infer<typeof CachedAnalysis>;

/** Keep the last 50 policies, and stay well inside storage.local's 10 MB without unlimitedStorage. */
export const CACHE_MAX_ENTRIES = 50;
export const CACHE_MAX_CHARS = 4_000_000;
const KEY = 'analysisCache';

export const analysisCacheItem = storage.defineItem<unknown[]>(`local:${KEY}`, {
  fallback: [],
  version: 1,
});

export interface AnalysisResult {
  analysis: PolicyAnalysis;
  /** When the policy at this URL was last seen with a different text (ISO timestamp). */
  changedSince?: string;
  fromCache: boolean;
}

/** The cache key of a page: its URL without the fragment (#section links open the same policy). */
export function cacheUrl(url: string): string {
  return url.split('#')[0] ?? url;
}

/** Valid entries; an invalid one is set aside with the reason, never silently dropped (style 6). */
async function readEntries(now: string): Promise<CachedAnalysis[]> {
  const raw = await analysisCacheItem.getValue();
  const list = Array.isArray(raw) ? raw : [raw];
  const entries: CachedAnalysis[] = [];
  for (const value of list) {
    const parsed = CachedAnalysis.safeParse(value);
    if (parsed.success) {
      entries.push(parsed.data);
    } else {
      await setAside(KEY, value, parsed.error.message.slice(0, 500), now);
    }
  }
  if (entries.length !== list.length) {
    await analysisCacheItem.setValue(entries);
  }
  return entries;
}

/** Most recently seen first, cut to the entry and size bounds. */
function bounded(entries: CachedAnalysis[]): CachedAnalysis[] {
  const sorted = [...entries].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
  const kept: CachedAnalysis[] = [];
  let chars = 0;
  for (const entry of sorted.slice(0, CACHE_MAX_ENTRIES)) {
    chars += JSON.stringify(entry).length;
    if (kept.length > 0 && chars > CACHE_MAX_CHARS) {
      break;
    }
    kept.push(entry);
  }
  return kept;
}

/**
 * The analysis of the policy at `url` with these blocks: from the cache when the text is the one
 * analysed before (same content hash, same rules version), else analysed now and stored. Tells
 * when the text changed since the policy was last seen. `now` (ISO timestamp) and `today` come
 * from the caller.
 */
export async function analyzeWithCache(
  url: string,
  blocks: readonly Block[],
  opts: { now: string; today: string; lang?: string },
): Promise<AnalysisResult> {
  const key = cacheUrl(url);
  const hash = hashBlocks(blocks);
  const entries = await readEntries(opts.now);
  const previous = entries.find((e) => e.url === key);
  const others = entries.filter((e) => e !== previous);
  if (previous && previous.hash === hash && previous.analysis.version === ANALYSIS_VERSION) {
    await analysisCacheItem.setValue(bounded([{ ...previous, lastSeen: opts.now }, ...others]));
    return { analysis: previous.analysis, fromCache: true };
  }
  const analysis = analyzePolicy(blocks, {
    today: opts.today,
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  const changed = previous !== undefined && previous.hash !== hash;
  const entry: CachedAnalysis = {
    url: key,
    hash,
    firstSeen: changed || !previous ? opts.now : previous.firstSeen,
    lastSeen: opts.now,
    analysis,
  };
  await analysisCacheItem.setValue(bounded([entry, ...others]));
  return { analysis, fromCache: false, ...(changed ? { changedSince: previous.lastSeen } : {}) };
}

/** The cached analysis of `url`, if any (e.g. to show something before the page is fetched). */
export async function cachedAnalysis(
  url: string,
  now: string,
): Promise<CachedAnalysis | undefined> {
  return (await readEntries(now)).find((e) => e.url === cacheUrl(url));
}
