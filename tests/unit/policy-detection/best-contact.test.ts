import { describe, expect, it } from 'vitest';
import { bestContact } from '../../../lib/policy-detection/best-contact';
import type { Contact } from '../../../lib/policy-detection/schema';

const c = (kind: Contact['kind'], value: string, role: Contact['role'] = 'general'): Contact => ({
  kind,
  value,
  role,
  score: 1,
  reasons: [],
  evidence: '',
});
const form = c('webform', 'https://velotte.eu/request', 'privacy');

describe('bestContact: the one first way to write', () => {
  it('the best email, whatever comes before it in the list but a form', () => {
    expect(bestContact([c('address', '1 Main St'), c('email', 'info@velotte.eu')])?.value).toBe(
      'info@velotte.eu',
    );
  });

  it('a request form ranked first beats an email that is no privacy or DPO address', () => {
    expect(bestContact([form, c('email', 'shop@velotte.eu', 'other')])).toBe(form);
    expect(bestContact([form, c('email', 'help@velotte.eu', 'support')])).toBe(form);
  });

  it('a privacy or DPO address stays first even below a form', () => {
    expect(bestContact([form, c('email', 'privacy@velotte.eu', 'privacy')])?.kind).toBe('email');
    expect(bestContact([form, c('email', 'dpo@velotte.eu', 'dpo')])?.kind).toBe('email');
  });

  it('a form ranked below the email does not win', () => {
    expect(bestContact([c('email', 'shop@velotte.eu', 'other'), form])?.kind).toBe('email');
  });

  it('without an email: a form, then a postal address; a phone alone is none', () => {
    expect(bestContact([c('address', '1 Main St'), form])).toBe(form);
    expect(bestContact([c('phone', '+1 555 0100'), c('address', '1 Main St')])?.kind).toBe(
      'address',
    );
    expect(bestContact([c('phone', '+1 555 0100')])).toBeUndefined();
    expect(bestContact([])).toBeUndefined();
  });
});
