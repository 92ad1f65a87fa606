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
    ...(CATALOGUE[law].complaint ?? []),
    ...PERIOD_RULES.filter((r) => r.law === law).flatMap((r) => [
      r.citation,
      r.extension?.citation ?? '',
      r.acknowledge?.citation ?? '',
      r.smallAgentFactor?.citation ?? '',
      r.idPause?.citation ?? '',
      r.clarification?.citation ?? '',
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

  /**
   * "Art. 15 RGPD", "art. 17 del RGPD", "Art. 15 DSGVO", "artikel 15 AVG", "art. 15 RODO",
   * "article 17", "Artikel 21", "artículo 16", "articolo 18", "artigo 20.º", "artykuł 22": an
   * article number in a GDPR letter in any language must be one the catalogue cites for the law.
   */
  const ARTICLE_ANY =
    /(?<!\p{L})(?:art(?:icles?|ikel|ículos?|icolo|icoli|igos?|ykuł(?:u|y|ów)?|s?\.))\s*(\d+[A-Z]?)(?!\d)/giu;

  it.each([
    ['Art. 15 RGPD', '15'],
    ['conforme al art. 17 del RGPD', '17'],
    ['nach Art. 15 DSGVO', '15'],
    ['op grond van artikel 15 AVG', '15'],
    ['na podstawie art. 15 RODO', '15'],
    ['ai sensi dell’articolo 21 del GDPR', '21'],
    ['nos termos do artigo 20.º do RGPD', '20'],
    ['l’article 12A du UK GDPR', '12A'],
    ['artykułu 22 RODO', '22'],
  ])('reads the article in "%s"', (text, article) => {
    expect([...text.matchAll(ARTICLE_ANY)].map((m) => m[1])).toEqual([article]);
  });

  it('GDPR and UK GDPR letters in every language cite only articles the catalogue has', () => {
    let checked = 0;
    const languages = new Set<string>();
    for (const c of cases.filter((x) => x.law === 'gdpr' || x.law === 'uk-gdpr')) {
      // Articles of the Regulation, and sections of the UK's DPA 2018 cited as "article 164A".
      const cited = known(c.law).matchAll(/(?:Arts?|s)\. (\d+[A-Z]?)/g);
      const articles = new Set([...cited].map((m) => m[1]));
      for (const [, article] of `${c.subject}\n${c.body}`.matchAll(ARTICLE_ANY)) {
        checked += 1;
        languages.add(c.language);
        expect([...articles], `${c.key}: article ${article}`).toContain(article);
      }
    }
    expect([...languages]).toEqual(
      expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt-PT']),
    );
    expect(checked).toBeGreaterThan(500);
  });
});
