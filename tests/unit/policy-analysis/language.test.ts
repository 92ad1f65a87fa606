import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../../lib/policy-analysis/rules/stopwords.data';
import type { Block } from '../../../lib/shared/policy-text';
import { detectLanguage } from '../../../lib/policy-analysis/language';
import { analyzePolicy } from '../../../lib/policy-analysis/analyze-policy';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'We collect your email address and we share it with our partners for the purposes of this service.',
    ],
    [
      'fr',
      'Nous collectons vos données pour la gestion de votre compte et nous ne les vendons pas.',
    ],
    [
      'de',
      'Wir speichern Ihre Daten nur so lange, wie es für die Erfüllung des Vertrags nötig ist.',
    ],
    ['es', 'Podemos usar sus datos para mejorar el servicio y no los compartimos con terceros.'],
    [
      'it',
      'Il titolare tratta i dati degli utenti per le finalità indicate e non li cede a terzi.',
    ],
    ['nl', 'Wij bewaren uw gegevens niet langer dan nodig is en delen ze niet met derden.'],
    [
      'pt',
      'Nós não vendemos os seus dados e também não os partilhamos com terceiros para publicidade.',
    ],
    [
      'pl',
      'Twoje dane są przetwarzane w celu realizacji umowy i nie są przekazywane innym podmiotom.',
    ],
    ['und', ''],
    ['und', '12345 ++ 678'],
    ['und', 'Rightful'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('a language we have no cues for is told, not read as its neighbour', () => {
  // Written for this test: a Swedish and a Czech paragraph of an ordinary policy.
  const swedish =
    'Vi behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Du har rätt att begära tillgång till de personuppgifter som vi har om dig, och att få felaktiga uppgifter rättade. Kontakta oss om du har frågor om hur vi behandlar dina uppgifter. Vi sparar uppgifterna så länge det behövs för ändamålet och därefter raderas de.';
  const czech =
    'Zpracováváme vaše osobní údaje v souladu s obecným nařízením o ochraně osobních údajů. Máte právo požadovat přístup k osobním údajům, které o vás máme, a jejich opravu. Pokud máte dotazy, kontaktujte nás. Údaje uchováváme po dobu nezbytnou pro daný účel a poté je vymažeme.';

  it.each([
    ['Swedish', swedish],
    ['Czech', czech],
  ])('%s text → und', (_name, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it.each([
    ['sv (page lang)', swedish, 'sv', 'sv', false],
    ['Swedish, no lang attribute', swedish, undefined, 'und', false],
    [
      'Italian',
      'Il titolare tratta i dati degli utenti per le finalità indicate.',
      'it',
      'it',
      true,
    ],
  ])('analyzePolicy: %s', (_name, text, lang, language, covered) => {
    const blocks = [{ kind: 'paragraph' as const, text, headingPath: [] }];
    const analysis = analyzePolicy(blocks, { today: '2026-01-01', ...(lang ? { lang } : {}) });
    expect(analysis.language).toBe(language);
    expect(analysis.languageCovered).toBe(covered);
  });
});

describe('the policy’s language on real pages: lang attributes as written, menus, templates', () => {
  const para = (text: string): Block => ({ kind: 'paragraph', text, headingPath: [] });
  const item = (text: string): Block => ({ kind: 'listItem', text, headingPath: [] });
  const languageOf = (blocks: Block[], lang?: string) =>
    analyzePolicy(blocks, { today: '2026-01-01', ...(lang ? { lang } : {}) });
  // Written for this test.
  const english = para(
    'We keep your account details for as long as your account is open, and we delete them within thirty days after you close it.',
  );
  const french = para(
    'Nous conservons vos données pendant la durée de votre abonnement et nous les supprimons dans les trente jours qui suivent sa résiliation.',
  );

  it.each([
    ['en_US', 'en'],
    ['EN-gb', 'en'],
    ['fr_FR', 'fr'],
  ])('lang="%s" is read as %s, a language we cover', (lang, expected) => {
    const analysis = languageOf([expected === 'fr' ? french : english], lang);
    expect(analysis.language).toBe(expected);
    expect(analysis.languageCovered).toBe(true);
  });

  it('a template’s lang="en" on a plainly French policy: French', () => {
    expect(languageOf([french, french], 'en').language).toBe('fr');
  });

  it('the attribute decides when the text cannot tell, or names a language we do not read', () => {
    expect(languageOf([para('Velotte GmbH — Impressum')], 'de').language).toBe('de');
    expect(languageOf([french], 'sv').language).toBe('sv');
    expect(languageOf([para('Velotte')], 'x-default').language).toBe('und');
  });

  it('hundreds of menu entries before the policy do not hide its language', () => {
    const menu = Array.from({ length: 700 }, (_, i) => item(`Premium Widget ${i} Deluxe`));
    expect(languageOf([...menu, english, english]).language).toBe('en');
    expect(languageOf([...menu, french, french]).language).toBe('fr');
  });
});

describe('detectLanguage reads its words by hand exactly as `\\p{L}+` would', () => {
  // The reference: the same vote over `matchAll(/\p{L}+/gu)`, which the hand-written scanner replaced.
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    words.forEach((w) => index.set(w, [...(index.get(w) ?? []), lang]));
  }
  function reference(text: string): string {
    const scores = new Map<string, number>();
    let words = 0;
    for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      if (++words > 2000) {
        break;
      }
      const langs = index.get(word) ?? [];
      langs.forEach((l) => scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length));
    }
    const [best, second] = [...scores].sort((a, b) => b[1] - a[1]);
    const counted = Math.min(words, 2000);
    return !best ||
      best[1] < 2 ||
      (second && second[1] === best[1]) ||
      (counted >= 40 && best[1] / counted < 0.1)
      ? 'und'
      : best[0];
  }
  const stopwords = Object.values(STOPWORDS).flat();
  // stopwords of every language glued by separators that are and are not letters: ASCII, Latin,
  // Greek, CJK, astral letters (𝐀, 𠀀), lone surrogates, digits, combining marks.
  const piece = fc.oneof(
    fc.constantFrom(...stopwords),
    fc.constantFrom(
      ' ',
      '  ',
      '-',
      "'",
      '’',
      '1',
      'é',
      'É',
      'ß',
      'İ',
      'Σ',
      'ω',
      '中',
      '𝐀',
      '𠀀',
      '\ud800',
      '\udc00',
      '\u0301',
      '\n',
      'ǅ',
    ),
    fc.string({ maxLength: 3 }),
  );
  it('on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
  it('past the word limit', () => {
    const text = `${'the '.repeat(1990)}${'der die das und '.repeat(20)}`;
    expect(detectLanguage(text)).toBe(reference(text));
  });
});
