import { describe, expect, it } from 'vitest';
import { clockOf } from '../../../lib/deadlines/clock';
import { computeDeadline } from '../../../lib/deadlines/compute-deadline';
import { periodRule } from '../../../lib/legal/periods.data';
import type { RequestEvent } from '../../../lib/deadlines/schema';
import type { Law } from '../../../lib/shared/law';

/**
 * Issue 13: each US state law's period and extension, counted by hand on a calendar (weekday in
 * the comment; 1 Jan 2026 is a Thursday, 1 Jan 2027 a Friday). Rule: "not later than N days
 * after receipt" (day of receipt not counted), extendable once by 45 days, counted from receipt;
 * a last day on a weekend or US federal holiday moves to the next working day (our reading: the
 * Acts give no roll-over rule, so we take the later date). Sources in lib/legal/us-states.data.ts.
 */
type Case = [law: Law, received: string, due: string, extendedDue: string, note: string];

const CASES: Case[] = [
  // Va. Code §59.1-577(B): Mon 2 Mar +45 = Thu 16 Apr; +90 = Sun 31 May → Mon 1 Jun.
  ['us-va', '2026-03-02', '2026-04-16', '2026-06-01', 'weekend roll on the extension'],
  // C.R.S. §6-1-1306(2): Fri 15 May +45 = Mon 29 Jun; +90 = Thu 13 Aug.
  ['us-co', '2026-05-15', '2026-06-29', '2026-08-13', 'plain count'],
  // Conn. Gen. Stat. §42-518(c): Tue 5 May +45 = Fri 19 Jun (Juneteenth) → Mon 22 Jun;
  // +90 = Mon 3 Aug.
  ['us-ct', '2026-05-05', '2026-06-22', '2026-08-03', 'Juneteenth'],
  // Utah Code §13-61-203: Fri 10 Apr +45 = Mon 25 May (Memorial Day) → Tue 26 May;
  // +90 = Thu 9 Jul.
  ['us-ut', '2026-04-10', '2026-05-26', '2026-07-09', 'Memorial Day'],
  // Tex. Bus. & Com. Code §541.052: Tue 1 Sep +45 (29 left in Sep, 16 in Oct) = Fri 16 Oct;
  // +90 (29 + 31 + 30) = Mon 30 Nov.
  ['us-tx', '2026-09-01', '2026-10-16', '2026-11-30', 'plain count'],
  // ORS 646A.576(5): Wed 7 Jan +45 = Sat 21 Feb → Mon 23 Feb; +90 = Tue 7 Apr.
  ['us-or', '2026-01-07', '2026-02-23', '2026-04-07', 'Saturday roll'],
  // Mont. Code Ann. §30-14-2808(4): Thu 1 Oct +45 = Sun 15 Nov → Mon 16 Nov; +90 = Wed 30 Dec.
  ['us-mt', '2026-10-01', '2026-11-16', '2026-12-30', 'Sunday roll'],
  // Iowa Code §715D.3: 90 days + 45. Mon 2 Mar +90 = Sun 31 May → Mon 1 Jun; +135 = Wed 15 Jul.
  ['us-ia', '2026-03-02', '2026-06-01', '2026-07-15', '90-day period'],
  // Del. Code tit. 6 §12D-104(c): Mon 12 Jan +45 = Thu 26 Feb; +90 = Sun 12 Apr → Mon 13 Apr.
  ['us-de', '2026-01-12', '2026-02-26', '2026-04-13', 'weekend roll on the extension'],
  // RSA 507-H:4, III: Fri 4 Dec +45 = Mon 18 Jan 2027 (Martin Luther King Jr. Day) → Tue 19 Jan;
  // +90 = Thu 4 Mar 2027.
  ['us-nh', '2026-12-04', '2027-01-19', '2027-03-04', 'MLK Day, across the year'],
  // Neb. Rev. Stat. §87-1108: Wed 25 Nov +45 = Sat 9 Jan 2027 → Mon 11 Jan; +90 = Tue 23 Feb.
  ['us-ne', '2026-11-25', '2027-01-11', '2027-02-23', 'across the year'],
  // N.J.S.A. 56:8-166.7(a): Thu 15 Jan +45 = Sun 1 Mar → Mon 2 Mar; +90 = Wed 15 Apr.
  ['us-nj', '2026-01-15', '2026-03-02', '2026-04-15', 'February'],
  // Tenn. Code Ann. §47-18-3203(b): Mon 6 Jul +45 = Thu 20 Aug; +90 = Sun 4 Oct → Mon 5 Oct.
  ['us-tn', '2026-07-06', '2026-08-20', '2026-10-05', 'weekend roll on the extension'],
  // Minn. Stat. §325M.14: Fri 28 Aug +45 = Mon 12 Oct (Columbus Day) → Tue 13 Oct;
  // +90 = Thu 26 Nov (Thanksgiving) → Fri 27 Nov.
  ['us-mn', '2026-08-28', '2026-10-13', '2026-11-27', 'Columbus Day, Thanksgiving'],
  // Md. Code, Com. Law §14-4705: Mon 2 Nov +45 = Thu 17 Dec; +90 = Sun 31 Jan 2027 → Mon 1 Feb.
  ['us-md', '2026-11-02', '2026-12-17', '2027-02-01', 'extension into the next year'],
  // Ind. Code §24-15-3-1(c): Fri 2 Jan +45 = Mon 16 Feb (Washington's Birthday) → Tue 17 Feb;
  // +90 = Thu 2 Apr.
  ['us-in', '2026-01-02', '2026-02-17', '2026-04-02', 'Presidents’ Day'],
  // KRS 367.3615(3): Tue 10 Nov +45 = Fri 25 Dec (Christmas) → Mon 28 Dec; +90 = Mon 8 Feb 2027.
  ['us-ky', '2026-11-10', '2026-12-28', '2027-02-08', 'Christmas'],
  // R.I. Gen. Laws §6-48.1-6(b): Thu 5 Mar +45 = Sun 19 Apr → Mon 20 Apr; +90 = Wed 3 Jun.
  ['us-ri', '2026-03-05', '2026-04-20', '2026-06-03', 'Sunday roll'],
];

