import { describe, expect, it } from 'vitest';
import { catalogueRightOf, catalogueRightsOf } from '../../../lib/legal/analysis-right';
import { CATALOGUE } from '../../../lib/legal/catalogue.data';
import { GDPR_ARTICLE_RIGHTS } from '../../../lib/policy-analysis/extract/rights-cues.data';
import { Right as PolicyRight } from '../../../lib/policy-analysis/schema';

describe("the analysis' rights in the catalogue's vocabulary", () => {
  it.each([
    ['access', 'access'],
    ['rectification', 'rectification'],
    ['erasure', 'erasure'],
    ['restriction', 'restriction'],
    ['objection', 'objection'],
    ['portability', 'portability'],
    ['automatedDecisions', 'automated-decision'],
    ['withdrawConsent', 'withdraw-consent'],
    // Not rights one asks the controller to honour: no letter, no deadline.
    ['information', undefined],
    ['complaint', undefined],
    ['complaintToAuthority', undefined],
  ] as const)('%s → %s', (policyRight, id) => {
    expect(catalogueRightOf(policyRight)).toBe(id);
  });

  it('covers every value the analysis produces', () => {
    expect(PolicyRight.options).toHaveLength(11);
  });

  it('maps every requestable analysis right to a right the GDPR catalogue grants', () => {
    for (const value of PolicyRight.options) {
      const id = catalogueRightOf(value);
      if (id) {
        expect(CATALOGUE.gdpr.rights[id], value).toBeDefined();
      }
    }
  });

  // The analysis reads "art. 20 GDPR" as portability: the catalogue cites the same article for it.
  it.each(Object.entries(GDPR_ARTICLE_RIGHTS))(
    'GDPR Art. %s, read as %s, is an article the catalogue cites for that right',
    (article, policyRight) => {
      const id = catalogueRightOf(policyRight);
      if (!id) {
        expect(article).toBe('77');
        return;
      }
      const cited = CATALOGUE.gdpr.rights[id]?.citations ?? [];
      expect(cited.some((c) => c.startsWith(`GDPR Art. ${article}`))).toBe(true);
    },
  );

  it('lists the catalogue rights of a policy once each, in the order found', () => {
    const listed = ['complaint', 'erasure', 'access', 'withdrawConsent', 'erasure'] as const;
    expect(catalogueRightsOf(listed.map((value) => ({ value })))).toEqual([
      'erasure',
      'access',
      'withdraw-consent',
    ]);
  });
});
