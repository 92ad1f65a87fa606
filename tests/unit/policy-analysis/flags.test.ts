import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/policy-analysis/checklist';
import { findFlags, yearsBetween } from '../../../lib/policy-analysis/flags';
import type { Attributes, Right } from '../../../lib/policy-analysis/schema';
import { emptyAttributes, ev } from './extract/support';

const TODAY = '2026-11-26';
const ALL_RIGHTS: Right[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdrawConsent',
  'complaintToAuthority',
];

/** A policy that deserves no flag; each case spoils one thing. */
function clean(): Attributes {
  return {
    ...emptyAttributes(),
    retention: [{ duration: 'P2Y', bound: 'max', dataTypes: [], evidence: [ev(1)] }],
    rights: ALL_RIGHTS.map((value, i) => ({ value, evidence: [ev(10 + i)] })),
    dpo: { mentions: [ev(2)], contacts: [{ value: 'dpo@example.com', evidence: [ev(2)] }] },
    lastUpdated: { date: '2025-06-01', precision: 'day', evidence: [ev(3)] },
  };
}

const ids = (a: Attributes, today = TODAY) =>
  findFlags(a, buildChecklist(a, []), today).map((f) => f.id);

describe('findFlags', () => {
  it('flags nothing on a clean policy', () => {
    expect(ids(clean())).toEqual([]);
  });

  it.each<[string, (a: Attributes) => Attributes, string]>([
    ['no retention', (a) => ({ ...a, retention: [] }), 'retentionMissing'],
    [
      'only "as long as necessary"',
      (a) => ({ ...a, retention: [{ bound: 'unspecified', dataTypes: [], evidence: [ev(1)] }] }),
      'retentionVague',
    ],
    ['partners’ marketing', (a) => ({ ...a, partnerMarketing: [ev(4)] }), 'partnerMarketing'],
    [
      'partner offers as a purpose',
      (a) => ({ ...a, purposes: [{ value: 'partnerOffers', evidence: [ev(4)] }] }),
      'partnerMarketing',
    ],
    [
      'a partners list promised, none named',
      (a) => ({ ...a, partnersListPromised: [ev(5)] }),
      'partnersListNotGiven',
    ],
    [
      'a DPO without contact',
      (a) => ({ ...a, dpo: { mentions: [ev(2)], contacts: [] } }),
      'noDpoContact',
    ],
    ['a right missing', (a) => ({ ...a, rights: a.rights.slice(1) }), 'rightsMissing'],
    [
      'an authority section, none named',
      (a) => ({ ...a, authority: { mentions: [ev(6)], sections: [ev(6)], named: [] } }),
      'authorityNotNamed',
    ],
    [
      'a policy last updated more than two years ago',
      (a) => ({ ...a, lastUpdated: { date: '2024-11-25', precision: 'day', evidence: [ev(3)] } }),
      'oldPolicy',
    ],
  ])('%s → %s', (_, spoil, flag) => {
    expect(ids(spoil(clean()))).toEqual([flag]);
  });

  it.each<[string, (a: Attributes) => Attributes]>([
    [
      'a partners list with a company named',
      (a) => ({
        ...a,
        partnersListPromised: [ev(5)],
        recipients: [{ kind: 'named', name: 'Stripe', evidence: [ev(7)] }],
      }),
    ],
    [
      'a right to complain to "a supervisory authority" outside any such section',
      (a) => ({ ...a, authority: { mentions: [ev(6)], sections: [], named: [] } }),
    ],
    [
      'an authority named',
      (a) => ({
        ...a,
        authority: {
          mentions: [ev(6)],
          sections: [ev(6)],
          named: [{ value: 'CNIL', evidence: [ev(6)] }],
        },
      }),
    ],
    [
      'a policy exactly two years old',
      (a) => ({ ...a, lastUpdated: { date: '2024-11-26', precision: 'day', evidence: [ev(3)] } }),
    ],
  ])('no flag for %s', (_, change) => {
    expect(ids(change(clean()))).toEqual([]);
  });

  it('names the missing rights and the age of an old policy', () => {
    const a = {
      ...clean(),
      rights: [],
      lastUpdated: { date: '2018-07-24', precision: 'day' as const, evidence: [ev(3)] },
    };
    const flags = findFlags(a, buildChecklist(a, []), TODAY);
    const rights = flags.find((f) => f.id === 'rightsMissing');
    const list = rights?.params[0];
    expect(list?.kind === 'list' && list.items.map((i) => i.kind === 'message' && i.key)).toEqual([
      'summary_check_rightAccess',
      'summary_check_rightRectification',
      'summary_check_rightErasure',
      'summary_check_rightRestriction',
      'summary_check_rightObjection',
      'summary_check_rightPortability',
      'summary_check_rightWithdrawConsent',
      'summary_check_rightComplaint',
    ]);
    expect(flags.find((f) => f.id === 'oldPolicy')?.params).toEqual([
      { kind: 'text', text: '2018-07-24' },
      { kind: 'text', text: '8' },
    ]);
  });
});

describe('yearsBetween', () => {
  it.each([
    ['2018-07-24', '2026-11-26', 8],
    ['2018-11-27', '2026-11-26', 7],
    ['2024-11-26', '2026-11-26', 2],
    ['2026-01-01', '2026-11-26', 0],
  ])('%s → %s: %i', (from, to, years) => {
    expect(yearsBetween(from, to)).toBe(years);
  });
});
