import { describe, expect, it } from 'vitest';
import { extractDpo } from '../../../../lib/policy-analysis/extract/dpo';
import { extractLegalBases } from '../../../../lib/policy-analysis/extract/legal-bases';
import {
  extractPartnerMarketing,
  extractRecipients,
} from '../../../../lib/policy-analysis/extract/recipients';
import { extractRights } from '../../../../lib/policy-analysis/extract/rights';
import { extractTransfers } from '../../../../lib/policy-analysis/extract/transfers';
import { extractAttributes } from '../../../../lib/policy-analysis/extract/extract-attributes';
import { contextOf } from './support';

const values = (list: { value: unknown }[]) => list.map((v) => v.value);

describe('extractRights', () => {
  it.each([
    [
      'en',
      'You have the right to access, rectify and erase your data.',
      ['access', 'rectification', 'erasure'],
    ],
    ['en', 'You may lodge a complaint with a supervisory authority.', ['complaintToAuthority']],
    ['en', 'Consent you gave can be withdrawn at any time.', ['withdrawConsent']],
    [
      'en',
      'You have the right to object and the right to data portability.',
      ['objection', 'portability'],
    ],
    [
      'fr',
      "Vous disposez d'un droit d'accès, de rectification et d'effacement.",
      ['access', 'rectification', 'erasure'],
    ],
    [
      'fr',
      "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition.",
      ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'],
    ],
    ['fr', 'Vous pouvez introduire une réclamation auprès de la CNIL.', ['complaintToAuthority']],
    [
      'de',
      'Sie haben das Recht auf Auskunft, Berichtigung und Löschung.',
      ['access', 'rectification', 'erasure'],
    ],
    ['de', 'Sie haben ein Beschwerderecht bei einer Aufsichtsbehörde.', ['complaintToAuthority']],
  ])('%s "%s"', (lang, text, rights) => {
    expect(values(extractRights(contextOf(lang, text)))).toEqual(rights);
  });

  it('does not read "access" outside a sentence about rights', () => {
    expect(extractRights(contextOf('en', 'Only our staff can access the servers.'))).toEqual([]);
  });

  it('reads a list under a rights heading', () => {
    const ctx = contextOf('en', '# Your rights', '- Access to your data', '- Portability');
    expect(values(extractRights(ctx))).toEqual(['access', 'portability']);
  });
});

describe('extractDpo', () => {
  it.each([
    [
      'en',
      'Contact our data protection officer, Bruno Husson, at dpo@example.com.',
      'Bruno Husson',
    ],
    ['en', 'Our Data Protection Officer is Ms. Jane Roe (privacy@example.com).', 'Jane Roe'],
    [
      'fr',
      'Notre délégué à la protection des données, M. Paul Martin, répond à dpo@example.fr.',
      'Paul Martin',
    ],
    [
      'de',
      'Unser Datenschutzbeauftragter ist Herr Max Mustermann, dsb@example.de.',
      'Max Mustermann',
    ],
    [
      'fr',
      'Délégué à la protection des données (DPO) : Jean Dupont, dpo@example.fr',
      'Jean Dupont',
    ],
  ])('%s: the name and address', (lang, text, name) => {
    const dpo = extractDpo(contextOf(lang, text));
    expect(dpo.name?.value).toBe(name);
    expect(dpo.contacts).toHaveLength(1);
  });

  it('gives no name when none follows the cue', () => {
    const dpo = extractDpo(
      contextOf('en', 'Please contact our Data Protection Officer at dpo@example.com.'),
    );
    expect(dpo.name).toBeUndefined();
    expect(values(dpo.contacts)).toEqual(['dpo@example.com']);
  });
});

describe('extractLegalBases', () => {
  it('ties the purposes listed after a basis to that basis', () => {
    const ctx = contextOf(
      'en',
      'With your consent, we process your data for the following purposes:',
      '- Sending you our newsletter;',
      'On the basis of our legitimate interest, we process your data for the following purposes:',
      '- Fraud prevention;',
      '- Analysing how the site is used.',
      'We keep records as required by law.',
    );
    const bases = extractLegalBases(ctx);
    expect(bases.map((b) => [b.value, values(b.purposes)])).toEqual([
      ['consent', ['marketing']],
      ['legitimateInterest', ['security', 'analytics']],
    ]);
  });

  it.each([
    ['en', 'We send you our newsletter on the basis of your consent.', 'consent', ['marketing']],
    [
      'fr',
      'Sur la base de votre consentement, nous vous envoyons notre newsletter.',
      'consent',
      ['marketing'],
    ],
    [
      'de',
      'Die Analyse der Nutzung erfolgt auf Grundlage unseres berechtigten Interesses.',
      'legitimateInterest',
      ['analytics'],
    ],
  ])('%s: a sentence naming one basis ties its purposes to it', (lang, text, basis, purposes) => {
    const found = extractLegalBases(contextOf(lang, text));
    expect(found.map((b) => [b.value, values(b.purposes)])).toEqual([[basis, purposes]]);
  });

  it('does not tie purposes when a sentence names several bases', () => {
    const ctx = contextOf(
      'en',
      'We rely on your consent or our legitimate interests to send newsletters.',
    );
    expect(extractLegalBases(ctx).every((b) => b.purposes.length === 0)).toBe(true);
  });

  it.each([
    [
      'fr',
      'Ce traitement repose sur votre consentement et sur notre intérêt légitime.',
      ['consent', 'legitimateInterest'],
    ],
    ['de', 'Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung).', ['contract']],
    ['de', 'Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung.', ['consent']],
  ])('%s "%s"', (lang, text, bases) => {
    expect(values(extractLegalBases(contextOf(lang, text)))).toEqual(bases);
  });
});

