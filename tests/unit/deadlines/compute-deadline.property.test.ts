import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../lib/deadlines/compute-deadline';
import { isWorkingDay } from '../../../lib/deadlines/holidays';
import { periodRule } from '../../../lib/legal/periods.data';
import { Law, Right } from '../../../lib/deadlines/schema';
import { isoDate } from '../../fixtures/deadlines/arbitraries';

const RUNS = { seed: 42, numRuns: 300 };
const place = fc.constantFrom(
  { country: 'FR' },
  { country: 'DE', subdivision: 'DE-BY' },
  { country: 'GB', subdivision: 'GB-SCT' },
  { country: 'US', subdivision: 'US-CA' },
  { country: 'CH' },
  { country: 'BR' },
  { country: 'CA' },
);

describe('computeDeadline properties (fast-check, seed 42)', () => {
  it('every law and right has a rule and a due date after receipt', () => {
    for (const law of Law.options) {
      for (const right of Right.options) {
        const result = computeDeadline({ law, right, received: '2026-03-02', country: 'FR' });
        expect(result.due > '2026-03-02').toBe(true);
        expect(result.citation).not.toBe('');
      }
    }
  });

  it('a working-day rule never ends on a weekend or public holiday; extensions come later', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Law.options),
        fc.constantFrom(...Right.options),
        isoDate,
        place,
        fc.integer({ min: 0, max: 20 }),
        (law, right, received, where, pausedDays) => {
          const input = { law, right, received, ...where, extended: true, pausedDays };
          const result = computeDeadline(input);
          const rule = periodRule(law, right);
          if (rule.rollOver === 'working-day' || rule.period.unit === 'business-days') {
            expect(isWorkingDay(result.due, where.country, where.subdivision)).toBe(true);
          }
          expect(result.due > received).toBe(true);
          if (result.extendedDue) {
            expect(result.extendedDue >= result.due).toBe(true);
          }
          // A pause never shortens the period.
          const unpaused = computeDeadline({ ...input, pausedDays: 0 });
          expect(result.due >= unpaused.due).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
