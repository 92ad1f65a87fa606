import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CACHE_MAX_AGE_DAYS,
  analysisCacheItem,
  analyzeWithCache,
  cachedAnalysis,
  countAnalysedSites,
} from '../../lib/app/analysis-cache';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import { hashBlocks } from '../../lib/policy-analysis/hash';
import type { Block } from '../../lib/shared/policy-text';
import { loadFixturePolicy } from '../fixtures/policies/load';

// Issue 10, item 8: the cache kept full URLs (query strings with tokens and emails), whole
// policy texts, with no age limit.
const TODAY = '2026-11-26';
const day = (n: number) => new Date(Date.UTC(2026, 10, 26 + n, 10)).toISOString();
const opts = (n: number) => ({ now: day(n), today: TODAY });
const NOT_QUOTED = 'The weather in Lisbon is mild in spring.';
const blocks: Block[] = [
  ...loadFixturePolicy('en-lumen.txt'),
  { kind: 'paragraph', text: NOT_QUOTED, headingPath: [] },
];
const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

describe('what the analysis cache keeps', () => {
  it('origin + path only: no query string, no fragment, no user name', async () => {
    await analyzeWithCache(
      'https://jane:pw@shop.example/privacy?session=s3cr3t&email=jane%40mail.example#rights',
      blocks,
      opts(0),
    );
    const [entry] = (await analysisCacheItem.getValue()) as { url: string }[];
    expect(entry?.url).toBe('https://shop.example/privacy');
    for (const secret of ['s3cr3t', 'jane%40mail.example', 'jane@mail.example', 'pw@', '#rights']) {
      expect(await stored()).not.toContain(secret);
    }
  });

  it("not the policy's whole text: a sentence no finding quotes is not stored", async () => {
    await analyzeWithCache('https://shop.example/privacy', blocks, opts(0));
    const text = await stored();
    expect(text).not.toContain(NOT_QUOTED);
    expect(text).not.toContain('"segments"');
  });

  it('a cache hit gives the very analysis a fresh one gives (segments rebuilt from the page)', async () => {
    await analyzeWithCache('https://shop.example/privacy', blocks, opts(0));
    const hit = await analyzeWithCache('https://shop.example/privacy', blocks, opts(1));
    expect(hit.fromCache).toBe(true);
    expect(hit.analysis).toEqual(analyzePolicy(blocks, { today: TODAY }));
  });

  it(`forgets a policy not seen for ${CACHE_MAX_AGE_DAYS} days`, async () => {
    await analyzeWithCache('https://old.example/privacy', blocks, opts(0));
    await analyzeWithCache('https://new.example/privacy', blocks, opts(10));
    expect(await countAnalysedSites(day(CACHE_MAX_AGE_DAYS - 1))).toBe(2);
    expect(await countAnalysedSites(day(CACHE_MAX_AGE_DAYS + 1))).toBe(1);
    expect(await cachedAnalysis('https://old.example/privacy', day(CACHE_MAX_AGE_DAYS + 1))).toBe(
      undefined,
    );
    expect(await stored()).not.toContain('old.example');
  });

  it('pages told apart only by their query share an entry, and are never called "changed"', async () => {
    await analyzeWithCache('https://shop.example/index.php?page=privacy', blocks, opts(0));
    const other = await analyzeWithCache(
      'https://shop.example/index.php?page=terms',
      blocks.slice(0, 3),
      opts(1),
    );
    expect(other.changedSince).toBeUndefined();
    expect(await countAnalysedSites(day(2))).toBe(1);
  });
});

describe('migration of the entries stored before (v1 → v2)', () => {
  it('cuts URLs to origin + path, drops the segments, keeps the latest of entries that now coincide', async () => {
    const analysis = analyzePolicy(blocks, { today: TODAY });
    const v1 = (url: string, lastSeen: string) => ({
      url,
      hash: 'h1',
      firstSeen: day(0),
      lastSeen,
      size: JSON.stringify(analysis).length,
      analysis,
    });
    await fakeBrowser.storage.local.set({
      analysisCache: [
        v1('https://shop.example/privacy?token=abc', day(1)),
        v1('https://shop.example/privacy#rights', day(3)),
        { url: 'https://broken.example/p?email=x%40y.example', hash: 42 },
      ],
    });
    await analysisCacheItem.migrate();

    const raw = await fakeBrowser.storage.local.get(['analysisCache', 'analysisCache$']);
    expect(raw['analysisCache$']).toEqual({ v: 2 });
    const entries = raw.analysisCache as Record<string, unknown>[];
    expect(entries.map((e) => [e.url, e.lastSeen])).toEqual([
      ['https://shop.example/privacy', day(3)],
      ['https://broken.example/p', undefined],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/"segments"|token=abc|x%40y/);
    // The migrated entry serves the same text from the cache, with its segments rebuilt.
    await fakeBrowser.storage.local.set({
      analysisCache: [{ ...entries[0], hash: hashBlocks(blocks) }],
    });
    const hit = await analyzeWithCache('https://shop.example/privacy', blocks, opts(4));
    expect(hit.fromCache).toBe(true);
    expect(hit.analysis).toEqual(analysis);
  });
});
