import { describe, expect, it } from 'vitest';
import {
  aggregate,
  looseName,
  scorePolicy,
  type RealworldGold,
  type ScoredOutput,
} from '../../../eval/support/realworld-score';

const gold: RealworldGold = {
  id: 'p1',
  lang: 'de',
  source: { file: 'policies/p1.md' },
  privacyEmail: 'datenschutz@example.de',
  privacyEmails: ['info@example.de'],
  dpoName: null,
  dpoEmail: null,
  controllerName: 'Beispiel GmbH',
  authorityNamed: 'BfDI',
  lastUpdated: '2025-03-01',
  childrenAge: 16,
  retentionStated: true,
  rightsListed: ['access', 'erasure', 'complaint'],
  transfersOutsideEU: false,
  accept: { authorityAliases: ['bundesbeauftragte'], lastUpdatedPrecision: 'month' },
};

const output: ScoredOutput = {
  contacts: [
    { kind: 'phone', value: '+49 30 1' },
    { kind: 'email', value: 'INFO@example.de' },
  ],
  dpo: null,
  controller: { name: 'Beispiel' },
  authority: { name: 'Der Bundesbeauftragte für den Datenschutz', country: 'DE' },
  lastUpdated: '2025-03-17',
  attributes: {
    children: { ageThresholds: [{ value: 16 }] },
    retention: [{ duration: 'P3Y' }],
    rights: [{ value: 'access' }, { value: 'complaintToAuthority' }, { value: 'objection' }],
    transfers: { outsideEea: [] },
  },
};

describe('realworld scorer (the comparisons of the corpus reference score.mjs)', () => {
  const r = scorePolicy(gold, output);

  it('the first email is acceptable but not the primary one', () => {
    expect(r.fields['privacyEmail.first']?.ok).toBe(true);
    expect(r.fields['privacyEmail.firstPrimary']?.ok).toBe(false);
  });

  it('names compare without legal forms; authorities by alias; dates by month when allowed', () => {
    expect(r.fields.controllerName?.ok).toBe(true);
    expect(r.fields.authorityNamed?.ok).toBe(true);
    expect(r.fields.lastUpdated?.ok).toBe(true);
    expect(looseName('CA', ['Example Inc.'])).toBe(false);
  });

  it('rights: exact set, with precision/recall counts', () => {
    expect(r.fields.rightsListed).toMatchObject({
      ok: false,
      tp: 2,
      fp: ['objection'],
      fn: ['erasure'],
    });
    const s = aggregate([r]);
    expect(s.rightsPR.de).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.table.transfers?.all).toEqual({ ok: 1, n: 1 });
    expect(s.table['privacyEmail.none']?.all).toEqual({ ok: 0, n: 0 });
  });
});
