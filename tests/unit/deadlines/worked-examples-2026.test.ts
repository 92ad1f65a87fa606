import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../lib/deadlines/compute-deadline';
import type { DeadlineInput } from '../../../lib/deadlines/compute-deadline';
import type { RequestEvent } from '../../../lib/deadlines/schema';
import { deriveState } from '../../../lib/deadlines/timeline';
import { frenchRequest } from '../../fixtures/deadlines/requests';

/**
 * Issue 13's worked examples. Every date was counted by hand on a calendar (weekday in the
 * comment), then the rule and its source are named. 2026: 1 Jan is a Thursday; Easter Sunday
 * 5 Apr 2026, 28 Mar 2027.
 */
type Case = [
  label: string,
  input: Partial<DeadlineInput> & Pick<DeadlineInput, 'received' | 'country'>,
  due: string,
];

const HOLIDAYS: Case[] = [
  // --- UK nations' bank holidays (ICO: a bank holiday moves the date to the next working day) ---
  // No nation recorded → England & Wales: Fri 31 Jul → Mon 31 Aug (summer bank holiday) → Tue 1 Sep.
  [
    'GB default England & Wales, summer bank holiday',
    { law: 'uk-gdpr', received: '2026-07-31', country: 'GB' },
    '2026-09-01',
  ],
  // Scotland's summer bank holiday is the first Monday of August, not the last: Mon 31 Aug stands.
  [
    'GB-SCT 31 August is a working day',
    { law: 'uk-gdpr', received: '2026-07-31', country: 'GB', subdivision: 'GB-SCT' },
    '2026-08-31',
  ],
  // Fri 3 Jul → Mon 3 Aug (Scottish summer bank holiday) → Tue 4 Aug.
  [
    'GB-SCT first Monday of August',
    { law: 'uk-gdpr', received: '2026-07-03', country: 'GB', subdivision: 'GB-SCT' },
    '2026-08-04',
  ],
  // Fri 30 Oct → Mon 30 Nov (St Andrew's Day, Scotland) → Tue 1 Dec.
  [
    'GB-SCT St Andrew’s Day',
    { law: 'uk-gdpr', received: '2026-10-30', country: 'GB', subdivision: 'GB-SCT' },
    '2026-12-01',
  ],
  // Tue 17 Feb → Tue 17 Mar (St Patrick's Day, Northern Ireland) → Wed 18 Mar.
  [
    'GB-NIR St Patrick’s Day',
    { law: 'uk-gdpr', received: '2026-02-17', country: 'GB', subdivision: 'GB-NIR' },
    '2026-03-18',
  ],
  // Fri 12 Jun → Sun 12 Jul (Battle of the Boyne) → Mon 13 Jul (its substitute day) → Tue 14 Jul.
  [
    'GB-NIR Twelfth of July and substitute',
    { law: 'uk-gdpr', received: '2026-06-12', country: 'GB', subdivision: 'GB-NIR' },
    '2026-07-14',
  ],
  // --- German Land holidays (Reg. 1182/71 Art. 3(4) with the controller's Land) ---
  // Mon 4 May → Thu 4 Jun (Fronleichnam in Bavaria) → Fri 5 Jun.
  [
    'DE-BY Corpus Christi',
    { received: '2026-05-04', country: 'DE', subdivision: 'DE-BY' },
    '2026-06-05',
  ],
  // Sun 18 Oct → Wed 18 Nov (Buß- und Bettag, Saxony only) → Thu 19 Nov.
  [
    'DE-SN Day of Prayer and Repentance',
    { received: '2026-10-18', country: 'DE', subdivision: 'DE-SN' },
    '2026-11-19',
  ],
  // Mon 8 Feb 2027 → Mon 8 Mar 2027 (Internationaler Frauentag, Berlin) → Tue 9 Mar.
  [
    'DE-BE Women’s Day',
    { received: '2027-02-08', country: 'DE', subdivision: 'DE-BE' },
    '2027-03-09',
  ],
  // Fri 20 Aug 2027 → Mon 20 Sep 2027 (Weltkindertag, Thuringia) → Tue 21 Sep.
  [
    'DE-TH Children’s Day',
    { received: '2027-08-20', country: 'DE', subdivision: 'DE-TH' },
    '2027-09-21',
  ],
  // Fri 1 Oct 2027 → Mon 1 Nov 2027 (Allerheiligen, North Rhine-Westphalia) → Tue 2 Nov.
  [
    'DE-NW All Saints’',
    { received: '2027-10-01', country: 'DE', subdivision: 'DE-NW' },
    '2027-11-02',
  ],
  // --- Irish public holidays ---
  // Fri 2 Jan → Mon 2 Feb (St Brigid's Day, first Monday of February) → Tue 3 Feb.
  ['IE St Brigid’s Day', { received: '2026-01-02', country: 'IE' }, '2026-02-03'],
  // Sat 26 Sep → Mon 26 Oct (October bank holiday, last Monday) → Tue 27 Oct.
  ['IE October bank holiday', { received: '2026-09-26', country: 'IE' }, '2026-10-27'],
  // Tue 17 Feb → Tue 17 Mar (St Patrick's Day) → Wed 18 Mar.
  ['IE St Patrick’s Day', { received: '2026-02-17', country: 'IE' }, '2026-03-18'],
  // --- Canada: PIPEDA s. 8(3) 30 days; Interpretation Act ss. 26, 35(1) holidays ---
  // Sat 18 Apr + 30 → Mon 18 May (Victoria Day: the Monday before 25 May) → Tue 19 May.
  ['CA Victoria Day', { law: 'pipeda', received: '2026-04-18', country: 'CA' }, '2026-05-19'],
  // Sat 7 Mar + 30 → Mon 6 Apr (Easter Monday) → Tue 7 Apr.
  ['CA Easter Monday', { law: 'pipeda', received: '2026-03-07', country: 'CA' }, '2026-04-07'],
  // Mon 31 Aug + 30 → Wed 30 Sep (National Day for Truth and Reconciliation) → Thu 1 Oct.
  [
    'CA Truth and Reconciliation',
    { law: 'pipeda', received: '2026-08-31', country: 'CA' },
    '2026-10-01',
  ],
  // Sat 12 Sep + 30 → Mon 12 Oct (Thanksgiving, second Monday of October) → Tue 13 Oct.
  ['CA Thanksgiving', { law: 'pipeda', received: '2026-09-12', country: 'CA' }, '2026-10-13'],
  // Mon 12 Oct + 30 → Wed 11 Nov (Remembrance Day) → Thu 12 Nov.
  ['CA Remembrance Day', { law: 'pipeda', received: '2026-10-12', country: 'CA' }, '2026-11-12'],
  // Sat 1 Jul 2028 is Canada Day on a Saturday: Sat 1 Jun + 30 → Sat 1 Jul → Sun 2 Jul → Mon 3 Jul?
  // s. 35(2) makes the Monday a holiday only for a Sunday; Mon 3 Jul stands.
  [
    'CA Canada Day on a Saturday',
    { law: 'pipeda', received: '2028-06-01', country: 'CA' },
    '2028-07-03',
  ],
  // --- LGPD small processing agents: double time (Res. CD/ANPD 2/2022 art. 14) ---
  // Wed 1 Apr + 30 → Fri 1 May (Labour Day) → Sat, Sun → Mon 4 May.
  [
    'LGPD small agent, 30 days',
    { law: 'lgpd', received: '2026-04-01', country: 'BR', smallAgent: true },
    '2026-05-04',
  ],
  // Not a small agent: Wed 1 Apr + 15 → Thu 16 Apr.
  [
    'LGPD not a small agent, 15 days',
    { law: 'lgpd', received: '2026-04-01', country: 'BR', smallAgent: false },
    '2026-04-16',
  ],
];

