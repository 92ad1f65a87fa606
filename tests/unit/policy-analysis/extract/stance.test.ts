import { describe, expect, it } from 'vitest';
import { isNegativeAnswer, stanceAt } from '../../../../lib/policy-analysis/extract/stance';
import { STANCE_WORDS } from '../../../../lib/policy-analysis/extract/stance.data';
import { extractRecipients } from '../../../../lib/policy-analysis/extract/recipients';
import { extractTransfers } from '../../../../lib/policy-analysis/extract/transfers';
import { contextOf } from './support';

/** The stance towards `target` (its first occurrence) in `text`. */
const stance = (lang: string, text: string, target: string) => {
  const start = text.indexOf(target);
  expect(start, `"${target}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return stanceAt(text, start, start + target.length, lang);
};

describe('stanceAt: one clause-level rule for denials and conditions, eight languages', () => {
  it.each([
    // denials before the words, in every language
    ['en', 'We do not sell your personal data to anyone.', 'sell', 'denied'],
    ['en', 'Is any transfer made to a third country? No.', 'third country', 'denied'],
    ['en', 'Transfers to third countries: none', 'third countries', 'denied'],
    ['fr', 'Vos données ne sont jamais transférées hors de l’UE.', 'hors de l’UE', 'denied'],
    ['de', 'Eine Übermittlung in Drittländer findet nicht statt.', 'Drittländer', 'denied'],
    ['de', 'Wir geben Ihre Daten keinesfalls an Dritte weiter.', 'Dritte', 'stated'],
    ['es', 'Sus datos no se ceden a terceros países.', 'terceros países', 'denied'],
    ['it', 'I tuoi dati non vengono trasferiti in paesi terzi.', 'paesi terzi', 'denied'],
    ['nl', 'Wij geven geen gegevens door aan derde landen.', 'derde landen', 'denied'],
    ['pt', 'Não transferimos dados para países terceiros.', 'países terceiros', 'denied'],
    ['pl', 'Nie przekazujemy danych do państw trzecich.', 'państw trzecich', 'denied'],
    ['pl', 'Przekazywanie danych poza EOG: nie dotyczy', 'poza EOG', 'denied'],
    // a negation after the verb (German, Dutch, French)
    ['de', 'Wir übermitteln Ihre Daten nicht in Drittländer.', 'übermitteln', 'denied'],
    ['nl', 'Wij verkopen uw gegevens nooit.', 'verkopen', 'denied'],
    // "geen"/"keine" after the verb: no object is given at all
    ['nl', 'Wij verstrekken geen persoonsgegevens aan derden.', 'verstrekken', 'denied'],
    ['de', 'Wir verkaufen keine personenbezogenen Daten.', 'verkaufen', 'denied'],
    // conditions
    [
      'en',
      'If it becomes necessary to transfer data abroad, we use safeguards.',
      'transfer',
      'conditional',
    ],
    ['en', 'We will only share your data if you agree.', 'share', 'conditional'],
    [
      'de',
      'Sie können Auskunft verlangen, ob Daten in ein Drittland übermittelt werden.',
      'Drittland',
      'conditional',
    ],
    [
      'de',
      'Werden Daten in ein Drittland übermittelt, informieren wir Sie.',
      'Drittland',
      'conditional',
    ],
    [
      'it',
      'Qualora fosse necessario trasferire i dati in paesi terzi, useremo garanzie.',
      'paesi terzi',
      'conditional',
    ],
    [
      'nl',
      'Indien het nodig mocht zijn gegevens buiten de EER door te geven, zorgen wij voor waarborgen.',
      'buiten de EER',
      'conditional',
    ],
    [
      'pt',
      'Nos casos em que haja transferência para fora da UE, usamos cláusulas.',
      'fora da UE',
      'conditional',
    ],
    ['es', 'Solo compartiremos sus datos si usted lo autoriza.', 'compartiremos', 'conditional'],
    ['en', 'We only share your data with processors.', 'share', 'stated'],
    ['es', 'Compartiremos sus datos sólo si usted lo autoriza.', 'Compartiremos', 'conditional'],
    // clause limits, phrases that deny nothing, hedges and exceptions
    ['en', 'We do not sell your data, but we share it with our processors.', 'share', 'stated'],
    ['en', 'We share data not only with processors but also with advertisers.', 'share', 'stated'],
    ['en', 'As a rule, we do not transfer data outside the EEA.', 'transfer', 'stated'],
    ['en', 'We never share your data except with your consent.', 'share', 'stated'],
    [
      'pl',
      'Co do zasady Administrator nie przekazuje danych do państw trzecich.',
      'państw trzecich',
      'stated',
    ],
    ['fr', 'Nous partageons vos données avec nos sous-traitants.', 'partageons', 'stated'],
  ])('%s: %s → %s is %s', (lang, text, target, expected) => {
    expect(stance(lang, text, target)).toBe(expected);
  });

  it('every covered language has every kind of word', () => {
    for (const [lang, words] of Object.entries(STANCE_WORDS)) {
      for (const [kind, list] of Object.entries(words) as [string, readonly string[]][]) {
        if (kind !== 'negatorsAfter' && kind !== 'openers') {
          expect(list.length, `${lang}.${kind}`).toBeGreaterThan(0);
        }
      }
    }
    expect(Object.keys(STANCE_WORDS).sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'].sort(),
    );
  });

  it.each([
    ['en', 'None', true],
    ['es', 'No procede', true],
    ['de', 'Entfällt.', true],
    ['en', 'Standard contractual clauses', false],
  ])('isNegativeAnswer(%s, %s) is %s', (lang, text, expected) => {
    expect(isNegativeAnswer(text, lang)).toBe(expected);
  });
});

describe('transfers with the stance rule: sections, tables of contents, rights', () => {
  it('a heading whose section denies a transfer states none', () => {
    const ctx = contextOf(
      'fr',
      '# Transferts hors de l’Union européenne',
      'Nous n’effectuons aucun transfert de données personnelles hors de l’Union européenne.',
    );
    expect(extractTransfers(ctx).outsideEea).toEqual([]);
  });

  it('a heading whose section only supposes a transfer states none', () => {
    const ctx = contextOf(
      'nl',
      '# Doorgifte naar derde landen',
      'Wij verwerken uw gegevens in principe binnen de EER.',
      'Indien het nodig mocht zijn om gegevens buiten de EER door te geven, treffen wij waarborgen.',
    );
    expect(extractTransfers(ctx).outsideEea).toEqual([]);
  });

  it('a heading whose section says nothing against it still states the transfer', () => {
    const ctx = contextOf(
      'en',
      '# Transfers outside the EEA',
      'Our hosting provider is based in the United States and relies on standard contractual clauses.',
    );
    expect(extractTransfers(ctx).outsideEea).toHaveLength(1);
  });

  it('a table of contents entry states nothing', () => {
    const ctx = contextOf(
      'en',
      'Transfers outside the EEA',
      'Your rights',
      'Cookies',
      'We care about your privacy and explain here how we handle your data.',
    );
    expect(extractTransfers(ctx).outsideEea).toEqual([]);
  });

  it('a third country in the description of a right is no transfer', () => {
    const ctx = contextOf(
      'de',
      '# Ihre Rechte',
      '- die Empfänger, insbesondere bei Empfängern in Drittländern;',
    );
    expect(extractTransfers(ctx).outsideEea).toEqual([]);
  });

  it('a label answered "No procede" in the next cell states none', () => {
    const ctx = contextOf('es', 'Transferencias internacionales', 'No procede');
    expect(extractTransfers(ctx).outsideEea).toEqual([]);
  });
});

describe('recipients with the stance rule', () => {
  it('a denied disclosure names no recipient; a contrasted one does', () => {
    const denied = contextOf('en', 'None of your data is sold or shared with advertisers.');
    expect(extractRecipients(denied)).toEqual([]);
    const contrasted = contextOf(
      'en',
      'We do not sell your data, but we share it with advertisers for measurement.',
    );
    expect(extractRecipients(contrasted).map((r) => r.kind)).toContain('advertisers');
  });
});
