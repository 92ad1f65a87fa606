import * as z from 'zod';
import data from './holidays.data.json';
import { weekday } from './iso-date';
import { statutoryHolidays } from './statutory-holidays';

/**
 * Public holidays for the countries whose deadlines we count, precomputed from `date-holidays`
 * (CC BY-SA 3.0 data) by scripts/build-holidays.ts. Only days of type 'public' count — not bank,
 * optional, school or observance days — as Reg. 1182/71 Art. 2 speaks of days "designated as
 * public holidays". National holidays always count; a subdivision's own public holidays (German
 * Land, UK nation, US state, …) count only when the request names that subdivision.
 */
const HolidayTable = z.object({
  source: z.string(),
  license: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  countries: z.record(
    z.string(),
    z.object({
      names: z.array(z.tuple([z.string(), z.string()])),
      national: z.record(z.string(), z.string()),
      subdivisions: z.record(z.string(), z.record(z.string(), z.string())),
    }),
  ),
});
type HolidayTable = z.infer<typeof HolidayTable>;

const TABLE: HolidayTable = HolidayTable.parse(data);

export const HOLIDAY_DATA = {
  source: TABLE.source,
  license: TABLE.license,
  firstYear: TABLE.firstYear,
  lastYear: TABLE.lastYear,
};

export interface Holiday {
  date: string;
  /** English name and the name in the country's first language. */
  name: string;
  localName: string;
  /** 'national', or the ISO 3166-2 code of the subdivision that observes it. */
  scope: string;
}

/** Countries with holiday data (ISO 3166-1 alpha-2). */
export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(TABLE.countries);

/** Subdivisions of a country with their own entry ('DE-BY', 'GB-SCT', …). */
export function holidaySubdivisions(country: string): string[] {
  return Object.keys(TABLE.countries[country.toUpperCase()]?.subdivisions ?? {});
}

/** Whether we can tell holidays apart for this country and year (else only weekends count). */
export function hasHolidayData(country: string, year: number): boolean {
  return (
    TABLE.countries[country.toUpperCase()] !== undefined &&
    year >= TABLE.firstYear &&
    year <= TABLE.lastYear
  );
}

function decode(
  encoded: string | undefined,
  year: string,
  names: [string, string][],
  scope: string,
) {
  if (!encoded) {
    return [];
  }
  return encoded
    .split(',')
    .filter((item) => !item.startsWith('-'))
    .map((item): Holiday => {
      const [mmdd = '', index = ''] = item.split('.');
      const [name = '', localName = ''] = names[Number(index)] ?? [];
      return { date: `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`, name, localName, scope };
    });
}

/** A year's holidays for a place, decoded once (a dashboard derives every request often). */
const yearCache = new Map<string, Holiday[]>();

function holidaysOfYear(country: string, year: string, subdivision?: string): Holiday[] {
  const cacheKey = `${country}|${subdivision ?? ''}|${year}`;
  const cached = yearCache.get(cacheKey);
  if (cached) {
    return cached;
  }
  const table = TABLE.countries[country];
  if (!table) {
    return [];
  }
  const own = subdivision ? table.subdivisions[subdivision]?.[year] : undefined;
  // '-MMDD': a national holiday the subdivision does not observe.
  const dropped = new Set((own ?? '').split(',').filter((i) => i.startsWith('-')));
  const national = decode(table.national[year], year, table.names, 'national').filter(
    (h) => !dropped.has(`-${h.date.slice(5, 7)}${h.date.slice(8)}`),
  );
  const regional = subdivision ? decode(own, year, table.names, subdivision) : [];
  const known = new Set([...national, ...regional].map((h) => h.date));
  const statutory = statutoryHolidays(country, Number(year)).filter((h) => !known.has(h.date));
  const holidays = [...national, ...regional, ...statutory];
  yearCache.set(cacheKey, holidays);
  return holidays;
}

/** The public holidays on `isoDate` (usually none, one at most in practice). */
export function holidaysOn(isoDate: string, country: string, subdivision?: string): Holiday[] {
  const year = isoDate.slice(0, 4);
  return holidaysOfYear(country.toUpperCase(), year, subdivision?.toUpperCase()).filter(
    (h) => h.date === isoDate,
  );
}

/** Reg. 1182/71 Art. 2: working days are all days other than public holidays, Sundays, Saturdays. */
export function isWorkingDay(isoDate: string, country: string, subdivision?: string): boolean {
  const day = weekday(isoDate);
  return day !== 6 && day !== 7 && holidaysOn(isoDate, country, subdivision).length === 0;
}
