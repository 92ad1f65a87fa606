import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../lib/deadlines/compute-deadline';
import type { DeadlineInput } from '../../../lib/deadlines/compute-deadline';

type Case = [
  label: string,
  input: Partial<DeadlineInput> & Pick<DeadlineInput, 'received' | 'country'>,
  due: string,
  extendedDue?: string,
];

// Every expected date was counted by hand on a calendar; weekdays in the comments.
// Easter Sunday: 5 Apr 2026, 28 Mar 2027. Ascension = Easter + 39, Whit Monday = Easter + 50.
const CASES: Case[] = [
  // --- GDPR, month ends and leap years (Reg. 1182/71 Art. 3(2)(c)) ---
  // Thu 5 Mar → Sun 5 Apr (Easter Sunday) → Mon 6 Apr Easter Monday → Tue 7 Apr.
  [
    'legal-facts DE-BY Easter',
    { received: '2026-03-05', country: 'DE', subdivision: 'DE-BY' },
    '2026-04-07',
  ],
  // Sat 31 Jan → 31 Feb does not exist → Sat 28 Feb → Sun 1 Mar → Mon 2 Mar; +3 months Thu 30 Apr.
  [
    '31 January, clamp then weekend',
    { received: '2026-01-31', country: 'FR', extended: true },
    '2026-03-02',
    '2026-04-30',
  ],
  // Mon 31 Aug → Wed 30 Sep (EDPB example 33 pattern).
  ['31 August → 30 September', { received: '2026-08-31', country: 'FR' }, '2026-09-30'],
  // Tue 31 Mar → Thu 30 Apr.
  ['31 March → 30 April', { received: '2026-03-31', country: 'FR' }, '2026-04-30'],
  // Mon 31 Jan 2028 → Tue 29 Feb 2028 (leap year).
  ['leap year 2028-01-31', { received: '2028-01-31', country: 'FR' }, '2028-02-29'],
  // Sun 31 Jan 2027 → Sun 28 Feb 2027 (no leap day) → Mon 1 Mar.
  ['31 January 2027, clamp on a Sunday', { received: '2027-01-31', country: 'FR' }, '2027-03-01'],
  // Tue 29 Feb 2028 → Wed 29 Mar 2028.
  ['received on a leap day', { received: '2028-02-29', country: 'FR' }, '2028-03-29'],
  // --- French public holidays ---
  // Wed 1 Apr → Fri 1 May (Fête du travail) → Sat, Sun → Mon 4 May.
  ['FR 1 May then weekend', { received: '2026-04-01', country: 'FR' }, '2026-05-04'],
  // Wed 8 Apr → Fri 8 May (Victoire 1945) → Sat, Sun → Mon 11 May.
  ['FR 8 May', { received: '2026-04-08', country: 'FR' }, '2026-05-11'],
  // Tue 14 Apr → Thu 14 May (Ascension) → Fri 15 May.
  ['FR Ascension', { received: '2026-04-14', country: 'FR' }, '2026-05-15'],
  // Mon 25 Apr → Mon 25 May (Whit Monday) → Tue 26 May.
  ['FR Whit Monday', { received: '2026-04-25', country: 'FR' }, '2026-05-26'],
  // Fri 6 Mar → Mon 6 Apr (Easter Monday) → Tue 7 Apr.
  ['FR Easter Monday', { received: '2026-03-06', country: 'FR' }, '2026-04-07'],
  // Sun 14 Jun → Tue 14 Jul (Fête nationale) → Wed 15 Jul.
  ['FR 14 July', { received: '2026-06-14', country: 'FR' }, '2026-07-15'],
  // Sat 15 Jul 2028 → Tue 15 Aug 2028 (Assomption) → Wed 16 Aug.
  ['FR 15 August', { received: '2028-07-15', country: 'FR' }, '2028-08-16'],
  // Fri 1 Oct 2027 → Mon 1 Nov 2027 (Toussaint) → Tue 2 Nov.
  ['FR 1 November', { received: '2027-10-01', country: 'FR' }, '2027-11-02'],
  // Sun 11 Oct → Wed 11 Nov (Armistice) → Thu 12 Nov.
  ['FR 11 November', { received: '2026-10-11', country: 'FR' }, '2026-11-12'],
  // --- German public holidays ---
  // Sun 3 Sep 2028 → Tue 3 Oct 2028 (Tag der Deutschen Einheit) → Wed 4 Oct.
  ['DE 3 October', { received: '2028-09-03', country: 'DE' }, '2028-10-04'],
  // Tue 3 Mar → Fri 3 Apr (Good Friday) → Sat, Sun, Mon 6 Apr (Easter Monday) → Tue 7 Apr.
  ['DE Good Friday to Easter Monday', { received: '2026-03-03', country: 'DE' }, '2026-04-07'],
  // Sun 28 Feb 2027 → Sun 28 Mar 2027 (Easter Sunday) → Mon 29 Mar (Easter Monday) → Tue 30 Mar.
  ['DE Easter 2027', { received: '2027-02-28', country: 'DE' }, '2027-03-30'],
  // Sun 6 Dec → Wed 6 Jan 2027: Epiphany is a holiday in Bavaria only → Thu 7 Jan in DE-BY.
  [
    'DE-BY Epiphany (regional)',
    { received: '2026-12-06', country: 'DE', subdivision: 'DE-BY' },
    '2027-01-07',
  ],
  [
    'DE national: Epiphany is a working day',
    { received: '2026-12-06', country: 'DE' },
    '2027-01-06',
  ],
  // Wed 4 Mar → Sat 4 Apr → Sun → Mon 6 Apr Easter Monday → Tue 7 Apr;
  // +3 months Thu 4 Jun 2026 (Corpus Christi, Bavaria) → Fri 5 Jun.
  [
    'DE-BY extension over Corpus Christi',
    { received: '2026-03-04', country: 'DE', subdivision: 'DE-BY', extended: true },
    '2026-04-07',
    '2026-06-05',
  ],
  // Mon 2 Mar → Thu 2 Apr, paused 10 days → Sun 12 Apr → Mon 13 Apr.
  [
    'ID pause of 10 days, then weekend',
    { received: '2026-03-02', country: 'FR', pausedDays: 10 },
    '2026-04-13',
  ],
  // --- UK GDPR (ICO) ---
  // Wed 25 Nov → Fri 25 Dec (Christmas) → Sat 26 (Boxing Day), Sun 27, Mon 28 (substitute) → Tue 29 Dec;
  // extension: three months from the start → Thu 25 Feb 2027.
  [
    'UK ICO Christmas',
    { law: 'uk-gdpr', received: '2026-11-25', country: 'GB', extended: true },
    '2026-12-29',
    '2027-02-25',
  ],
  // ICO example: received Wed 3 Sep 2025 → Fri 3 Oct 2025.
  ['UK ICO 3 September', { law: 'uk-gdpr', received: '2025-09-03', country: 'GB' }, '2025-10-03'],
  // ICO example: Tue 31 Mar → Thu 30 Apr.
  ['UK ICO 31 March', { law: 'uk-gdpr', received: '2026-03-31', country: 'GB' }, '2026-04-30'],
  // Fri 31 Jul → Mon 31 Aug (summer bank holiday, England) → Tue 1 Sep.
  [
    'UK England summer bank holiday',
    { law: 'uk-gdpr', received: '2026-07-31', country: 'GB', subdivision: 'GB-ENG' },
    '2026-09-01',
  ],
  // Fri 30 Oct → Mon 30 Nov (St Andrew's Day, Scotland) → Tue 1 Dec; in England Mon 30 Nov stands.
  [
    'UK Scotland St Andrew',
    { law: 'uk-gdpr', received: '2026-10-30', country: 'GB', subdivision: 'GB-SCT' },
    '2026-12-01',
  ],
  [
    'UK England, St Andrew is a working day',
    { law: 'uk-gdpr', received: '2026-10-30', country: 'GB', subdivision: 'GB-ENG' },
    '2026-11-30',
  ],
  // --- CCPA ---
  // Mon 2 Mar + 45 days → Thu 16 Apr; + 90 days → Sun 31 May → Mon 1 Jun.
  [
    'CCPA 45 days (+45)',
    { law: 'ccpa', right: 'access', received: '2026-03-02', country: 'US', extended: true },
    '2026-04-16',
    '2026-06-01',
  ],
  // Mon 2 Mar + 15 business days: 3-6, 9-13, 16-20 (14), Mon 23 Mar (15).
  [
    'CCPA opt-out 15 business days',
    { law: 'ccpa', right: 'opt-out-sale', received: '2026-03-02', country: 'US' },
    '2026-03-23',
  ],
  // Mon 16 Mar + 15 business days; Tue 31 Mar is César Chávez Day in California:
  // 17-20 (4), 23-27 (9), 30 (10), 1-3 Apr (13), Mon 6 (14), Tue 7 Apr (15).
  [
    'CCPA limit SPI over a California holiday',
    {
      law: 'ccpa',
      right: 'limit-sensitive',
      received: '2026-03-16',
      country: 'US',
      subdivision: 'US-CA',
    },
    '2026-04-07',
  ],
  // Without the state: 31 Mar counts → Mon 6 Apr is day 15.
  [
    'CCPA limit SPI, federal holidays only',
    { law: 'ccpa', right: 'limit-sensitive', received: '2026-03-16', country: 'US' },
    '2026-04-06',
  ],
  // --- LGPD, revFADP, PIPEDA ---
  // Mon 6 Apr + 15 days → Tue 21 Apr (Tiradentes) → Wed 22 Apr (not a small agent).
  [
    'LGPD 15 days over Tiradentes',
    { law: 'lgpd', received: '2026-04-06', country: 'BR', smallAgent: false },
    '2026-04-22',
  ],
  // Thu 2 Jul + 30 days → Sat 1 Aug (Swiss National Day) → Sun → Mon 3 Aug.
  ['revFADP 30 days', { law: 'revfadp', received: '2026-07-02', country: 'CH' }, '2026-08-03'],
  // Mon 1 Jun + 30 → Wed 1 Jul (Canada Day) → Thu 2 Jul; +60 → Fri 31 Jul.
  [
    'PIPEDA 30 days (+30) over Canada Day',
    { law: 'pipeda', received: '2026-06-01', country: 'CA', extended: true },
    '2026-07-02',
    '2026-07-31',
  ],
  // Thu 3 Sep + 30 → Sat 3 Oct: Saturday is not a holiday under the Interpretation Act s. 35.
  [
    'PIPEDA Saturday stands',
    { law: 'pipeda', received: '2026-09-03', country: 'CA' },
    '2026-10-03',
  ],
  // Fri 4 Sep + 30 → Sun 4 Oct → Mon 5 Oct.
  ['PIPEDA Sunday rolls', { law: 'pipeda', received: '2026-09-04', country: 'CA' }, '2026-10-05'],
  // Beyond the bundled years only weekends count: Sat 2 Mar 2041 → Tue 2 Apr 2041.
  ['no holiday data after 2040', { received: '2041-03-02', country: 'FR' }, '2041-04-02'],
];

