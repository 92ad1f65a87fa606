import { describe, expect, it } from 'vitest';
import {
  durationParam,
  renderMessage,
  summarize,
  translateFrom,
} from '../../../lib/policy-analysis/summarize';
import type { Attributes, Flag } from '../../../lib/policy-analysis/schema';
import { emptyAttributes, ev } from './extract/support';

const messages = {
  summary_item_retention_max: { message: 'Keeps $2 for at most $1.' },
  summary_unit_M_other: { message: '$1 months' },
  summary_unit_Y_one: { message: '$1 year' },
  summary_dt_billing: { message: 'billing data' },
  summary_dt_name: { message: 'name' },
};
const en = translateFrom(messages);

describe('renderMessage', () => {
  it('fills nested messages and lists', () => {
    const text = renderMessage(
      'summary_item_retention_max',
      [
        durationParam('P14M'),
        {
          kind: 'list',
          items: [
            { kind: 'message', key: 'summary_dt_billing', params: [] },
            { kind: 'message', key: 'summary_dt_name', params: [] },
          ],
        },
      ],
      en,
    );
    expect(text).toBe('Keeps billing data, name for at most 14 months.');
  });

  it('shows the key of a missing message, so a gap is visible', () => {
    expect(renderMessage('summary_unknown', [], en)).toBe('summary_unknown');
  });

  it.each([
    ['P14M', 'summary_unit_M_other', '14'],
    ['P1Y', 'summary_unit_Y_one', '1'],
    ['P30D', 'summary_unit_D_other', '30'],
  ])('durationParam(%s) → %s', (duration, key, count) => {
    expect(durationParam(duration)).toEqual({
      kind: 'message',
      key,
      params: [{ kind: 'text', text: count }],
    });
  });
});

describe('summarize', () => {
  const full: Attributes = {
    ...emptyAttributes(),
    dataTypes: [
      { value: 'contactDetails', evidence: [ev(1)] },
      { value: 'childrenData', evidence: [ev(2)] },
    ],
    purposes: [{ value: 'marketing', evidence: [ev(3)] }],
    recipients: [
      { kind: 'partners', evidence: [ev(4)] },
      { kind: 'named', name: 'Stripe', evidence: [ev(5)] },
    ],
    retention: [{ duration: 'P14M', bound: 'max', dataTypes: ['billing'], evidence: [ev(6)] }],
    rights: [{ value: 'access', evidence: [ev(7)] }],
    children: { ageThresholds: [{ value: 16, evidence: [ev(8)] }], mentions: [ev(8)] },
    lastUpdated: { date: '2018-07-24', precision: 'day', evidence: [ev(9)] },
    dpo: { mentions: [ev(10)], name: { value: 'Jane Roe', evidence: [ev(10)] }, contacts: [] },
    security: [{ value: 'https', evidence: [ev(11)] }],
  };
  const flags: Flag[] = [
    {
      id: 'partnerMarketing',
      key: 'summary_flag_partnerMarketing',
      params: [],
      evidence: [ev(12)],
    },
    { id: 'oldPolicy', key: 'summary_flag_oldPolicy', params: [], evidence: [ev(9)] },
  ];

  it('keeps the eight most important items, in order, each with evidence', () => {
    const items = summarize(full, flags);
    expect(items.map((i) => i.id)).toEqual([
      'collects',
      'purposes',
      'partner_marketing',
      'shares',
      'retention_max',
      'rights',
      'children_age',
      'last_updated',
    ]);
    expect(items.every((i) => i.evidence.length > 0)).toBe(true);
    expect(items.find((i) => i.id === 'last_updated')?.tone).toBe('warning');
  });

  it('keeps children’s data out of the "collects" list and names companies as they are written', () => {
    const items = summarize(full, flags);
    expect(items[0]?.params).toEqual([
      { kind: 'list', items: [{ kind: 'message', key: 'summary_dt_contactDetails', params: [] }] },
    ]);
    expect(items.find((i) => i.id === 'shares')?.params).toEqual([
      {
        kind: 'list',
        items: [
          { kind: 'message', key: 'summary_rc_partners', params: [] },
          { kind: 'text', text: 'Stripe' },
        ],
      },
    ]);
  });

  it('shows the passages behind a vague retention, from the flag', () => {
    const vague: Flag = { id: 'retentionVague', key: 'k', params: [], evidence: [ev(3)] };
    const items = summarize(emptyAttributes(), [vague]);
    expect(items[0]).toEqual(expect.objectContaining({ id: 'retention_vague', evidence: [ev(3)] }));
  });

  it('lists sensitive data first', () => {
    const a: Attributes = {
      ...emptyAttributes(),
      dataTypes: [
        { value: 'name', evidence: [ev(1)] },
        { value: 'health', evidence: [ev(2)] },
      ],
    };
    const [collects] = summarize(a, []);
    const list = collects?.params[0];
    expect(list?.kind === 'list' && list.items.map((i) => i.kind === 'message' && i.key)).toEqual([
      'summary_dt_health',
      'summary_dt_name',
    ]);
  });

  it('does not list a complaint twice when the policy names the one to an authority', () => {
    const rightsOf = (values: string[]) => {
      const a: Attributes = {
        ...emptyAttributes(),
        rights: values.map((value, i) => ({
          value,
          evidence: [ev(i + 1)],
        })) as Attributes['rights'],
      };
      const rights = summarize(a, []).find((i) => i.id === 'rights');
      const list = rights?.params[1];
      return {
        count: rights?.params[0],
        keys: list?.kind === 'list' ? list.items.map((i) => i.kind === 'message' && i.key) : [],
      };
    };
    expect(rightsOf(['access', 'complaint', 'complaintToAuthority'])).toEqual({
      count: { kind: 'text', text: '2' },
      keys: ['summary_right_access', 'summary_right_complaintToAuthority'],
    });
    // A complaint alone (to the company, or unsaid to whom) is still listed.
    expect(rightsOf(['access', 'complaint']).keys).toEqual([
      'summary_right_access',
      'summary_right_complaint',
    ]);
  });

  it('warns when no period and no rights are given', () => {
    const retentionMissing: Flag = { id: 'retentionMissing', key: 'k', params: [], evidence: [] };
    const items = summarize(emptyAttributes(), [retentionMissing]);
    expect(items.map((i) => [i.id, i.tone])).toEqual([
      ['retention_none', 'warning'],
      ['rights_none', 'warning'],
    ]);
  });
});
