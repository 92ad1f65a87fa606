/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. Deadlines are whole calendar days, so we compute in
 * UTC and never touch a time of day or a time zone (no DST drift).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The dates a ledger accepts, at every door (composer, dashboard events, import, storage read,
 * CLI). A browser's date field turns a two-digit year typed as "03 01 26" into 0026-03-01, and a
 * year like 9999 overflows the date arithmetic; neither is a date a rights request was sent on.
 */
export const MIN_LEDGER_DATE = '1990-01-01';
export const MAX_LEDGER_DATE = '2100-12-31';

/** Whether `value` is a real calendar date within MIN_LEDGER_DATE..MAX_LEDGER_DATE. */
export function isLedgerDate(value: string): boolean {
  return isIsoDate(value) && value >= MIN_LEDGER_DATE && value <= MAX_LEDGER_DATE;
}

/** Whether `value` is a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) {
    return false;
  }
  return toIso(new Date(utcOf(Number(m[1]), Number(m[2]), Number(m[3])))) === value;
}

/** Date.UTC(26, …) means 1926: set the full year apart so that year 0026 stays itself. */
function utcOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
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
  return utcOf(y, m, d);
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
