import { describe, expect, it } from 'vitest';
import { extractLastUpdated, parseDates } from '../../../../lib/policy-analysis/extract/dates';
import { lexiconFor } from '../../../../lib/policy-analysis/extract/lexicons';
import { contextOf } from './support';

describe('parseDates', () => {
  it.each([
    ['en', 'July 24, 2018', '2018-07-24', 'day'],
    ['en', 'July 24th, 2018', '2018-07-24', 'day'],
    ['en', '24 July 2018', '2018-07-24', 'day'],
    ['en', '2018-07-24', '2018-07-24', 'day'],
    ['en', '07/24/2018', '2018-07-24', 'day'],
    ['en', '03/04/2019', '2019-03-04', 'day'],
    ['en', '24/07/2018', '2018-07-24', 'day'],
    ['en', 'Sept. 1, 2020', '2020-09-01', 'day'],
    ['en', 'January 2020', '2020-01-01', 'month'],
    ['fr', '24 juillet 2018', '2018-07-24', 'day'],
    ['fr', '1er février 2021', '2021-02-01', 'day'],
    ['fr', '03/04/2019', '2019-04-03', 'day'],
    ['fr', 'décembre 2022', '2022-12-01', 'month'],
    ['de', '24. Juli 2018', '2018-07-24', 'day'],
    ['de', '3. März 2019', '2019-03-03', 'day'],
    ['de', '24.07.2018', '2018-07-24', 'day'],
    ['de', 'Mai 2023', '2023-05-01', 'month'],
  ])('%s "%s" → %s', (lang, text, date, precision) => {
    expect(parseDates(text, lexiconFor(lang))).toEqual([
      expect.objectContaining({ date, precision }),
    ]);
  });

  it.each([
    ['en', 'February 30, 2019'],
    ['en', '13/13/2019'],
    ['de', '31. April 2020'],
    ['en', 'version 2.1.4'],
  ])('%s "%s" is not a date', (lang, text) => {
    expect(parseDates(text, lexiconFor(lang))).toEqual([]);
  });
});

describe('extractLastUpdated', () => {
  it.each([
    ['en', 'Last modification on July 24, 2018.', '2018-07-24'],
    ['en', 'Effective date: 1 May 2020. Last updated: 2 June 2021.', '2021-06-02'],
    ['fr', 'Dernière mise à jour : 24 juillet 2018', '2018-07-24'],
    ['de', 'Stand: 24. Juli 2018', '2018-07-24'],
    ['de', 'Zuletzt geändert am 24.07.2018.', '2018-07-24'],
    ['en', 'Effective: January 1, 2015', '2015-01-01'],
    ['en', 'Updated: Thursday, May 21, 2015 3:22 pm.', '2015-05-21'],
    ['fr', 'Politique en vigueur au 1er mars 2020.', '2020-03-01'],
    ['de', 'Diese Erklärung ist gültig ab 01.03.2020.', '2020-03-01'],
  ])('%s "%s" → %s', (lang, text, date) => {
    expect(extractLastUpdated(contextOf(lang, text))?.date).toBe(date);
  });

  it('reads the date under a "Last updated" heading', () => {
    expect(extractLastUpdated(contextOf('en', '# Last updated', 'March 3, 2019'))?.date).toBe(
      '2019-03-03',
    );
  });

  it('ignores a date far from a broad cue word', () => {
    const text =
      'We keep your updated contact information in our customer files, which we last audited in our office on July 4, 2019.';
    expect(extractLastUpdated(contextOf('en', text))).toBeUndefined();
  });

  it('ignores dates without a cue', () => {
    expect(
      extractLastUpdated(contextOf('en', 'We were founded on July 24, 2018.')),
    ).toBeUndefined();
  });
});

describe("extractLastUpdated: only the policy's own date", () => {
  it.each([
    ['de', 'Version: 22.11.2023', '2023-11-22'],
    ['de', 'Wir haben diese Datenschutzerklärung (Fassung 19.02.2024) verfasst.', '2024-02-19'],
    ['de', 'Diese Erklärung wurde zuletzt am 10. September 2025 geändert.', '2025-09-10'],
    ['fr', 'Version en date du 27 avril 2026', '2026-04-27'],
    ['fr', 'Date de la publication de la politique : 21/06/2021', '2021-06-21'],
    ['nl', 'Deze privacyverklaring is opgesteld op: 18 november 2020.', '2020-11-18'],
  ])('%s: %s', (lang, text, date) => {
    expect(extractLastUpdated(contextOf(lang, text))?.date).toBe(date);
  });

  it.each([
    [
      'en',
      'We rely on the standard contractual clauses, version of 4 June 2021, for these transfers.',
    ],
    [
      'pl',
      'Podstawą jest art. 6 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.',
    ],
    ['fr', "Le Règlement (UE) 2024/1689 sur l'IA sera applicable à compter du 2 août 2026."],
  ])("%s: a legal instrument's date is not the policy's: %s", (lang, text) => {
    expect(extractLastUpdated(contextOf(lang, text))).toBeUndefined();
  });

  it('a date alone under the title is the policy date (dateline)', () => {
    const ctx = contextOf(
      'en',
      '# Privacy notice',
      '21 April 2026',
      'This notice explains how we use your data.',
    );
    expect(extractLastUpdated(ctx)?.date).toBe('2026-04-21');
  });

  it('a date in the body is no dateline', () => {
    const ctx = contextOf(
      'en',
      '# Privacy notice',
      'This notice explains how we use your data.',
      'We keep it for two years.',
      'You may ask us for a copy.',
      'We reply within a month.',
      'Questions: write to us.',
      '1 May 2020',
    );
    expect(extractLastUpdated(ctx)).toBeUndefined();
  });

  it('a date alone on the first line of a section near the top, after a banner and links', () => {
    const ctx = contextOf(
      'en',
      '# Data protection',
      'We explain how we process your data.',
      'Read our terms.',
      'Read the cookie notice.',
      'Read the accessibility statement.',
      '# Customer data protection notice',
      '21 April 2026',
      'This notice may be updated from time to time.',
    );
    expect(extractLastUpdated(ctx)?.date).toBe('2026-04-21');
  });

  it('a cue after "à" (not an ASCII word boundary): "Version applicable à compter du 25 mars 2026"', () => {
    expect(
      extractLastUpdated(contextOf('fr', 'Version applicable à compter du 25 mars 2026'))?.date,
    ).toBe('2026-03-25');
  });

  it('a date after "until" is a deadline, not the update', () => {
    const ctx = contextOf(
      'fr',
      'Version en date du 2 février 2026',
      'Ces règles entrent progressivement en vigueur jusqu’en octobre 2026.',
    );
    expect(extractLastUpdated(ctx)?.date).toBe('2026-02-02');
  });
});
