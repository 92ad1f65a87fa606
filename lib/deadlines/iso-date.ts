/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. Deadlines are whole calendar days, so we compute in
 * UTC and never touch a time of day or a time zone (no DST drift).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) {
    return false;
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toIso(date) === value;
}

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m || !isIsoDate(iso)) {
    throw new RangeError(`not an ISO date: ${iso}`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(utc(iso) + days * DAY_MS));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(iso: string): number {
  const day = new Date(utc(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same date `months` later; where that date does not exist, the month's last day
 * (Reg. 1182/71 Art. 3(2)(c); ICO "corresponding calendar date"). `clamped` says which happened.
 */
export function addMonths(iso: string, months: number): { date: string; clamped: boolean } {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const day = Math.min(d, last);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, clamped: day !== d };
}

/** The later of two ISO dates (string order is date order). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Weekday names for the explanations ('Saturday'); data for the UI keys. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
