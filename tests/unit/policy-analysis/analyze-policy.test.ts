import { describe, expect, it } from 'vitest';
import { analyzePolicy, locateEvidence } from '../../../lib/policy-analysis/analyze-policy';
import { PolicyAnalysis } from '../../../lib/policy-analysis/schema';
import type { Evidence } from '../../../lib/shared/policy-text';
import { loadFixturePolicy } from '../../fixtures/policies/load';

const TODAY = '2026-11-26';

/** The same facts, written three times in our own words (tests/fixtures/policies/*-lumen.txt). */
const FIXTURES = [
  { file: 'en-lumen.txt', lang: 'en', dpo: 'Clara Vogt', dpoEmail: 'dpo@lumen-print.example' },
  {
    file: 'fr-lumen.txt',
    lang: 'fr',
    dpo: 'Claire Vautrin',
    dpoEmail: 'dpo@lumen-impression.example',
  },
  { file: 'de-lumen.txt', lang: 'de', dpo: 'Jonas Keller', dpoEmail: 'dsb@lumen-druck.example' },
] as const;

const values = (list: { value: unknown }[]) => list.map((v) => v.value);

/** Every Evidence object anywhere in the analysis. */
function allEvidence(node: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(node)) {
    node.forEach((n) => allEvidence(n, out));
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.quote === 'string' && typeof record.segment === 'number') {
      out.push(record as unknown as Evidence);
    } else {
      Object.values(record).forEach((n) => allEvidence(n, out));
    }
  }
  return out;
}

describe.each(FIXTURES)('analyzePolicy on $file', ({ file, lang, dpo, dpoEmail }) => {
  const analysis = analyzePolicy(loadFixturePolicy(file), { today: TODAY });
  const a = analysis.attributes;

  it('detects the language and validates against its schema', () => {
    expect(analysis.language).toBe(lang);
    expect(PolicyAnalysis.safeParse(analysis).success).toBe(true);
  });

  it('finds the data collected and where it comes from', () => {
    expect(values(a.dataTypes)).toEqual(
      expect.arrayContaining([
        'contactDetails',
        'name',
        'billing',
        'postalAddress',
        'browsingCookies',
      ]),
    );
    expect(values(a.sources)).toEqual(
      expect.arrayContaining(['fromYou', 'automatically', 'partners', 'publicSources']),
    );
  });

  it('finds newsletters, partner offers and the three legal bases with their purposes', () => {
    expect(values(a.purposes)).toEqual(expect.arrayContaining(['marketing', 'partnerOffers']));
    const basis = (id: string) => a.legalBases.find((b) => b.value === id);
    expect(values(basis('consent')?.purposes ?? [])).toContain('marketing');
    expect(values(basis('legitimateInterest')?.purposes ?? [])).toContain('partnerOffers');
    expect(values(basis('contract')?.purposes ?? [])).toContain('serviceProvision');
  });

  it('reads billing retention as at most 14 months', () => {
    const period = a.retention.find((r) => r.duration === 'P14M');
    expect(period?.bound).toBe('max');
    expect(period?.dataTypes).toContain('billing');
  });

  it('finds the children threshold, the DPO, the eleven rights, the security measures and the date', () => {
    expect(values(a.children.ageThresholds)).toEqual([16]);
    expect(a.dpo.name?.value).toBe(dpo);
    expect(values(a.dpo.contacts)).toContain(dpoEmail);
    expect(a.rights).toHaveLength(11);
    expect(values(a.security)).toEqual(
      expect.arrayContaining(['https', 'anonymisation', 'pseudonymisation']),
    );
    expect(analysis.lastUpdated).toBe('2019-03-03');
  });

  it('flags the old policy, the partners list not given and the unnamed authority — and nothing else', () => {
    expect(analysis.flags.map((f) => f.id).sort()).toEqual(
      ['authorityNotNamed', 'oldPolicy', 'partnerMarketing', 'partnersListNotGiven'].sort(),
    );
  });

  it('summarises in 5 to 8 items, each with evidence', () => {
    expect(analysis.summary.length).toBeGreaterThanOrEqual(5);
    expect(analysis.summary.length).toBeLessThanOrEqual(8);
    for (const item of analysis.summary) {
      expect(item.evidence.length).toBeGreaterThan(0);
    }
  });

  it('quotes exactly: every evidence is the slice of its segment', () => {
    const evidence = allEvidence(analysis);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) {
      expect(analysis.segments[e.segment]?.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('analyzePolicy options', () => {
  it('takes the language given instead of detecting it', () => {
    const blocks = loadFixturePolicy('en-lumen.txt');
    expect(analyzePolicy(blocks, { today: TODAY, lang: 'en-GB' }).language).toBe('en');
  });

  it('does not flag a recent policy as old', () => {
    const blocks = loadFixturePolicy('en-lumen.txt');
    const flags = analyzePolicy(blocks, { today: '2020-01-15' }).flags.map((f) => f.id);
    expect(flags).not.toContain('oldPolicy');
  });

  it('returns an empty analysis for no text', () => {
    const analysis = analyzePolicy([], { today: TODAY });
    expect(analysis.segments).toEqual([]);
    expect(analysis.flags.map((f) => f.id)).toEqual(
      expect.arrayContaining(['retentionMissing', 'noDpoContact', 'rightsMissing']),
    );
  });
});

describe('locateEvidence', () => {
  const blocks = loadFixturePolicy('en-lumen.txt');
  const analysis = analyzePolicy(blocks, { today: TODAY });

  it('maps every evidence to the same words in its block', () => {
    for (const e of allEvidence(analysis)) {
      const place = locateEvidence(analysis.segments, e);
      expect(blocks[place!.block]!.text.slice(place!.start, place!.end)).toBe(e.quote);
    }
  });

  it('refuses an evidence that does not match its segment', () => {
    expect(
      locateEvidence(analysis.segments, { segment: 0, start: 0, end: 3, quote: 'xyz' }),
    ).toBeUndefined();
    expect(
      locateEvidence(analysis.segments, { segment: 9999, start: 0, end: 1, quote: 'a' }),
    ).toBeUndefined();
  });
});
