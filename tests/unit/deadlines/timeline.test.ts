import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../lib/deadlines/timeline';
import type { RequestEvent } from '../../../lib/deadlines/schema';
import { frenchRequest } from '../../fixtures/deadlines/requests';

// Sent Mon 2 Mar 2026 under the GDPR, controller in France: due Thu 2 Apr 2026;
// extended: 2 Jun 2026 (Tue). Weekdays checked on a calendar.
const ev = (type: RequestEvent['type'], date: string, id = `${type}-${date}`): RequestEvent =>
  type === 'escalated' ? { id, type, date, to: 'controller' } : { id, type, date };

describe('deriveState: status', () => {
  it.each([
    ['sent, before the deadline', [], '2026-03-10', 'sent', '2026-04-02', 23],
    [
      'acknowledged',
      [ev('acknowledged', '2026-03-03')],
      '2026-03-10',
      'acknowledged',
      '2026-04-02',
      23,
    ],
    ['due today is not overdue', [], '2026-04-02', 'sent', '2026-04-02', 0],
    ['overdue the day after', [], '2026-04-03', 'overdue', '2026-04-02', -1],
    [
      'extended in time moves the due date',
      [ev('extended', '2026-03-20')],
      '2026-04-10',
      'extended',
      '2026-06-02',
      53,
    ],
    [
      'extended and past the extended date',
      [ev('extended', '2026-03-20')],
      '2026-06-03',
      'overdue',
      '2026-06-02',
      -1,
    ],
    ['answered', [ev('answered', '2026-03-25')], '2026-05-01', 'answered', '2026-04-02', -29],
    [
      'escalated after the deadline',
      [ev('escalated', '2026-04-10')],
      '2026-04-11',
      'escalated',
      '2026-04-02',
      -9,
    ],
    [
      'answered after escalation',
      [ev('escalated', '2026-04-10'), ev('answered', '2026-04-20')],
      '2026-04-21',
      'answered',
      '2026-04-02',
      -19,
    ],
    [
      'closed wins',
      [ev('answered', '2026-03-25'), ev('closed', '2026-03-26')],
      '2026-03-27',
      'closed',
      '2026-04-02',
      6,
    ],
  ] as const)('%s', (_label, events, today, status, due, daysLeft) => {
    const state = deriveState(frenchRequest([...events]), today);
    expect(state.status).toBe(status);
    expect(state.due).toBe(due);
    expect(state.daysLeft).toBe(daysLeft);
  });

  it('orders events by date, not by the order recorded', () => {
    const events = [ev('answered', '2026-04-20'), ev('escalated', '2026-04-10')];
    expect(deriveState(frenchRequest(events), '2026-04-21').status).toBe('answered');
  });
});

describe('deriveState: ID pause (EDPB GL 01/2022 §159, protective reading)', () => {
  it('moves the deadline by the days between the ID request and the answer', () => {
    // Asked Thu 5 Mar, answered Sun 15 Mar: 10 days. Thu 2 Apr + 10 → Sun 12 Apr → Mon 13 Apr.
    const state = deriveState(
      frenchRequest([ev('id-requested', '2026-03-05'), ev('id-provided', '2026-03-15')]),
      '2026-03-20',
    );
    expect(state.pausedDays).toBe(10);
    expect(state.due).toBe('2026-04-13');
    expect(state.explanations[0]).toMatchObject({ key: 'id-pause-applied', params: { days: 10 } });
  });

  it('keeps pausing while the user has not answered', () => {
    // Asked Thu 5 Mar, today Tue 10 Mar: 5 days so far. Thu 2 Apr + 5 → Tue 7 Apr.
    const state = deriveState(frenchRequest([ev('id-requested', '2026-03-05')]), '2026-03-10');
    expect(state.pausedDays).toBe(5);
    expect(state.due).toBe('2026-04-07');
    expect(state.explanations[0]?.key).toBe('id-pause-ongoing');
  });

  it('does not pause when the controller asked late (more than 14 days after receipt)', () => {
    // Asked Fri 20 Mar, 18 days after Mon 2 Mar.
    const state = deriveState(
      frenchRequest([ev('id-requested', '2026-03-20'), ev('id-provided', '2026-03-25')]),
      '2026-03-26',
    );
    expect(state.pausedDays).toBe(0);
    expect(state.due).toBe('2026-04-02');
    expect(state.explanations[0]).toMatchObject({ key: 'id-request-late', params: { delay: 18 } });
  });

  it('never pauses a CCPA request (11 CCR §7021(b))', () => {
    const request = frenchRequest(
      [ev('id-requested', '2026-03-03'), ev('id-provided', '2026-03-13')],
      {
        law: 'ccpa',
        right: 'access',
        country: 'US',
      },
    );
    const state = deriveState(request, '2026-03-14');
    expect(state.due).toBe('2026-04-16');
    expect(state.explanations[0]?.key).toBe('id-pause-not-in-law');
  });
});

describe('deriveState: extensions', () => {
  it('ignores an extension notified after the first deadline (GDPR Art. 12(3))', () => {
    const state = deriveState(frenchRequest([ev('extended', '2026-04-05')]), '2026-04-06');
    expect(state.status).toBe('overdue');
    expect(state.due).toBe('2026-04-02');
    expect(state.explanations[0]?.key).toBe('extension-late');
  });

  it('has no extension for a CCPA opt-out', () => {
    const request = frenchRequest([ev('extended', '2026-03-05')], {
      law: 'ccpa',
      right: 'opt-out-sale',
      country: 'US',
    });
    const state = deriveState(request, '2026-03-06');
    expect(state.due).toBe('2026-03-23');
    expect(state.explanations[0]?.key).toBe('extension-not-in-law');
  });

  it('uses the date the controller announced under the revFADP', () => {
    // Mon 2 Mar + 30 days → Wed 1 Apr; announced 30 Apr.
    const extended: RequestEvent = {
      id: 'x',
      type: 'extended',
      date: '2026-03-20',
      until: '2026-04-30',
    };
    const state = deriveState(
      frenchRequest([extended], { law: 'revfadp', country: 'CH' }),
      '2026-04-10',
    );
    expect(state.originalDue).toBe('2026-04-01');
    expect(state.due).toBe('2026-04-30');
    expect(state.status).toBe('extended');
  });

  it('gives the CCPA acknowledgement date', () => {
    const state = deriveState(
      frenchRequest([], { law: 'ccpa', right: 'erasure', country: 'US' }),
      '2026-03-03',
    );
    expect(state.acknowledgeBy).toBe('2026-03-16');
  });
});
