import * as z from 'zod';

/**
 * The analysis cache as stored before version 2 (issue 10, item 8), frozen here so the migration
 * keeps reading it whatever the current schema becomes: full URLs (query strings with session
 * tokens or emails included) and whole analyses, the policy's every sentence among them.
 */
export const CachedAnalysisV1 = z.object({
  url: z.string(),
  hash: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  size: z.number().int().nonnegative(),
  analysis: z.looseObject({ segments: z.array(z.unknown()).optional() }),
});

/** Origin + path of a URL: no query, no fragment, no user name or password. */
export function originAndPath(url: string): string {
  if (!URL.canParse(url)) {
    return url.split(/[?#]/)[0] ?? '';
  }
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/**
 * v1 → v2, entry by entry: the URL cut to origin + path, the analysis without its segments (the
 * policy's text, rebuilt from the page when it is read again). Entries whose URLs now coincide
 * keep the most recently seen. An entry not of the v1 shape is carried over, its `url` cut too if
 * it has one, for the read to set it aside as it would have (never silently dropped, style 6).
 */
export function analysisCacheV1ToV2(value: unknown): unknown[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const latest = new Map<string, Record<string, unknown>>();
  const others: unknown[] = [];
  for (const entry of list) {
    const v1 = CachedAnalysisV1.safeParse(entry);
    if (!v1.success) {
      const url = (entry as { url?: unknown } | null)?.url;
      others.push(
        typeof url === 'string' ? { ...(entry as object), url: originAndPath(url) } : entry,
      );
      continue;
    }
    const analysis = { ...v1.data.analysis };
    delete analysis.segments;
    const url = originAndPath(v1.data.url);
    const migrated = { ...v1.data, url, analysis, size: JSON.stringify(analysis).length };
    const kept = latest.get(url);
    if (!kept || String(kept.lastSeen) < migrated.lastSeen) {
      latest.set(url, migrated);
    }
  }
  return [...latest.values(), ...others];
}
