import { describe, expect, it } from 'vitest';
import type { DirectoryCompany, Reconciled } from '../../../lib/directory/reconcile';
import {
  companyLanguage,
  isFormPage,
  requestDefaults,
  type RequestDefaults,
} from '../../../lib/directory/request-defaults';
import type { LawChoice } from '../../../lib/rights-requests/choose-law';

const GDPR_EN: LawChoice = {
  law: 'gdpr',
  language: 'en',
  reasons: [
    { key: 'req_why_law_default', params: ['GDPR'] },
    { key: 'req_why_lang_policy', params: ['en'] },
  ],
};

const company = (c: Partial<DirectoryCompany> = {}): DirectoryCompany => ({
  slug: 'acme',
  name: 'Acme GmbH',
  by: 'name',
  key: 'acme',
  email: 'datenschutz@acme.example',
  address: 'Acme GmbH\nHauptstr. 1\n10115 Berlin',
  transport: 'email',
  requiredElements: [],
  needsIdDocument: false,
  quality: 'verified',
  snapshot: '2026-07-21',
  ...c,
});

const reconciled = (
  c: DirectoryCompany,
  status: 'agrees' | 'differs' | 'directory-only',
): Reconciled => ({
  contacts: [],
  company: c,
  verdict: { status, directory: c.email ?? c.address, newer: 'unknown' },
});

const POLICY: RequestDefaults = { choice: GDPR_EN, to: '' };
const PAGE = 'https://www.acme.example/datenschutz';

describe('companyLanguage', () => {
  it.each([
    ['de', 'gdpr', 'de'],
    ['DE-de', 'gdpr', 'de'],
    ['fr', 'gdpr', 'fr'],
    // No Greek letters under the GDPR, no German ones under the UK GDPR: the choice stays.
    ['el', 'gdpr', 'en'],
    ['de', 'uk-gdpr', 'en'],
    [undefined, 'gdpr', 'en'],
  ] as const)('request language %s under %s → letter in %s', (lang, law, expected) => {
    const out = companyLanguage({ ...GDPR_EN, law }, lang);
    expect(out.language).toBe(expected);
    expect(out.law).toBe(law);
  });

  it('says why, in place of the language reason (the law reason stays)', () => {
    expect(companyLanguage(GDPR_EN, 'de').reasons).toEqual([
      { key: 'req_why_law_default', params: ['GDPR'] },
      { key: 'req_why_lang_directory', params: ['de'] },
    ]);
  });
});

describe('isFormPage', () => {
  it.each([
    ['https://acme.example/privacy-request', 'https://acme.example/privacy-request', true],
    ['https://ACME.example/privacy-request/#top', 'https://acme.example/privacy-request?x=1', true],
    ['https://acme.example/privacy', 'https://acme.example/privacy-request', false],
    ['http://acme.example/privacy-request', 'https://acme.example/privacy-request', false],
    ['https://acme.example/privacy-request', undefined, false],
    ['not a url', 'not a url', false],
  ])('%s on %s: %s', (page, form, expected) => {
    expect(isFormPage(page, form)).toBe(expected);
  });
});

describe('requestDefaults', () => {
  it('no record and not on a form: the policy defaults, unchanged', () => {
    expect(requestDefaults(POLICY, undefined, PAGE)).toBe(POLICY);
  });

  it("the policy gives no email: the directory's, with its snapshot date to show", () => {
    const out = requestDefaults(POLICY, reconciled(company(), 'directory-only'), PAGE);
    expect(out.to).toBe('datenschutz@acme.example');
    expect(out.company?.toFromDirectory).toBe('2026-07-21');
    // Its postal address stands in for the printed letter.
    expect(out.postalAddress).toBe('Acme GmbH\nHauptstr. 1\n10115 Berlin');
  });

  it("names the company when the policy names no controller, never over the policy's name", () => {
    const r = reconciled(company(), 'agrees');
    expect(requestDefaults(POLICY, r, PAGE).controllerName).toBe('Acme GmbH');
    const named = { ...POLICY, facts: { controllerName: 'Acme Europe SE' } };
    expect(requestDefaults(named, r, PAGE).controllerName).toBeUndefined();
  });

  it("the policy's own address, form and postal address stay first", () => {
    const policy: RequestDefaults = {
      ...POLICY,
      to: 'privacy@acme.example',
      webform: 'https://acme.example/form',
      postalAddress: 'Acme, PO Box 9',
    };
    const c = company({ webform: 'https://other.example/form', transport: 'webform' });
    const out = requestDefaults(policy, reconciled(c, 'differs'), PAGE);
    expect(out.to).toBe('privacy@acme.example');
    expect(out.webform).toBe('https://acme.example/form');
    expect(out.postalAddress).toBe('Acme, PO Box 9');
    expect(out.company?.toFromDirectory).toBeUndefined();
  });

  it.each([
    ['letter', undefined, 'letter'],
    ['fax', undefined, 'letter'],
    ['webform', 'https://acme.example/form', 'webform'],
    // A web-form company whose form nobody knows: no form to put first.
    ['webform', undefined, undefined],
    ['email', 'https://acme.example/form', undefined],
  ] as const)('transport %s (form %s): main way %s', (transport, webform, preferred) => {
    const c = company({ transport, ...(webform ? { webform } : {}) });
    expect(requestDefaults(POLICY, reconciled(c, 'agrees'), PAGE).company?.preferred).toBe(
      preferred,
    );
  });

  it('its language, its identification fields and its ID-document notice', () => {
    const c = company({
      requestLanguage: 'de',
      needsIdDocument: true,
      requiredElements: [
        { type: 'name', desc: 'Name' },
        { type: 'input', desc: 'Kundennummer' },
      ],
    });
    const out = requestDefaults(POLICY, reconciled(c, 'agrees'), PAGE);
    expect(out.choice.language).toBe('de');
    expect(out.requiredFields).toEqual(['name', 'accountId']);
    expect(out.company?.needsIdDocument).toBe(true);
  });

  it("on the company's form page, with or without a record", () => {
    const form = 'https://www.acme.example/datenschutz';
    const c = company({ webform: form, transport: 'webform' });
    expect(requestDefaults(POLICY, reconciled(c, 'agrees'), PAGE).company?.onFormPage).toBe(true);
    expect(requestDefaults({ ...POLICY, webform: form }, undefined, `${form}/`).company).toEqual({
      needsIdDocument: false,
      onFormPage: true,
    });
    expect(
      requestDefaults(POLICY, reconciled(c, 'agrees'), 'https://www.acme.example/').company
        ?.onFormPage,
    ).toBe(false);
  });
});
