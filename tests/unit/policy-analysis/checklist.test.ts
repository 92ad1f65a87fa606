import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/policy-analysis/checklist';
import type { SegmentLabels } from '../../../lib/policy-analysis/classify';
import type { Attributes, ChecklistId } from '../../../lib/policy-analysis/schema';
import { emptyAttributes, ev } from './extract/support';

const status = (a: Attributes, labels: SegmentLabels[] = []) =>
  Object.fromEntries(buildChecklist(a, labels).map((c) => [c.id, c.status]));

describe('buildChecklist', () => {
  it('lists every GDPR Art. 13/14 item, all missing for an empty policy', () => {
    const items = buildChecklist(emptyAttributes(), []);
    expect(items).toHaveLength(20);
    expect(items.filter((i) => i.status === 'missing')).toHaveLength(19);
    // No legitimate interest relied on: nothing to explain.
    expect(items.find((i) => i.id === 'legitimateInterests')?.status).toBe('notApplicable');
  });

  it.each<[ChecklistId, Partial<Attributes>]>([
    [
      'dpoContact',
      { dpo: { mentions: [], contacts: [{ value: 'dpo@x.example', evidence: [ev(1)] }] } },
    ],
    ['purposes', { purposes: [{ value: 'analytics', evidence: [ev(1)] }] }],
    ['retention', { retention: [{ bound: 'unspecified', dataTypes: [], evidence: [ev(1)] }] }],
    ['rightComplaint', { rights: [{ value: 'complaintToAuthority', evidence: [ev(1)] }] }],
    ['transfers', { transfers: { outsideEea: [ev(1)], countries: [], safeguards: [] } }],
    ['sourceOfData', { sources: [{ value: 'partners', evidence: [ev(1)] }] }],
    ['automatedDecisions', { profiling: [ev(1)] }],
  ])('%s is present from the attributes, with the evidence', (id, partial) => {
    const item = buildChecklist({ ...emptyAttributes(), ...partial }, []).find((i) => i.id === id);
    expect(item).toEqual(expect.objectContaining({ status: 'present', evidence: [ev(1)] }));
  });

  it('does not count data given by the person or observed as a "source" (Art. 14(2)(f))', () => {
    const a: Attributes = {
      ...emptyAttributes(),
      sources: [
        { value: 'fromYou', evidence: [ev(1)] },
        { value: 'automatically', evidence: [ev(2)] },
      ],
    };
    expect(status(a).sourceOfData).toBe('missing');
  });

  it('takes the classifier’s labels too', () => {
    const labels: SegmentLabels[] = [
      {
        segment: 4,
        opp: [],
        topics: [],
        gdpr: [{ requirement: 'controller-name', score: 2, cues: [ev(4, 'Acme Ltd')] }],
      },
    ];
    expect(status(emptyAttributes(), labels).controllerIdentity).toBe('present');
  });

  it('wants the interests explained when a legitimate interest is relied on', () => {
    const a: Attributes = {
      ...emptyAttributes(),
      legalBases: [{ value: 'legitimateInterest', evidence: [ev(1)], purposes: [] }],
    };
    expect(status(a).legitimateInterests).toBe('missing');
    a.legalBases[0]!.purposes.push({ value: 'security', evidence: [ev(2)] });
    expect(status(a).legitimateInterests).toBe('present');
  });
});