describe('computeDeadline: worked examples', () => {
  it.each(CASES)('%s', (_label, input, due, extendedDue) => {
    const result = computeDeadline({ law: 'gdpr', right: 'access', ...input });
    expect(result.due).toBe(due);
    expect(result.extendedDue).toBe(extendedDue);
  });
});

describe('computeDeadline: acknowledgement (11 CCR §7021(a))', () => {
  it.each([
    // Mon 2 Mar + 10 business days: 3-6, 9-13 (9), Mon 16 Mar (10).
    ['2026-03-02', '2026-03-16'],
    // Mon 18 May + 10: 19-22 (4), Mon 25 Memorial Day skipped, 26-29 (8), 1 Jun (9), Tue 2 Jun (10).
    ['2026-05-18', '2026-06-02'],
  ])('received %s → acknowledge by %s', (received, acknowledgeBy) => {
    const result = computeDeadline({ law: 'ccpa', right: 'erasure', received, country: 'US' });
    expect(result.acknowledgeBy).toBe(acknowledgeBy);
  });

  it('has no acknowledgement deadline under the GDPR', () => {
    const result = computeDeadline({
      law: 'gdpr',
      right: 'access',
      received: '2026-03-02',
      country: 'FR',
    });
    expect(result.acknowledgeBy).toBeUndefined();
  });
});

