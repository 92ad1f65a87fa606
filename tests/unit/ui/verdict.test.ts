import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../../../lib/policy-analysis/schema';
import type { ContactsResult } from '../../../lib/policy-detection/schema';
import { buildVerdict } from '../../../lib/ui/verdict';
import { loadFixturePolicy } from '../../fixtures/policies/load';

const analysis = analyzePolicy(loadFixturePolicy('en-lumen.txt'), { today: '2026-11-26' });
const NO_CONTACTS: ContactsResult = { contacts: [], controller: null, dpo: null, authority: null };
const email = (value: string): ContactsResult => ({
  ...NO_CONTACTS,
  contacts: [{ kind: 'email', value, role: 'privacy', score: 1, reasons: [], evidence: '' }],
});

/** The same analysis with other rights and summary (the verdict reads only these). */
function withRights(rights: string[]): PolicyAnalysis {
  const evidence = [{ segment: 0, start: 0, end: 1, quote: 'x' }];
  return {
    ...analysis,
    attributes: {
      ...analysis.attributes,
      rights: rights.map((value) => ({ value, evidence }) as never),
    },
    summary: analysis.summary.map((i) =>
      i.id === 'rights' ? { ...i, params: [i.params[0]!, { kind: 'text', text: 'listed' }] } : i,
    ),
  };
}