describe('US state laws: period and extension, hand-counted', () => {
  it.each(CASES)('%s received %s → due %s, extended %s (%s)', (law, received, due, ext) => {
    const plain = computeDeadline({ law, right: 'access', received, country: 'US' });
    expect(plain.due).toBe(due);
    const extended = computeDeadline({
      law,
      right: 'erasure',
      received,
      country: 'US',
      extended: true,
    });
    expect(extended.due).toBe(due);
    expect(extended.extendedDue).toBe(ext);
  });

  it('covers every state law once', () => {
    expect(new Set(CASES.map(([law]) => law)).size).toBe(18);
  });

  it.each(CASES.map(([law]) => law))(
    '%s: an ID check does not stop the clock (authentication is within the period)',
    (law) => {
      // The period runs from receipt (e.g. Va. Code §59.1-577(B)); nothing pauses or restarts it.
      const events: RequestEvent[] = [
        { type: 'id-requested', id: 'a', date: '2026-03-05' },
        { type: 'id-provided', id: 'b', date: '2026-03-20' },
      ];
      const clock = clockOf('2026-03-02', events, periodRule(law, 'access'), '2026-04-01');
      expect(clock.pausedDays).toBe(0);
      expect(clock.restartedOn).toBeUndefined();
    },
  );

  it('a US resident with no state law gets a reference period, said to be one', () => {
    // No statute: 45 days as a reference only, flagged so the UI and letters claim nothing.
    const deadline = computeDeadline({
      law: 'us-none',
      right: 'access',
      received: '2026-03-02',
      country: 'US',
    });
    expect(deadline.due).toBe('2026-04-16');
    expect(deadline.readings.map((r) => r.key)).toContain('reference-period');
  });
});
