import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  indexDirectory,
  lookupCompany,
  lookupDomain,
  lookupName,
} from '../../../lib/directory/lookup';
import { DirectoryData, type DirectoryRecord } from '../../../lib/directory/schema';

// Read as text, as the extension and the CLI do (parse-directory.ts says why).
const data: unknown = JSON.parse(
  readFileSync(join(process.cwd(), 'lib/directory/companies.data.json'), 'utf8'),
);
const shipped = DirectoryData.parse(data);
const index = indexDirectory(shipped);
const slugs = (q: string, lookup = lookupCompany) => lookup(index, q).map((m) => m.record.slug);

describe('the shipped directory', () => {
  it('is valid, CC0 and names the snapshot it comes from', () => {
    expect(shipped.records.length).toBe(3069);
    expect(shipped.license).toBe('CC0-1.0');
    expect(shipped.origin).toEqual({
      repository: 'https://github.com/datenanfragen/data',
      commit: '0a29c3d6feee53b02e73204a3dbd312eafe56629',
      date: '2026-07-21',
    });
  });
});

describe('lookup by domain, subdomain, URL path, brand and name (shipped data)', () => {
  it.each([
    ['domain', 'gmx.net', '1und1-gmx', 'web'],
    ['www and upper case', 'WWW.GMX.NET', '1und1-gmx', 'web'],
    ['subdomain', 'agb-server.gmx.net', '1und1-gmx', 'web'],
    [
      'URL with path and query',
      'https://hilfe.gmx.net/kontakt/kontakt.html?x=1#top',
      '1und1-gmx',
      'web',
    ],
    ['own domain from its sources', 'https://www.gmx.at/impressum/', '1und1-gmx', 'domain'],
    [
      'URL path under a path-scoped web',
      'https://www.aok.de/pk/niedersachsen/leistungen/',
      'aok-niedersachsen',
      'web',
    ],
    ['another path on the same host', 'https://www.aok.de/pp/bv/datenschutz', 'aok', 'web'],
    ['brand it runs', 'GMX Tresor', '1und1-gmx', 'brand'],
    ['brand, other record', 'fantastic academy', '1st-online-solutions-limited', 'brand'],
    ['name, legal form and punctuation left out', 'accuweather', 'accuweather-inc', 'name'],
    ['name as written', 'AccuWeather, Inc.', 'accuweather-inc', 'name'],
  ])('%s: %s → %s', (_, query, slug, by) => {
    const best = bestMatch(lookupCompany(index, query));
    expect(best?.record.slug).toBe(slug);
    expect(best?.by).toBe(by);
  });

  it('a path-scoped host without a fitting path is ambiguous, not a guess', () => {
    const matches = lookupDomain(index, 'https://www.aok.de/');
    expect(matches.map((m) => m.record.slug).sort()).toEqual(['aok', 'aok-niedersachsen']);
    expect(bestMatch(matches)).toBeUndefined();
  });

  it.each([
    'example.invalid',
    'https://no-such-company-xyz.com/privacy',
    'Nobody Ltd',
    '',
    'gmx.net.evil.example',
  ])('nothing for %j', (query) => {
    expect(slugs(query)).toEqual([]);
  });

  it('does not climb above the registrable domain (co.uk is nobody)', () => {
    expect(slugs('somebody-else.co.uk', lookupDomain)).toEqual([]);
    expect(bestMatch(lookupDomain(index, 'shop.ionos.co.uk'))?.record.slug).toBe('1and1-gb');
  });
});

/** mulberry32: a seeded generator, so the sample is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(xs: readonly T[], n: number, seed: number): T[] {
  const random = seeded(seed);
  const pool = [...xs];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

describe('a seeded sample of 100 records with web and email resolves by its domain to itself', () => {
  const withBoth = shipped.records.filter((r) => r.web && r.email);
  const picked = sample(withBoth, 100, 14);
  const webCount = new Map<string, number>();
  for (const r of shipped.records) {
    webCount.set(r.web ?? '', (webCount.get(r.web ?? '') ?? 0) + 1);
  }

  it.each(picked.map((r): [string, DirectoryRecord] => [r.slug, r]))('%s', (_, record) => {
    const matches = lookupDomain(index, record.web ?? '');
    const top = matches.filter((m) => m.score === matches[0]?.score).map((m) => m.record.slug);
    expect(top).toContain(record.slug);
    if (webCount.get(record.web ?? '') === 1) {
      // Its web address is its own: it is the one best match.
      expect(bestMatch(matches)?.record.slug).toBe(record.slug);
    }
    // The bare host finds it too (among the host's records when several share it).
    expect(
      lookupDomain(index, new URL(record.web ?? '').hostname).map((m) => m.record.slug),
    ).toContain(record.slug);
  });

  it('the sample is mostly unambiguous', () => {
    const unique = picked.filter((r) => webCount.get(r.web ?? '') === 1).length;
    expect(unique).toBeGreaterThan(90);
  });
});

describe('lookupName', () => {
  it('matches brands below names', () => {
    const matches = lookupName(index, 'GMX');
    expect(matches[0]?.record.slug).toBe('1und1-gmx');
    expect(matches[0]?.by).toBe('name');
  });
});
