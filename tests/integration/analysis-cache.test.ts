import { describe, expect, it } from 'vitest';
import {
  CACHE_MAX_ENTRIES,
  analysisCacheItem,
  analyzeWithCache,
  cachedAnalysis,
  clearAnalysisCache,
} from '../../lib/app/analysis-cache';
import { readQuarantine } from '../../lib/storage/quarantine';
import type { Block } from '../../lib/shared/policy-text';
import { loadFixturePolicy } from '../fixtures/policies/load';

const URL_A = 'https://shop.example/privacy';
const TODAY = '2026-11-26';
const at = (minute: number) => `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`;
const opts = (minute: number) => ({ now: at(minute), today: TODAY });

const blocks = loadFixturePolicy('en-lumen.txt');
const edited: Block[] = [
  ...blocks,
  { kind: 'paragraph', text: 'We now also keep your phone number.', headingPath: [] },
];

describe('analyzeWithCache', () => {
  it('analyses a policy seen for the first time and stores it', async () => {
    const result = await analyzeWithCache(URL_A, blocks, opts(0));
    expect(result.fromCache).toBe(false);
    expect(result.changedSince).toBeUndefined();
    expect(result.analysis.lastUpdated).toBe('2019-03-03');
    expect((await cachedAnalysis(URL_A, at(1)))?.lastSeen).toBe(at(0));
  });

  it('serves the same text from the cache, also under a #fragment URL', async () => {
    await analyzeWithCache(URL_A, blocks, opts(0));
    const again = await analyzeWithCache(`${URL_A}#rights`, blocks, opts(5));
    expect(again.fromCache).toBe(true);
    expect(again.changedSince).toBeUndefined();
    expect((await cachedAnalysis(URL_A, at(6)))?.lastSeen).toBe(at(5));
  });

  it('ignores whitespace-only differences', async () => {
    await analyzeWithCache(URL_A, blocks, opts(0));
    const spaced = blocks.map((b) => ({ ...b, text: `  ${b.text.replace(/ /g, '  ')} ` }));
    expect((await analyzeWithCache(URL_A, spaced, opts(1))).fromCache).toBe(true);
  });

  it('reports when the text changed since it was last seen', async () => {
    await analyzeWithCache(URL_A, blocks, opts(0));
    await analyzeWithCache(URL_A, blocks, opts(3));
    const changed = await analyzeWithCache(URL_A, edited, opts(9));
    expect(changed.fromCache).toBe(false);
    expect(changed.changedSince).toBe(at(3));
    const entry = await cachedAnalysis(URL_A, at(10));
    expect(entry?.firstSeen).toBe(at(9));
  });

  it(`keeps only the ${CACHE_MAX_ENTRIES} most recently seen policies`, async () => {
    const small: Block[] = [
      { kind: 'paragraph', text: 'We keep data for 2 years.', headingPath: [] },
    ];
    for (let i = 0; i <= CACHE_MAX_ENTRIES; i++) {
      await analyzeWithCache(`https://site${i}.example/privacy`, small, opts(i));
    }
    const stored = (await analysisCacheItem.getValue()) as { url: string }[];
    expect(stored).toHaveLength(CACHE_MAX_ENTRIES);
    expect(stored.map((e) => e.url)).not.toContain('https://site0.example/privacy');
  });

  it('sets an invalid stored value aside and carries on', async () => {
    await analysisCacheItem.setValue([{ url: URL_A, hash: 42 }]);
    const result = await analyzeWithCache(URL_A, blocks, opts(0));
    expect(result.fromCache).toBe(false);
    const quarantine = await readQuarantine();
    expect(quarantine).toEqual([
      expect.objectContaining({ key: 'analysisCache', at: at(0), raw: { url: URL_A, hash: 42 } }),
    ]);
  });

  it('sets aside a damaged analysis under a valid entry and analyses again', async () => {
    await analyzeWithCache(URL_A, blocks, opts(0));
    const [stored] = (await analysisCacheItem.getValue()) as Record<string, unknown>[];
    await analysisCacheItem.setValue([{ ...stored, analysis: { version: 1 } }]);
    const result = await analyzeWithCache(URL_A, blocks, opts(2));
    expect(result.fromCache).toBe(false);
    expect(result.changedSince).toBeUndefined();
    expect(await readQuarantine()).toEqual([
      expect.objectContaining({ key: 'analysisCache', at: at(2) }),
    ]);
    expect((await analyzeWithCache(URL_A, blocks, opts(3))).fromCache).toBe(true);
  });

  it('forgets everything on request', async () => {
    await analyzeWithCache(URL_A, blocks, opts(0));
    await clearAnalysisCache();
    expect(await cachedAnalysis(URL_A, at(1))).toBeUndefined();
    expect((await analyzeWithCache(URL_A, blocks, opts(2))).fromCache).toBe(false);
  });
});
