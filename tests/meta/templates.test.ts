import { describe, expect, it } from 'vitest';
import { CATALOGUE, Law, rightsOf } from '../../lib/legal/catalogue.data';
import { renderLetter } from '../../lib/letters/render-request';
import { NO_FACTS } from '../../lib/rights-requests/schema';
import { RequestLetters } from '../../lib/letters/schema';
import { TEMPLATE_SETS, templateSet } from '../../lib/letters/registry';
import { PROFILE, SHOP_FACTS } from '../fixtures/requests/facts';

/** Every (law, right, language) the catalogue offers. */
const OFFERED = Law.options.flatMap((law) =>
  CATALOGUE[law].languages.flatMap((language) =>
    rightsOf(law).map((right) => ({ law, right, language })),
  ),
);

describe('template coverage', () => {
  it('offers what the issue promises: GDPR in en, fr and de; every law in English', () => {
    expect(CATALOGUE.gdpr.languages).toEqual(expect.arrayContaining(['en', 'fr', 'de']));
    for (const law of Law.options) {
      expect(CATALOGUE[law].languages).toContain('en');
    }
    expect(OFFERED.length).toBeGreaterThanOrEqual(8 * 3 + 8 + 5 + 3);
  });

  it.each(OFFERED)('$law / $right / $language has a template', ({ law, right, language }) => {
    expect(templateSet(law, language)?.rights[right]).toBeDefined();
  });

  it.each(TEMPLATE_SETS.map((set) => [`${set.law}/${set.language}`, set] as const))(
    '%s is valid data and offers only rights of its law in an offered language',
    (_, set) => {
      expect(RequestLetters.safeParse(set).success).toBe(true);
      expect(CATALOGUE[set.law].languages).toContain(set.language);
      for (const right of Object.keys(set.rights)) {
        expect(rightsOf(set.law)).toContain(right);
      }
    },
  );

  it('has one template set per (law, language)', () => {
    const keys = TEMPLATE_SETS.map((s) => `${s.law}/${s.language}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each([
  ['with every fact known', SHOP_FACTS],
  ['with no facts', NO_FACTS],
])('every offered letter renders cleanly %s', (_, facts) => {
  it.each(OFFERED)('$law / $right / $language', (input) => {
    const letter = renderLetter({ ...input, facts, profile: PROFILE, today: '2026-11-26' });
    if (!letter.ok) {
      throw new Error(JSON.stringify(letter.error));
    }
    const { subject, body } = letter.value;
    expect(subject).not.toMatch(/[\r\n]/);
    for (const text of [subject, body]) {
      expect(text).not.toMatch(/\{\w+\}|undefined|\[object|<\/?[a-z]+>/);
      expect(text).not.toMatch(/ {2}|\n{3}/);
    }
    expect(body).toContain(
      facts.controllerName ?? templateSet(input.law, input.language)!.frame.controllerFallback,
    );
    // 'us-none' is a US resident's request under no statute: it cites none (tests/unit/legal).
    expect(letter.value.citations.length > 0).toBe(input.law !== 'us-none');
  });
});