describe('extractRecipients and transfers', () => {
  it('counts a recipient word only in a sentence that shares', () => {
    const ctx = contextOf(
      'en',
      'Our partners are great.',
      'We share your data with payment service providers and Stripe.',
    );
    expect(extractRecipients(ctx).map((r) => r.name ?? r.kind)).toEqual(['processors', 'Stripe']);
  });

  it.each([
    [
      'en',
      'We transfer data to the United States under standard contractual clauses.',
      ['US'],
      ['scc'],
    ],
    [
      'fr',
      "Les données sont transférées vers les États-Unis, hors de l'UE, sur la base de clauses contractuelles types.",
      ['US'],
      ['scc'],
    ],
    [
      'de',
      'Eine Übermittlung in Drittländer wie die USA erfolgt auf Grundlage eines Angemessenheitsbeschlusses.',
      ['US'],
      ['adequacy'],
    ],
  ])('%s: countries and safeguards', (lang, text, countries, safeguards) => {
    const transfers = extractTransfers(contextOf(lang, text));
    expect(transfers.outsideEea).toHaveLength(lang === 'en' ? 0 : 1);
    expect(values(transfers.countries)).toEqual(countries);
    expect(values(transfers.safeguards)).toEqual(safeguards);
  });

  it.each([
    [
      'en',
      'We do not sell or share personal information with third parties for marketing purposes.',
    ],
    ['fr', 'Nous ne vendons jamais vos données à des partenaires commerciaux pour leurs offres.'],
    ['de', 'Wir geben Ihre Daten nicht an Partner für deren Werbung weiter.'],
  ])('%s: a denied disclosure names no recipient and no partner marketing', (lang, text) => {
    const ctx = contextOf(lang, text);
    expect(extractRecipients(ctx)).toEqual([]);
    expect(extractPartnerMarketing(ctx)).toEqual([]);
  });

  it('does not take an "adequate level of protection" of a processor for an adequacy decision', () => {
    const ctx = contextOf('en', 'Our processors ensure an adequate level of protection.');
    expect(extractTransfers(ctx).safeguards).toEqual([]);
  });
});

describe('extractAttributes', () => {
  it('finds profiling declared, but not the right against it', () => {
    const declared = extractAttributes(
      contextOf('en', 'We use profiling to tailor offers.').segments,
      [],
      'en',
    );
    const right = extractAttributes(
      contextOf('en', 'You have the right to object to profiling.').segments,
      [],
      'en',
    );
    expect(declared.profiling).toHaveLength(1);
    expect(right.profiling).toEqual([]);
  });

  it.each([
    [
      'en',
      'We protect transfers with TLS encryption and pseudonymise records.',
      ['https', 'encryption', 'pseudonymisation'],
    ],
    ['fr', 'Les données sont chiffrées et anonymisées.', ['encryption', 'anonymisation']],
    [
      'de',
      'Die Daten werden verschlüsselt und pseudonymisiert gespeichert.',
      ['encryption', 'pseudonymisation'],
    ],
  ])('%s security measures', (lang, text, measures) => {
    const ctx = contextOf(lang, text);
    expect(values(extractAttributes(ctx.segments, ctx.blocks, lang).security)).toEqual(measures);
  });
});

describe('data types', () => {
  it.each([
    [
      'en',
      'We collect your email address, your name and your billing address.',
      ['contactDetails', 'name', 'billing'],
    ],
    ['en', 'We may process health information you enter in the app.', ['health']],
    ['en', 'Our offices follow public health rules.', []],
    [
      'fr',
      'Nous collectons votre adresse e-mail, votre nom et votre adresse postale.',
      ['contactDetails', 'name', 'postalAddress'],
    ],
    ['fr', 'Nous traitons des données de santé.', ['health']],
    [
      'de',
      'Wir erheben Ihre E-Mail-Adresse, Ihren Namen und Ihre Rechnungsadresse.',
      ['contactDetails', 'name', 'billing'],
    ],
    ['de', 'Wir verarbeiten Gesundheitsdaten nur mit Ihrer Einwilligung.', ['health']],
  ])('%s "%s"', (lang, text, types) => {
    const ctx = contextOf(lang, text);
    expect(values(extractAttributes(ctx.segments, ctx.blocks, lang).dataTypes)).toEqual(types);
  });
});
