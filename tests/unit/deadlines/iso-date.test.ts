import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  weekday,
} from '../../../lib/deadlines/iso-date';

describe('iso-date', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2028-02-29', true],
    ['2100-02-29', false], // century, not divisible by 400
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('isIsoDate(%j) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2026-03-31', 1, '2026-04-30', true],
    ['2026-03-05', 1, '2026-04-05', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-12-15', 1, '2027-01-15', false],
  ])('addMonths(%s, %i) → %s (clamped %s)', (from, months, date, clamped) => {
    expect(addMonths(from, months)).toEqual({ date, clamped });
  });

  it.each([
    ['2026-03-02', 45, '2026-04-16'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // across the EU summer-time change: no drift in UTC
  ])('addDays(%s, %i) → %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it.each([
    ['2026-03-02', 1], // Monday
    ['2026-02-28', 6], // Saturday
    ['2026-04-05', 7], // Sunday
  ])('weekday(%s) → %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-02', '2026-04-16')).toBe(45);
    expect(daysBetween('2026-04-16', '2026-03-02')).toBe(-45);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