describe('buildVerdict', () => {
  it('has one line per key point, in order: collect, share, keep, rights, contact', () => {
    const v = buildVerdict(analysis, email('privacy@lumen.example'));
    expect(v.lines.map((l) => l.id)).toEqual(['collect', 'share', 'keep', 'rights', 'contact']);
    expect(v.lines[4]).toMatchObject({
      key: 'verdict_contact_email',
      params: [{ kind: 'text', text: 'privacy@lumen.example' }],
    });
  });

  it('never repeats in the details what a line says, nor a flag a line or detail says', () => {
    const v = buildVerdict(analysis, NO_CONTACTS);
    const inLines = ['collects', 'shares', 'rights', 'rights_none'];
    expect(v.details.some((i) => inLines.includes(i.id) || i.id.startsWith('retention_'))).toBe(
      false,
    );
    expect(v.flags.some((f) => f.id === 'retentionVague' || f.id === 'retentionMissing')).toBe(
      false,
    );
    const detailIds = v.details.map((i) => i.id);
    if (detailIds.includes('last_updated')) {
      expect(v.flags.some((f) => f.id === 'oldPolicy')).toBe(false);
    }
  });

  it('calls a short list of rights neither good nor complete', () => {
    const one = buildVerdict(withRights(['access']), NO_CONTACTS).lines[3];
    expect(one).toMatchObject({ key: 'verdict_rights_some', tone: 'neutral' });
    const full = buildVerdict(
      withRights(['access', 'erasure', 'rectification', 'objection']),
      NO_CONTACTS,
    ).lines[3];
    expect(full).toMatchObject({ key: 'verdict_rights', tone: 'good' });
    expect(buildVerdict(withRights([]), NO_CONTACTS).lines[3]).toMatchObject({
      key: 'verdict_rights_none',
      tone: 'warning',
    });
  });

  it('warns when there is no contact; a web form or a postal address is a way in', () => {
    expect(buildVerdict(analysis, NO_CONTACTS).lines[4]?.tone).toBe('warning');
    const form: ContactsResult = {
      ...NO_CONTACTS,
      contacts: [
        {
          kind: 'webform',
          value: 'https://x.example/f',
          role: 'privacy',
          score: 1,
          reasons: [],
          evidence: '',
        },
      ],
    };
    expect(buildVerdict(analysis, form).lines[4]).toMatchObject({
      key: 'verdict_contact_form',
      link: 'https://x.example/f',
    });
  });

  it('links only a web page', () => {
    const odd: ContactsResult = {
      ...NO_CONTACTS,
      contacts: [
        {
          kind: 'webform',
          value: 'javascript:alert(1)',
          role: 'privacy',
          score: 1,
          reasons: [],
          evidence: '',
        },
      ],
    };
    expect(buildVerdict(analysis, odd).lines[4]?.link).toBeUndefined();
  });

  it('names the policy’s request form, not an order desk, when the contacts rank the form first', () => {
    const [form] = email('x@x.example').contacts;
    const both: ContactsResult = {
      ...NO_CONTACTS,
      contacts: [
        {
          kind: 'webform',
          value: 'https://x.example/request',
          role: 'privacy',
          score: 32,
          reasons: [],
          evidence: '',
        },
        { ...form!, value: 'shop@x.example', role: 'other', score: 30 },
      ],
    };
    expect(buildVerdict(analysis, both).lines[4]).toMatchObject({
      key: 'verdict_contact_form',
      link: 'https://x.example/request',
    });
    // A privacy address stays first even below a form.
    const privacy: ContactsResult = {
      ...both,
      contacts: [both.contacts[0]!, { ...form!, value: 'privacy@x.example', role: 'privacy' }],
    };
    expect(buildVerdict(analysis, privacy).lines[4]?.key).toBe('verdict_contact_email');
  });

  it('says the policy gives no contact even when it offers the site’s contact page', () => {
    const page: ContactsResult = {
      ...NO_CONTACTS,
      contacts: [
        {
          kind: 'webform',
          value: 'https://x.example/contact',
          role: 'general',
          score: 1,
          reasons: [{ code: 'contactPage', params: ['Contact us'] }],
          evidence: 'Contact us',
        },
      ],
    };
    expect(buildVerdict(analysis, page).lines[4]).toMatchObject({
      key: 'verdict_contact_page',
      tone: 'warning',
      link: 'https://x.example/contact',
    });
  });

  it('counts each point to watch once and takes its tone from the count', () => {
    const v = buildVerdict(analysis, email('a@b.example'));
    const warnings =
      v.lines.filter((l) => l.tone === 'warning').length + v.watchItems.length + v.flags.length;
    expect(v.watch).toBe(warnings);
    // A warning summary item is listed with the points to watch, not with the other details.
    expect(v.watchItems.every((i) => i.tone === 'warning')).toBe(true);
    expect(v.details.some((i) => i.tone === 'warning')).toBe(false);
    const clean: PolicyAnalysis = { ...analysis, flags: [], summary: [] };
    const quiet = buildVerdict(clean, email('a@b.example'));
    // No summary at all: what they collect, keep and which rights are unknown — three points.
    expect(quiet.watch).toBe(3);
    expect(quiet.tone).toBe('warning');
  });

  it('holds a policy read under a US law to no GDPR article: no DPO, Art. 13 rights, authority or EU transfer points', () => {
    const evidence = [{ segment: 0, start: 0, end: 1, quote: 'x' }];
    const gdprPoints: PolicyAnalysis = {
      ...analysis,
      flags: [
        { id: 'noDpoContact', key: 'summary_flag_noDpoContact', params: [], evidence: [] },
        { id: 'rightsMissing', key: 'summary_flag_rightsMissing', params: [], evidence: [] },
        { id: 'authorityNotNamed', key: 'summary_flag_authorityNotNamed', params: [], evidence },
        {
          id: 'partnersListNotGiven',
          key: 'summary_flag_partnersListNotGiven',
          params: [],
          evidence,
        },
      ],
      summary: [
        ...analysis.summary,
        {
          id: 'transfers_unprotected',
          key: 'summary_item_transfers_unprotected',
          params: [],
          tone: 'warning',
          evidence,
        },
      ],
    };
    const eu = buildVerdict(gdprPoints, email('a@b.example'));
    const us = buildVerdict(gdprPoints, email('a@b.example'), { usLaw: true });
    expect(eu.flags.map((f) => f.id)).toEqual([
      'noDpoContact',
      'rightsMissing',
      'authorityNotNamed',
      'partnersListNotGiven',
    ]);
    expect(eu.watchItems.map((i) => i.id)).toContain('transfers_unprotected');
    // What is not about the GDPR stays: a promised list of partners that is not given.
    expect(us.flags.map((f) => f.id)).toEqual(['partnersListNotGiven']);
    expect(us.watchItems.map((i) => i.id)).not.toContain('transfers_unprotected');
    expect(eu.watch - us.watch).toBe(4);
  });
});
