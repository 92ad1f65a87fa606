import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../../lib/letters/render-request';
import { PROFILE, SHOP_FACTS } from '../../fixtures/requests/facts';

// Issue 14: a company's confirmed identification elements decide the profile fields the request
// carries, and no more (GDPR Art. 5(1)(c)); without them, the law's catalogue decides.
const letter = (requiredFields?: ('name' | 'email' | 'postalAddress' | 'accountId')[]) => {
  const l = renderLetter({
    law: 'gdpr',
    right: 'access',
    language: 'en',
    facts: SHOP_FACTS,
    profile: PROFILE,
    today: '2026-11-26',
    ...(requiredFields ? { requiredFields } : {}),
  });
  if (!l.ok) {
    throw new Error(l.error.code);
  }
  return l.value;
};

describe('the directory decides the identification fields', () => {
  it("without the company's list: the law's (name, email, account ID; no postal address)", () => {
    expect(letter().fieldsUsed).toEqual(['name', 'email', 'accountId']);
    expect(letter().body).not.toContain('12 rue des Lilas');
  });

  it('with it: exactly those (name and postal address here), in the fixed order', () => {
    const l = letter(['postalAddress', 'name']);
    expect(l.fieldsUsed).toEqual(['name', 'postalAddress']);
    expect(l.body).toContain('12 rue des Lilas, 75011 Paris');
    expect(l.body).not.toContain('alice@example.org');
    expect(l.body).not.toContain('LB-20931');
  });
});
