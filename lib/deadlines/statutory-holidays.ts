import { addDays, weekday } from './iso-date';
import type { Holiday } from './holidays';

/**
 * Holidays a statute names for counting time limits, where the generic data (date-holidays' days
 * common to every province) falls short. Canada: the Interpretation Act (R.S.C. 1985, c. I-21)
 * s. 35(1) lists, besides Sunday, New Year's Day, Good Friday, Easter Monday, Christmas Day,
 * Victoria Day, Canada Day, Labour Day, the National Day for Truth and Reconciliation (30 Sep,
 * S.C. 2021 c. 11), Remembrance Day and days proclaimed for thanksgiving (Thanksgiving, second
 * Monday of October); s. 26 moves a time limit ending on one to the next day that is not a
 * holiday. s. 35(2): New Year's Day, Canada Day and Remembrance Day on a Sunday make the Monday a
 * holiday too. Provincial days (s. 35(1)(a)) come from the data with the subdivision.
 */
function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The `n`th Monday (1-based) of a month. */
function nthMonday(year: number, month: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((8 - weekday(first)) % 7) + 7 * (n - 1));
}

/** Victoria Day: the Monday before 25 May (Holidays Act s. 2). */
function victoriaDay(year: number): string {
  const may24 = `${year}-05-24`;
  return addDays(may24, -((weekday(may24) + 6) % 7));
}

function canada(year: number): Holiday[] {
  const day = (date: string, name: string): Holiday => ({
    date,
    name,
    localName: name,
    scope: 'national',
  });
  const days = [
    day(addDays(easterSunday(year), 1), 'Easter Monday'),
    day(victoriaDay(year), 'Victoria Day'),
    ...(year >= 2021 ? [day(`${year}-09-30`, 'National Day for Truth and Reconciliation')] : []),
    day(nthMonday(year, 10, 2), 'Thanksgiving'),
    day(`${year}-11-11`, 'Remembrance Day'),
  ];
  for (const [mmdd, name] of [
    ['01-01', "New Year's Day"],
    ['07-01', 'Canada Day'],
    ['11-11', 'Remembrance Day'],
  ] as const) {
    const date = `${year}-${mmdd}`;
    if (weekday(date) === 7) {
      days.push(day(addDays(date, 1), `${name} (following Monday)`));
    }
  }
  return days;
}

const STATUTES: Readonly<Record<string, (year: number) => Holiday[]>> = { CA: canada };

/** Holidays a country's interpretation statute adds to the data, for one year. */
export function statutoryHolidays(country: string, year: number): Holiday[] {
  return STATUTES[country]?.(year) ?? [];
}
