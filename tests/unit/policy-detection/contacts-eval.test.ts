import { describe, expect, it } from 'vitest';
import { goldEmails, score } from '../../../eval/commands/contacts';
import type { ContactsResult } from '../../../lib/policy-detection/schema';

const result = (...emails: string[]): ContactsResult => ({
  contacts: emails.map((value) => ({
    kind: 'email',
    value,
    role: 'other',
    score: 1,
    reasons: [],
    evidence: '',
  })),
  controller: null,
  dpo: null,
  authority: null,
});

describe('goldEmails (the gold side de-obfuscates on its own)', () => {
  it.each([
    ['e-mailing us at techdesk(at)ourpaper(dot)com,', ['techdesk@ourpaper.com']],
    ['legal [at] blogsite [dot] com. We', ['legal@blogsite.com']],
    ['Write to Privacy@Velotte.com.', ['privacy@velotte.com']],
    ['[someone@velotte.example]', ['someone@velotte.example']],
    ['privacy at Velotte.com', []],
  ])('%s', (text, expected) => {
    expect(goldEmails(text)).toEqual(expected);
  });
});

describe('score: micro-averaged precision and recall', () => {
  const cases = [
    {
      id: 'a',
      blocks: [],
      gold: new Set(['x@a.fr', 'y@a.fr']),
      controllers: ['Velotte SAS'],
      hasDpo: true,
    },
    { id: 'b', blocks: [], gold: new Set<string>() },
  ];
  it('counts hits, extras and misses over all policies', () => {
    const s = score('test', cases, [
      { ...result('x@a.fr', 'z@a.fr'), controller: { name: 'Velotte', evidence: '' } },
      result('w@b.fr'),
    ]);
    expect(s).toMatchObject({
      corpus: 'test',
      policies: 2,
      precision: 1 / 3,
      recall: 1 / 2,
      firstIsGold: 1,
      controllerFound: 1,
      dpoFound: 0,
    });
    expect(s.errors).toEqual([
      { id: 'a', missed: ['y@a.fr'], extra: ['z@a.fr'] },
      { id: 'b', missed: [], extra: ['w@b.fr'] },
    ]);
  });
  it('nothing predicted, nothing gold: 1 and 1, not NaN', () => {
    expect(score('t', [cases[1] as (typeof cases)[number]], [result()])).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });
});
