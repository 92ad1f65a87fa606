import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_COUNTRIES,
  HOLIDAY_DATA,
  holidaySubdivisions,
  holidaysOn,
  isWorkingDay,
} from '../../../lib/deadlines/holidays';

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-02', 'FR', undefined, true], // Monday
    ['2026-03-07', 'FR', undefined, false], // Saturday
    ['2026-03-08', 'FR', undefined, false], // Sunday
    ['2026-07-14', 'FR', undefined, false], // Tuesday, Fête nationale
    ['2026-10-03', 'DE', undefined, false], // Saturday anyway
    ['2028-10-03', 'DE', undefined, false], // Tuesday, Tag der Deutschen Einheit
    ['2027-01-06', 'DE', undefined, true], // Wednesday, Epiphany is regional
    ['2027-01-06', 'DE', 'DE-BY', false], // … and a holiday in Bavaria
    ['2026-12-28', 'GB', undefined, false], // Monday, Boxing Day substitute
    ['2026-08-31', 'GB', undefined, true], // Monday: summer bank holiday is per nation
    ['2026-08-31', 'GB', 'GB-ENG', false],
    ['2026-12-24', 'DE', undefined, true], // Thursday, Christmas Eve is a bank holiday, not public
    ['2026-04-06', 'XX', undefined, true], // unknown country: weekends only
  ] as const)('%s in %s %s → %s', (date, country, subdivision, expected) => {
    expect(isWorkingDay(date, country, subdivision)).toBe(expected);
  });
});

describe('bundled holiday data', () => {
  it('covers the EU/EEA, Switzerland, the UK, the US, Canada and Brazil', () => {
    expect(HOLIDAY_COUNTRIES).toHaveLength(35);
    expect(HOLIDAY_COUNTRIES).toEqual(
      expect.arrayContaining(['FR', 'DE', 'NO', 'CH', 'GB', 'US', 'CA', 'BR']),
    );
    expect(holidaySubdivisions('DE')).toContain('DE-BY');
    expect(HOLIDAY_DATA.license).toBe('CC-BY-SA-3.0');
  });

  // The bundle is precomputed by scripts/build-holidays.ts; this catches a stale file after an
  // upgrade of date-holidays.
  it.each([
    ['FR', undefined, 2026],
    ['DE', 'BY', 2027],
    ['GB', 'SCT', 2028],
    ['US', 'CA', 2026],
    ['BR', undefined, 2030],
    ['CH', 'ZH', 2026],
  ])('matches date-holidays for %s %s %i', (country, state, year) => {
    const live = (state ? new Holidays(country, state) : new Holidays(country))
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    const subdivision = state ? `${country}-${state}` : undefined;
    const bundled: string[] = [];
    for (
      let day = new Date(Date.UTC(year, 0, 1));
      day.getUTCFullYear() === year;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const iso = day.toISOString().slice(0, 10);
      if (holidaysOn(iso, country, subdivision).length > 0) {
        bundled.push(iso);
      }
    }
    expect(bundled).toEqual([...new Set(live)].sort());
  });
});
