import { describe, expect, it } from 'vitest';
import { overdueCount, planReminders } from '../../../lib/deadlines/plan-reminders';
import { frenchRequest } from '../../fixtures/deadlines/requests';

// frenchRequest: sent Mon 2 Mar 2026, GDPR, due Thu 2 Apr 2026.
const open = frenchRequest();
const answered = frenchRequest([{ id: 'a', type: 'answered', date: '2026-03-20' }], {
  id: 'req-answered',
});
const later = frenchRequest([], { id: 'req-later', sentDate: '2026-03-31' }); // due Thu 30 Apr

describe('planReminders', () => {
  it('plans three days before, on the day and the day after', () => {
    expect(planReminders([open], '2026-03-10')).toEqual([
      { requestId: 'req-fr-1', kind: 'soon', date: '2026-03-30' },
      { requestId: 'req-fr-1', kind: 'due-today', date: '2026-04-02' },
      { requestId: 'req-fr-1', kind: 'overdue', date: '2026-04-03' },
    ]);
  });

  it('drops past reminders but keeps the overdue one', () => {
    expect(planReminders([open], '2026-04-10')).toEqual([
      { requestId: 'req-fr-1', kind: 'overdue', date: '2026-04-03' },
    ]);
  });

  it('keeps reminders dated today', () => {
    expect(planReminders([open], '2026-04-02').map((r) => r.kind)).toEqual([
      'due-today',
      'overdue',
    ]);
  });

  it('has nothing for answered requests, and sorts by date', () => {
    const plan = planReminders([later, answered, open], '2026-03-10');
    expect(plan.map((r) => `${r.requestId} ${r.date}`)).toEqual([
      'req-fr-1 2026-03-30',
      'req-fr-1 2026-04-02',
      'req-fr-1 2026-04-03',
      'req-later 2026-04-27',
      'req-later 2026-04-30',
      'req-later 2026-05-01',
    ]);
  });

  it('follows the due date when the controller extends', () => {
    // Extended on 20 Mar: 2 Mar + 3 months = Tue 2 Jun 2026.
    const extended = frenchRequest([{ id: 'x', type: 'extended', date: '2026-03-20' }]);
    expect(planReminders([extended], '2026-03-21').map((r) => r.date)).toEqual([
      '2026-05-30',
      '2026-06-02',
      '2026-06-03',
    ]);
  });
});

describe('overdueCount', () => {
  it.each([
    ['2026-04-02', 0],
    ['2026-04-03', 1],
    ['2026-05-01', 2],
  ])('on %s → %i', (today, count) => {
    expect(overdueCount([open, answered, later], today)).toBe(count);
  });
});
