import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { factsFromAnalysis } from '../../../lib/rights-requests/facts-from-analysis';
import { loadFixturePolicy } from '../../fixtures/policies/load';

// en-lumen.txt (tests/fixtures/policies): Lumen Print SAS; partners and public sources; billing
// kept "never longer than 14 months"; two purposes on legitimate interest; offers from partners.
function factsOf(name: string) {
  const blocks = loadFixturePolicy(name);
  return factsFromAnalysis(
    analyzePolicy(blocks, { today: '2026-11-26' }),
    findContacts(blocks),
    'https://lumen.example/privacy',
  );
}

describe('factsFromAnalysis', () => {
  const facts = factsOf('en-lumen.txt');

  it('names the controller and the policy', () => {
    expect(facts.controllerName).toBe('Lumen Print SAS');
    expect(facts.policyUrl).toBe('https://lumen.example/privacy');
    expect(facts.policyLanguage).toBe('en');
  });

  it('quotes a full sentence about data obtained from partners, not a heading', () => {
    expect(facts.partnerSources.mentioned).toBe(true);
    expect(facts.partnerSources.quote).toBe(
      'Some information reaches us from our partners, who confirm they may lawfully pass it on.',
    );
    expect(facts.publicSources?.mentioned).toBe(true);
  });

  it('quotes a disclosure for partners, never the sentence about data received from them', () => {
    // Issue 13, item 8: the access letter said "you disclose data to partners: 'Some information
    // reaches us from our partners…'" — a sources sentence used as evidence of sharing.
    expect(facts.partners.quote).not.toBe(facts.partnerSources.quote);
    expect(facts.partners.quote).toBe(
      'We share your data with printing partners and payment service providers so they can complete your order.',
    );
  });

  it('holds the controller to its longest stated retention, with the sentence', () => {
    expect(facts.retention?.duration).toBe('P14M');
    expect(facts.retention?.quote).toContain('never longer than 14 months');
  });

  it('lists the purposes based on legitimate interest once each', () => {
    expect(facts.legitimateInterestPurposes.map((p) => p.text)).toEqual([
      'To send you personalised offers from us and from carefully chosen partners;',
      'To analyse our sales so we can improve our products;',
    ]);
  });

  it('takes every item of the list a legitimate-interest sentence introduces, recognised or not', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Why we use your data', level: 2, headingPath: [] },
      {
        kind: 'paragraph' as const,
        text: 'Based on our legitimate interest, we use your data for the following purposes:',
        headingPath: ['Why we use your data'],
      },
      {
        kind: 'listItem' as const,
        text: 'sending you tailored offers;',
        headingPath: ['Why we use your data'],
      },
      {
        kind: 'listItem' as const,
        text: 'keeping an eye on the weather;',
        headingPath: ['Why we use your data'],
      },
      {
        kind: 'paragraph' as const,
        text: 'We never sell your data.',
        headingPath: ['Why we use your data'],
      },
    ];
    const analysis = analyzePolicy(blocks, { today: '2026-11-26' });

    const facts = factsFromAnalysis(analysis, findContacts(blocks), undefined, blocks);

    expect(facts.legitimateInterestPurposes.map((p) => p.text)).toEqual(
      expect.arrayContaining(['sending you tailored offers;', 'keeping an eye on the weather;']),
    );
    expect(facts.legitimateInterestPurposes.map((p) => p.text)).not.toContain(
      'We never sell your data.',
    );
  });

  it('says partners receive data', () => {
    expect(facts.partners.mentioned).toBe(true);
  });
});
