/**
 * Builds lib/deadlines/holidays.data.json: the public holidays of the countries whose deadlines we
 * count (EU/EEA + CH + GB + US + CA + BR), precomputed from the `date-holidays` rules for a range of
 * years. The extension then ships ~100 KB of dates instead of the 800 KB rule set plus the rule
 * parser, whose moment-timezone dependency alone bundles to 720 KB (measured with esbuild).
 * We do not use `holidays2json --pick`: it rewrites files inside node_modules.
 *
 *   node --import tsx scripts/build-holidays.ts
 *
 * Re-run after upgrading date-holidays, and before LAST_YEAR comes near.
 * Data licence: CC BY-SA 3.0 (date-holidays README, "License"); see lib/deadlines/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Holidays from 'date-holidays';
import { format, resolveConfig } from 'prettier';

const FIRST_YEAR = 2024;
const LAST_YEAR = 2040;

// prettier-ignore
const COUNTRIES = [
  // EU
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // EEA, Switzerland, UK, North America, Brazil
  'IS', 'LI', 'NO', 'CH', 'GB', 'US', 'CA', 'BR',
];

interface CountryTable {
  /** [English name, local name] — indexed by the dates below. */
  names: [string, string][];
  /** year → 'MMDD.nameIndex,…' of national public holidays. */
  national: Record<string, string>;
  /**
   * ISO 3166-2 code → year → the subdivision's own public holidays, then '-MMDD' for national
   * ones it does not observe (Scotland has no Easter Monday; California no Columbus Day).
   */
  subdivisions: Record<string, Record<string, string>>;
}

/** 'YYYY-MM-DD hh:mm:ss' → name, for public holidays only (type 'public', substitutes included). */
function publicDays(h: Holidays, year: number, lang: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const day of h.getHolidays(year, lang)) {
    if (day.type === 'public') {
      days.set(day.date.slice(0, 10), day.name);
    }
  }
  return days;
}

function encodeYear(
  english: Map<string, string>,
  local: Map<string, string>,
  names: [string, string][],
  skip: ReadonlySet<string> = new Set(),
): string {
  const parts: string[] = [];
  for (const [date, en] of [...english].sort(([a], [b]) => a.localeCompare(b))) {
    if (skip.has(date)) {
      continue;
    }
    const pair: [string, string] = [en, local.get(date) ?? en];
    let index = names.findIndex(([e, l]) => e === pair[0] && l === pair[1]);
    if (index === -1) {
      index = names.push(pair) - 1;
    }
    parts.push(`${date.slice(5, 7)}${date.slice(8, 10)}.${index}`);
  }
  return parts.join(',');
}

function buildCountry(cc: string): CountryTable {
  const national = new Holidays(cc, { types: ['public'] });
  const lang = national.getLanguages()[0] ?? 'en';
  const table: CountryTable = { names: [], national: {}, subdivisions: {} };
  const nationalDates = new Map<number, Set<string>>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const en = publicDays(national, year, 'en');
    nationalDates.set(year, new Set(en.keys()));
    table.national[year] = encodeYear(en, publicDays(national, year, lang), table.names);
  }
  for (const state of Object.keys(national.getStates(cc) ?? {})) {
    const h = new Holidays(cc, state, { types: ['public'] });
    const years: Record<string, string> = {};
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const en = publicDays(h, year, 'en');
      const nationalDays = nationalDates.get(year) ?? new Set<string>();
      const extra = encodeYear(en, publicDays(h, year, lang), table.names, nationalDays);
      const removed = [...nationalDays]
        .filter((date) => !en.has(date))
        .map((date) => `-${date.slice(5, 7)}${date.slice(8, 10)}`);
      const encoded = [extra, ...removed].filter((part) => part !== '').join(',');
      if (encoded !== '') {
        years[year] = encoded;
      }
    }
    table.subdivisions[`${cc}-${state}`] = years;
  }
  return table;
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('date-holidays/package.json'), 'utf8')) as {
    version: string;
  };
  const countries = Object.fromEntries(COUNTRIES.map((cc) => [cc, buildCountry(cc)]));
  const data = {
    source: `date-holidays ${pkg.version}`,
    license: 'CC-BY-SA-3.0',
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    countries,
  };
  const out = new URL('../lib/deadlines/holidays.data.json', import.meta.url);
  // Formatted as `npm run format:check` expects it.
  const config = await resolveConfig(out.pathname);
  const json = await format(JSON.stringify(data), { ...config, parser: 'json' });
  writeFileSync(out, json);
  process.stdout.write(
    `${COUNTRIES.length} countries, ${FIRST_YEAR}-${LAST_YEAR}, ${json.length} bytes\n`,
  );
}

await main();