describe('computeDeadline: explanations', () => {
  it('explains clamp, weekend and holiday roll-overs in order', () => {
    const result = computeDeadline({
      law: 'gdpr',
      right: 'access',
      received: '2026-03-05',
      country: 'DE',
      subdivision: 'DE-BY',
    });
    expect(result.steps.map((s) => s.key)).toEqual([
      'added-months',
      'rolled-over-weekend',
      'rolled-over-holiday',
    ]);
    expect(result.steps[2]?.params).toMatchObject({
      date: '2026-04-06',
      name: 'Easter Monday',
      localName: 'Ostermontag',
    });
    expect(result.rule).toBe('gdpr-art-12-3');
    expect(result.citation).toContain('Art. 12(3)');
  });

  it('names the month-end clamp', () => {
    const result = computeDeadline({
      law: 'gdpr',
      right: 'erasure',
      received: '2026-08-31',
      country: 'FR',
    });
    expect(result.steps).toContainEqual({
      key: 'month-end-clamp',
      applies: 'due',
      params: { day: 31, date: '2026-09-30' },
    });
  });

  it('shows the earlier, chained reading of the GDPR extension next to the one we use', () => {
    // 31 Jan → 28 Feb (unrolled) + 2 months → Tue 28 Apr, earlier than Thu 30 Apr.
    const result = computeDeadline({
      law: 'gdpr',
      right: 'access',
      received: '2026-01-31',
      country: 'FR',
      extended: true,
    });
    expect(result.readings).toContainEqual({
      key: 'extension-from-receipt',
      params: { alternative: '2026-04-28' },
    });
  });

  it('ignores a pause where verification never stops the clock (CCPA §7021(b))', () => {
    const result = computeDeadline({
      law: 'ccpa',
      right: 'access',
      received: '2026-03-02',
      country: 'US',
      pausedDays: 10,
    });
    expect(result.due).toBe('2026-04-16');
  });

  it('flags a right with no statutory period of its own', () => {
    const result = computeDeadline({
      law: 'lgpd',
      right: 'erasure',
      received: '2026-04-06',
      country: 'BR',
    });
    expect(result.readings.map((r) => r.key)).toContain('reference-period');
  });

  it('leaves the extended date to the controller under the revFADP (DPO Art. 18(2))', () => {
    const result = computeDeadline({
      law: 'revfadp',
      right: 'access',
      received: '2026-07-02',
      country: 'CH',
      extended: true,
    });
    expect(result.extendedDue).toBeUndefined();
    expect(result.extensionSetByController).toBe(true);
  });

  it('says when holidays are unknown', () => {
    const result = computeDeadline({
      law: 'gdpr',
      right: 'access',
      received: '2041-03-02',
      country: 'FR',
    });
    expect(result.steps.map((s) => s.key)).toContain('no-holiday-data');
  });
});
