import { describe, expect, it } from 'vitest';
import { CATALOGUE, type Law } from '../../lib/legal/catalogue.data';
import { PERIOD_RULES } from '../../lib/legal/periods.data';
import { usComplaintRoute } from '../../lib/legal/us-agencies.data';
import { usStateLaw } from '../../lib/legal/us-states.data';
import { everyLetter } from '../fixtures/letters/every-letter';

/**
 * Every citation the catalogue holds for a law: its rights' articles, its period rules, its
 * sections, its complaint route.
 */
function known(law: Law): string {
  const state = usStateLaw(law);
  return [
    ...Object.values(CATALOGUE[law].rights).flatMap((r) => r.citations),
    ...PERIOD_RULES.filter((r) => r.law === law).flatMap((r) => [
      r.citation,
      r.extension?.citation ?? '',
      r.acknowledge?.citation ?? '',
      r.smallAgentFactor?.citation ?? '',
    ]),
    ...(state ? [state.statute, ...Object.values(state.sections)] : []),
    // Where a US consumer complains (the appeal subsection, or the Utah and California provisions).
    usComplaintRoute(law)?.citation ?? '',
  ].join(' | ');
}

/** The section number of a '§' citation: '§1798.130(a)(2)' → '§1798.130'. */
const SECTION = /§\s?(\d[\d.-]*\d)/g;

describe('every citation in a letter exists in the legal catalogue', () => {
  // Rendered once, while the tests are collected (no per-test time limit applies there).
  const cases = everyLetter().filter((c) => c.law !== 'us-none');

  it('US and California letters cite only sections the catalogue has for that law', () => {
    let checked = 0;
    for (const c of cases) {
      const catalogue = known(c.law).replace(/\s/g, '');
      for (const [, section] of `${c.subject}\n${c.body}`.matchAll(SECTION)) {
        checked += 1;
        expect(catalogue, `${c.key}: §${section}`).toContain(`§${section}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('GDPR and UK GDPR letters in English cite only articles the catalogue has', () => {
    let checked = 0;
    for (const c of cases.filter(
      (x) =>
        (x.law === 'gdpr' || x.law === 'uk-gdpr') && x.language === 'en' && x.kind === 'request',
    )) {
      const articles = new Set([...known(c.law).matchAll(/Arts?\. (\d+[A-Z]?)/g)].map((m) => m[1]));
      for (const [, article] of c.body.matchAll(/Articles? (\d+[A-Z]?)/g)) {
        checked += 1;
        expect([...articles], `${c.key}: Article ${article}`).toContain(article);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
