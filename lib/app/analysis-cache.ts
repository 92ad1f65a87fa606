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
  /** Characters of the stored JSON, counted once when stored, for the size bound. */
  size: z.number().int().nonnegative(),
  analysis: PolicyAnalysis,
});
export type CachedAnalysis = z.infer<typeof CachedAnalysis>;

/**
 * What a read validates for every entry; the analysis itself is validated only for the entry
 * asked for, so reopening stays instant with 50 policies stored.
 */
const StoredEntry = CachedAnalysis.extend({ analysis: z.unknown() });
type StoredEntry = z.infer<typeof StoredEntry>;

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
  if (entries.length !== list.length) {
    await analysisCacheItem.setValue(entries);
  }
  return entries;
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
  const cached = previous?.hash === hash ? await validAnalysis(previous, opts.now) : undefined;
  if (previous && cached?.version === ANALYSIS_VERSION) {
    await analysisCacheItem.setValue(bounded([{ ...previous, lastSeen: opts.now }, ...others]));
    return { analysis: cached, fromCache: true };
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
    size: JSON.stringify(analysis).length,
    analysis,
  };
  await analysisCacheItem.setValue(bounded([entry, ...others]));
  return { analysis, fromCache: false, ...(changed ? { changedSince: previous.lastSeen } : {}) };
}

/** The stored analysis, validated now; an invalid one is set aside (and then analysed afresh). */
async function validAnalysis(entry: StoredEntry, now: string): Promise<PolicyAnalysis | undefined> {
  const parsed = PolicyAnalysis.safeParse(entry.analysis);
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

/** Forgets every cached analysis (the user's "clear local data"). */
export async function clearAnalysisCache(): Promise<void> {
  await analysisCacheItem.setValue([]);
}
