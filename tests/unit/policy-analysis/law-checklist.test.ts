import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../lib/app/analyze-html';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';
import { checklistForLaw } from '../../../lib/policy-analysis/law-checklist';
import type { Block } from '../../../lib/shared/policy-text';
import { loadFixturePolicy } from '../../fixtures/policies/load';

const analysis = analyzePolicy(loadFixturePolicy('en-lumen.txt'), { today: '2026-11-26' });
const para = (text: string): Block => ({ kind: 'paragraph', text, headingPath: [] });

describe('checklistForLaw', () => {
  it('gives the GDPR Art. 13/14 checklist for the GDPR and the UK GDPR', () => {
    expect(checklistForLaw('gdpr', analysis)).toEqual({ law: 'gdpr', items: analysis.checklist });
    expect(checklistForLaw('uk-gdpr', analysis)?.law).toBe('gdpr');
  });

  it('gives no checklist where we check no law (never the GDPR by default)', () => {
    for (const law of ['lgpd', 'revfadp', 'pipeda'] as const) {
      expect(checklistForLaw(law, analysis)).toBeUndefined();
    }
  });

  it('gives the CCPA notice-at-collection items for the CCPA, none of them GDPR articles', () => {
    const ccpa = checklistForLaw('ccpa', analysis);
    expect(ccpa?.law).toBe('ccpa');
    expect(ccpa?.items.map((i) => i.id)).toEqual([
      'ccpaCategories',
      'ccpaPurposes',
      'ccpaSaleSharing',
      'ccpaRetention',
      'ccpaRights',
    ]);
    expect(ccpa?.items.every((i) => i.article.startsWith('1798.'))).toBe(true);
  });

  it('marks each CCPA item present with its sentence, or missing', () => {
    const us = analyzePolicy(
      [
        para('We collect your name, email address and IP address.'),
        para('We use this information to provide the service and for analytics.'),
        para('We keep account data for 24 months after your last login.'),
      ],
      { today: '2026-11-26' },
    );
    const items = Object.fromEntries(
      (checklistForLaw('ccpa', us)?.items ?? []).map((i) => [i.id, i]),
    );
    expect(items.ccpaCategories?.status).toBe('present');
    expect(items.ccpaRetention?.status).toBe('present');
    expect(items.ccpaRetention?.evidence[0]?.quote).toMatch(/24 months/);
    expect(items.ccpaRights?.status).toBe('missing');
    expect(items.ccpaRights?.evidence).toEqual([]);
  });

  it('finds the complaint right in the German demo policy, which names the BayLDA (issue 12)', () => {
    const { analysis, contacts } = analyzeHtml({
      body: readFileSync('demo-site/pages/de-policy.html', 'utf8'),
      url: 'http://127.0.0.1/de/datenschutz',
      today: '2026-12-06',
      contentType: 'text/html',
    });
    expect(contacts.authority?.name).toMatch(/Bayerisches Landesamt/);
    const complaint = checklistForLaw('gdpr', analysis)?.items.find(
      (i) => i.id === 'rightComplaint',
    );
    expect(complaint?.status).toBe('present');
  });
});
