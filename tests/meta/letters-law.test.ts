import { describe, expect, it } from 'vitest';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { CATALOGUE, Law, rightsOf } from '../../lib/legal/catalogue.data';
import { hasStatutoryPeriod, periodRule } from '../../lib/legal/periods.data';
import { statuteWord } from '../../lib/legal/statute-word';
import { periodText } from '../../lib/letters/escalation-context';
import { LETTERS } from '../../lib/letters/registry';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import { renderLetter } from '../../lib/letters/render-request';
import { NO_FACTS } from '../../lib/rights-requests/schema';
import { everyLetter } from '../fixtures/letters/every-letter';
import { PROFILE } from '../fixtures/requests/facts';

const ESCALATION = Object.entries(LETTERS).flatMap(([language, l]) =>
  l.escalation ? [[language, l.escalation] as const] : [],
);
const LAW_RIGHTS = Law.options.flatMap((law) => rightsOf(law).map((right) => ({ law, right })));

describe('every law × right × language × kind renders', () => {
  const cases = everyLetter();
  const keys = new Set(cases.map((c) => c.key));

  it.each(LAW_RIGHTS)(
    '$law / $right: a request in each of its languages, a follow-up and a complaint in each escalation language',
    ({ law, right }) => {
      const kind = statuteWord(law, right);
      for (const language of CATALOGUE[law].languages) {
        expect(keys).toContain(`request/${law}/${right}/${language}/facts`);
      }
      for (const [language] of ESCALATION) {
        expect(keys).toContain(`follow-up/${law}/${kind}/${language}`);
        expect(keys).toContain(`complaint/${law}/${kind}/${language}`);
      }
    },
  );

  it('with no placeholder, "undefined" or empty paragraph left', () => {
    expect(cases.length).toBeGreaterThan(1000);
    for (const c of cases) {
      for (const text of [c.subject, c.body]) {
        expect(text, c.key).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        expect(text, c.key).not.toMatch(/\n{3}/);
      }
    }
  });
});

/** A number followed by a time unit: '15 days', '30 jours', '1 Monat'. */
const PERIOD =
  /(?<![\d.,])\d+\s*(?:day|dia|jour|tag|giorn|día|dag|dni|dzie|month|mes|mois|monat|mese|maand|miesi|week|semaine|woche|year|jahr|anno|año|jaar|business|calendar|ouvr|arbeit|lavorat|hábil|werk|robocz)/iu;

describe('no letter for a right without a statutory period states a period', () => {
  const noPeriod = LAW_RIGHTS.filter(({ law, right }) => !hasStatutoryPeriod(law, right));

  it('there are such rights (LGPD, revFADP, PIPEDA other than access; every us-none request)', () => {
    expect(noPeriod.map(({ law }) => law)).toEqual(
      expect.arrayContaining(['lgpd', 'revfadp', 'pipeda', 'us-none']),
    );
  });

  it.each(noPeriod)('$law / $right: the request', ({ law, right }) => {
    for (const language of CATALOGUE[law].languages) {
      const letter = renderLetter({
        law,
        right,
        language,
        facts: NO_FACTS,
        profile: PROFILE,
        today: '2026-11-26',
      });
      expect(letter.ok).toBe(true);
      if (letter.ok) {
        expect(
          `${letter.value.subject}\n${letter.value.body}`,
          `${law}/${right}/${language}`,
        ).not.toMatch(PERIOD);
      }
    }
  });

  it.each(noPeriod)('$law / $right: the follow-up and the complaint', ({ law, right }) => {
    const rule = periodRule(law, right);
    for (const [language, texts] of ESCALATION) {
      const request: TrackedRequest = {
        id: 'r',
        site: 'https://shop.example',
        controller: 'Shop',
        recipient: 'privacy@shop.example',
        channel: { kind: 'email' },
        right,
        law,
        language,
        country: 'BR',
        sentDate: '2026-03-02',
        events: [],
      };
      // The reference period the engine counts must not appear as the law's; nor its citation.
      const period = new RegExp(`(?<![\\d.,])${periodText(rule.period, texts)}`, 'i');
      for (const letter of [
        renderFollowUp(request, '2026-07-20', language),
        renderComplaint(request, '2026-07-20', language),
      ]) {
        const text = `${letter.subject}\n${letter.body}`;
        expect(text, `${law}/${right}/${language}`).not.toMatch(period);
        expect(text, `${law}/${right}/${language}`).not.toContain(
          rule.citation.split(';')[0] ?? '',
        );
      }
    }
  });
});
