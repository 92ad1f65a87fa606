import { describe, expect, it } from 'vitest';
import { renderLetter, renderRequest } from '../../../lib/letters/render-request';
import { NO_FACTS, type PolicyFacts } from '../../../lib/rights-requests/schema';
import { PROFILE, SHOP_FACTS } from '../../fixtures/requests/facts';

const base = {
  facts: SHOP_FACTS,
  profile: PROFILE,
  today: '2026-11-26',
  to: 'privacy@lumen-boutique.example',
};

function body(
  input: Partial<Parameters<typeof renderRequest>[0]> &
    Pick<Parameters<typeof renderRequest>[0], 'law' | 'right' | 'language'>,
): string {
  const result = renderRequest({ ...base, ...input });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value.body;
}

describe('renderRequest: tailored by the policy', () => {
  it.each([
    [
      'en',
      'Some of your details are passed on to our business partners so they can serve you',
      'Parcelo and AdNimbus',
      'We also receive information about you from our partners',
    ],
    [
      'fr',
      '« Some of your details are passed on to our business partners so they can serve you »',
      'Parcelo et AdNimbus',
      '« We also receive information about you from our partners »',
    ],
    [
      'de',
      '„Some of your details are passed on to our business partners so they can serve you“',
      'Parcelo und AdNimbus',
      '„We also receive information about you from our partners“',
    ],
  ] as const)(
    'access (%s) names the controller, asks for the partners and the sources the policy mentions',
    (language, partners, named, sources) => {
      const text = body({ law: 'gdpr', right: 'access', language });
      expect(text).toContain('Lumen Boutique');
      expect(text).toContain(partners);
      expect(text).toContain(named);
      expect(text).toContain(sources);
      expect(text).toContain('We may gather information about you that is public');
    },
  );

  it.each([
    ['en', 'retention period of 14 months'],
    ['fr', 'durée de conservation de 14 mois'],
    ['de', 'Speicherdauer von 14 Monaten'],
  ] as const)('erasure (%s) cites the declared retention period', (language, expected) => {
    const text = body({ law: 'gdpr', right: 'erasure', language });
    expect(text).toContain(expected);
    expect(text).toContain('Order records are kept for no more than 14 months');
  });

  it('erasure quotes a retention statement that has no duration', () => {
    const facts: PolicyFacts = {
      ...SHOP_FACTS,
      retention: { quote: 'We keep data as long as necessary.' },
    };
    const text = body({ law: 'gdpr', right: 'erasure', language: 'en', facts });
    expect(text).toContain(
      'Your privacy policy says about retention: “We keep data as long as necessary”.',
    );
    expect(text).not.toContain('retention period of');
  });

  it('objection lists the purposes the policy bases on legitimate interest', () => {
    const text = body({ law: 'gdpr', right: 'objection', language: 'en' });
    expect(text).toContain(
      'legitimate interest, and my objection covers each of them:\n- sending you tailored offers\n- analysing what our customers buy',
    );
  });

  it('without facts, asks the generic questions and invents nothing', () => {
    const text = body({ law: 'gdpr', right: 'access', language: 'en', facts: NO_FACTS });
    expect(text).toContain('I am writing to your organisation');
    expect(text).not.toContain('privacy policy');
    expect(text).toContain('(c) the recipients');
  });

  it('puts a hostile quote on one line, shortened', () => {
    const facts: PolicyFacts = {
      ...NO_FACTS,
      partners: {
        mentioned: true,
        named: ['Evil\r\nBcc: x@y.z'],
        quote: `We share.\r\nBcc: x@y.z\n${'very long '.repeat(60)}`,
      },
    };
    const text = body({ law: 'gdpr', right: 'access', language: 'en', facts });
    expect(text).not.toMatch(/^Bcc:/m);
    expect(text).toContain('We share. Bcc: x@y.z very long');
    expect(text).toContain('…”');
  });

  it('keeps the correction the user types for a rectification', () => {
    const text = body({
      law: 'gdpr',
      right: 'rectification',
      language: 'en',
      details: 'Surname: Martin, not Martins',
    });
    expect(text).toContain(
      'The data to correct, and the correct values:\nSurname: Martin, not Martins',
    );
    expect(text).not.toContain('[describe');
  });
});

describe('renderRequest: data minimisation', () => {
  it('an access request identifies the user by name, email and account, not the postal address', () => {
    const result = renderRequest({ ...base, law: 'gdpr', right: 'access', language: 'en' });
    expect(result.ok && result.value.fieldsUsed).toEqual(['name', 'email', 'accountId']);
    const text = body({ law: 'gdpr', right: 'access', language: 'en' });
    expect(text).toContain(
      'Name: Alice Martin\nEmail address: alice@example.org\nCustomer or account number: LB-20931',
    );
    expect(text).not.toContain('rue des Lilas');
  });

  it('an opt-out of sale sends the email address only', () => {
    const result = renderRequest({ ...base, law: 'ccpa', right: 'opt-out-sale', language: 'en' });
    expect(result.ok && result.value.fieldsUsed).toEqual(['email']);
    const text = body({ law: 'ccpa', right: 'opt-out-sale', language: 'en' });
    expect(text).toContain('alice@example.org');
    expect(text).not.toContain('Alice Martin');
    expect(text).not.toContain('LB-20931');
  });

  it('leaves out fields the user has not filled in, and the identity block when none is', () => {
    const partial = renderRequest({
      ...base,
      profile: { email: 'a@b.fr' },
      law: 'gdpr',
      right: 'access',
      language: 'fr',
    });
    expect(partial.ok && partial.value.fieldsUsed).toEqual(['email']);
    const none = body({ profile: {}, law: 'gdpr', right: 'access', language: 'en' });
    expect(none).not.toContain('here are the details you hold about me');
  });
});

describe('renderRequest: result', () => {
  it('returns to, subject, citations, law, right and language', () => {
    const result = renderRequest({ ...base, law: 'gdpr', right: 'access', language: 'fr' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.to).toBe('privacy@lumen-boutique.example');
      expect(result.value.subject).toBe("Demande de droit d'accès (article 15 du RGPD)");
      expect(result.value.citations).toContain('GDPR Art. 15(1)(c)');
      expect(result.value.citations).toContain('GDPR Art. 15(3)');
      expect([result.value.law, result.value.right, result.value.language]).toEqual([
        'gdpr',
        'access',
        'fr',
      ]);
    }
  });

  it.each([
    [{ to: 'a@b.fr?bcc=x@y.z' }, { code: 'invalid-recipient', reason: 'url-query' }],
    [
      { law: 'ccpa', right: 'restriction' },
      { code: 'unsupported-right', law: 'ccpa', right: 'restriction' },
    ],
    [
      { law: 'ccpa', right: 'access', language: 'fr' },
      { code: 'unsupported-language', law: 'ccpa', language: 'fr' },
    ],
  ] as const)('refuses %j', (override, error) => {
    expect(
      renderRequest({ ...base, law: 'gdpr', right: 'access', language: 'en', ...override }),
    ).toEqual({ ok: false, error });
  });

  it('renderLetter needs no recipient', () => {
    const letter = renderLetter({
      facts: NO_FACTS,
      profile: {},
      today: '2026-11-26',
      law: 'pipeda',
      right: 'access',
      language: 'en',
    });
    expect(letter.ok && letter.value.subject).toContain('Principle 4.9');
  });
});
