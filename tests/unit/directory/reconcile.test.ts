import { describe, expect, it } from 'vitest';
import { indexDirectory, lookupDomain } from '../../../lib/directory/lookup';
import { findCompany, reconcile } from '../../../lib/directory/reconcile';
import type { DirectoryData, DirectoryRecord } from '../../../lib/directory/schema';
import type { Contact } from '../../../lib/policy-detection/schema';

const record = (r: Partial<DirectoryRecord> & { slug: string }): DirectoryRecord => ({
  name: r.slug,
  address: `${r.slug} street 1\n10115 Berlin`,
  transport: 'email',
  sources: [],
  quality: 'verified',
  ...r,
});

const data: DirectoryData = {
  origin: { repository: 'r', commit: 'c', date: '2026-07-21' },
  license: 'CC0-1.0',
  records: [
    record({
      slug: 'acme',
      name: 'Acme GmbH',
      web: 'https://www.acme.example',
      email: 'privacy@acme.example',
    }),
    record({
      slug: 'formco',
      web: 'https://formco.example',
      webform: 'https://formco.example/privacy-request',
      transport: 'webform',
      requiredElements: [{ type: 'name', desc: 'Name' }],
      needsIdDocument: true,
    }),
  ],
};
const index = indexDirectory(data);
const acme = findCompany(index, { url: 'https://shop.acme.example/privacy' });

const contact = (kind: Contact['kind'], value: string): Contact => ({
  kind,
  value,
  role: 'privacy',
  score: 10,
  reasons: [],
  evidence: `write to ${value}`,
});

describe('reconcile', () => {
  it('no match: every contact marked with where it was found, no verdict', () => {
    const out = reconcile([contact('email', 'a@b.example')], {
      source: 'page',
      snapshot: '2026-07-21',
    });
    expect(out).toEqual({
      contacts: [{ ...contact('email', 'a@b.example'), source: 'page' }],
      company: null,
      verdict: null,
    });
  });

  it('the page gives no address: the directory email and postal address are offered, marked as such', () => {
    const out = reconcile([contact('phone', '+49 30 1234567')], {
      source: 'policy',
      match: acme,
      snapshot: '2026-07-21',
    });
    expect(out.contacts.map((c) => [c.kind, c.value, c.source])).toEqual([
      ['phone', '+49 30 1234567', 'policy'],
      ['email', 'privacy@acme.example', 'directory'],
      ['address', 'acme street 1\n10115 Berlin', 'directory'],
    ]);
    expect(out.verdict).toEqual({
      status: 'directory-only',
      directory: 'privacy@acme.example',
      newer: 'unknown',
    });
    expect(out.company).toMatchObject({ slug: 'acme', by: 'web', snapshot: '2026-07-21' });
  });

  it('the policy gives another address: the page first, the directory second, marked as differing', () => {
    const out = reconcile(
      [contact('email', 'dpo@acme.example'), contact('address', 'Elsewhere 2')],
      {
        source: 'policy',
        match: acme,
        snapshot: '2026-07-21',
        policyDate: '2026-09-01',
      },
    );
    expect(out.contacts.map((c) => [c.value, c.source, c.differs])).toEqual([
      ['dpo@acme.example', 'policy', undefined],
      ['Elsewhere 2', 'policy', undefined],
      ['privacy@acme.example', 'directory', true],
    ]);
    expect(out.verdict).toEqual({
      status: 'differs',
      page: 'dpo@acme.example',
      directory: 'privacy@acme.example',
      policyDate: '2026-09-01',
      newer: 'policy',
    });
  });

  it('the directory lists one of the page addresses (any case): they agree, nothing is added', () => {
    const out = reconcile(
      [
        contact('email', 'dpo@acme.example'),
        contact('email', 'Privacy@Acme.example'),
        contact('address', 'X'),
      ],
      { source: 'policy', match: acme, snapshot: '2026-07-21', policyDate: '2025-01-01' },
    );
    expect(out.contacts.map((c) => [c.value, c.source, c.directory])).toEqual([
      ['dpo@acme.example', 'policy', undefined],
      ['Privacy@Acme.example', 'policy', 'acme'],
      ['X', 'policy', undefined],
    ]);
    expect(out.verdict).toMatchObject({
      status: 'agrees',
      page: 'Privacy@Acme.example',
      newer: 'directory',
    });
  });

  it('a web-form company with no email: its form is offered, and what it requires is carried', () => {
    const match = lookupDomain(index, 'formco.example')[0];
    const out = reconcile([], { source: 'policy', match, snapshot: '2026-07-21' });
    expect(out.contacts.map((c) => [c.kind, c.value])).toEqual([
      ['webform', 'https://formco.example/privacy-request'],
      ['address', 'formco street 1\n10115 Berlin'],
    ]);
    expect(out.verdict).toMatchObject({
      status: 'directory-only',
      directory: 'https://formco.example/privacy-request',
    });
    expect(out.company).toMatchObject({
      transport: 'webform',
      needsIdDocument: true,
      requiredElements: [{ type: 'name' }],
    });
  });

  it('a page email but no directory email: no verdict on email, the company still known', () => {
    const match = lookupDomain(index, 'formco.example')[0];
    const out = reconcile([contact('email', 'hi@formco.example')], {
      source: 'page',
      match,
      snapshot: '2026-07-21',
    });
    expect(out.verdict).toBeNull();
    expect(out.company?.slug).toBe('formco');
  });
});

describe('findCompany', () => {
  it.each([
    [{ url: 'https://shop.acme.example/x' }, 'acme'],
    [{ url: 'https://unknown.example/', controller: 'ACME GmbH' }, 'acme'],
    [{ url: 'https://unknown.example/' }, undefined],
    [{ controller: 'Someone Else' }, undefined],
  ])('%j → %s', (site, slug) => {
    expect(findCompany(index, site)?.record.slug).toBe(slug);
  });
});