describe('worked examples (issue 13): holidays and small agents', () => {
  it.each(HOLIDAYS)('%s', (_label, input, due) => {
    expect(computeDeadline({ law: 'gdpr', right: 'access', ...input }).due).toBe(due);
  });

  it('LGPD with the agent size unknown takes the doubled date and gives the other', () => {
    // Wed 1 Apr: doubled → Mon 4 May (as above); the 15-day reading → Thu 16 Apr.
    const result = computeDeadline({
      law: 'lgpd',
      right: 'access',
      received: '2026-04-01',
      country: 'BR',
    });
    expect(result.due).toBe('2026-05-04');
    expect(result.readings).toContainEqual({
      key: 'small-agent-assumed',
      params: { alternative: '2026-04-16' },
    });
  });
});

const uk = (events: RequestEvent[]) =>
  frenchRequest(events, { law: 'uk-gdpr', country: 'GB', language: 'en', sentDate: '2026-03-02' });
const ev = (type: RequestEvent['type'], date: string): RequestEvent =>
  ({ id: `${type}-${date}`, type, date }) as RequestEvent;

describe('worked examples (issue 13): UK GDPR Art. 12A', () => {
  // Received Mon 2 Mar 2026. Art. 12A: the month runs from the latest of receipt of the request
  // and of the ID asked for — a restart, with no promptness condition.
  it('ID asked 20 Mar, supplied 25 Mar → 25 Apr (Sat) → Mon 27 Apr; not overdue on 10 Apr', () => {
    const state = deriveState(
      uk([ev('id-requested', '2026-03-20'), ev('id-provided', '2026-03-25')]),
      '2026-04-10',
    );
    expect(state.due).toBe('2026-04-27');
    expect(state.status).not.toBe('overdue');
  });

  it('ID asked 3 Mar, supplied Wed 11 Mar → restart: Sat 11 Apr → Mon 13 Apr (a pause gave Fri 10 Apr)', () => {
    const state = deriveState(
      uk([ev('id-requested', '2026-03-03'), ev('id-provided', '2026-03-11')]),
      '2026-03-20',
    );
    expect(state.due).toBe('2026-04-13');
  });

  it('ID still awaited on 30 Mar: the month has not started — at the earliest Thu 30 Apr', () => {
    const state = deriveState(uk([ev('id-requested', '2026-03-20')]), '2026-03-30');
    expect(state.due).toBe('2026-04-30');
  });

  it('clarification asked 10 Mar, given 20 Mar: the clock stops 10 days → 12 Apr (Sun) → Mon 13 Apr', () => {
    const state = deriveState(
      uk([ev('clarification-requested', '2026-03-10'), ev('clarification-provided', '2026-03-20')]),
      '2026-03-25',
    );
    expect(state.due).toBe('2026-04-13');
    expect(state.pausedDays).toBe(10);
  });

  it('GDPR keeps the EDPB pause: ID asked late (day 18) does not stop the clock → Thu 2 Apr', () => {
    const state = deriveState(
      frenchRequest([ev('id-requested', '2026-03-20'), ev('id-provided', '2026-03-25')]),
      '2026-04-10',
    );
    expect(state.due).toBe('2026-04-02');
    expect(state.status).toBe('overdue');
  });
});
