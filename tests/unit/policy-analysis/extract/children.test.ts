import { describe, expect, it } from 'vitest';
import { extractChildren } from '../../../../lib/policy-analysis/extract/children';
import { contextOf } from './support';

describe('extractChildren', () => {
  it.each([
    ['en', 'Child – a physical person under 16 years old.', [16]],
    ['en', 'We do not knowingly collect data from children under the age of 13.', [13]],
    ['en', 'Our service complies with COPPA and is not directed at children.', [13]],
    ['en', 'Minors younger than 18 need their parents’ permission.', [18]],
    ['en', 'No child under age 13 may register.', [13]],
    ['en', 'We do not collect data from children under the age of thirteen.', [13]],
    ['en', 'If you are under 18, ask a parent or guardian first.', [18]],
    ['fr', 'Nous ne collectons pas de données d’enfants de moins de 15 ans.', [15]],
    ['fr', 'Enfant – toute personne âgée de moins de 16 ans.', [16]],
    ['de', 'Kinder unter 16 Jahren dürfen den Dienst nicht nutzen.', [16]],
    ['de', 'Wir richten uns nicht an Kinder, die jünger als 16 Jahre sind.', [16]],
    ['pl', 'Z serwisu mogą korzystać osoby, które ukończyły 16 lat.', [16]],
    ['pl', 'Nie przetwarzamy danych dzieci poniżej 13 lat.', [13]],
    // An age stated as a condition of use, without the word "child".
    ['en', 'Members aged 16 or over may open a loyalty card.', [16]],
    ['en', 'You must be at least 18 years old to book a tour.', [18]],
    ['fr', 'Seules les personnes âgées de 15 ans ou plus peuvent s’inscrire.', [15]],
    ['de', 'Ein Kundenkonto kann anlegen, wer mindestens 16 Jahre alt ist.', [16]],
    ['de', 'Die Teilnahme ist ab 14 Jahren möglich.', [14]],
    ['es', 'Para registrarse hay que ser mayor de 14 años.', [14]],
    ['it', 'Possono iscriversi gli utenti con almeno 14 anni compiuti.', [14]],
    ['nl', 'Je kunt een account aanmaken als je 16 jaar of ouder bent.', [16]],
    ['pt', 'O registo está reservado a maiores de 16 anos.', [16]],
  ])('%s "%s" → %j', (lang, text, ages) => {
    expect(extractChildren(contextOf(lang, text)).ageThresholds.map((a) => a.value)).toEqual(ages);
  });

  it.each([
    ['en', 'We do not target children with our services.'],
    ['fr', 'Nos services ne s’adressent pas aux enfants.'],
    ['de', 'Unser Angebot richtet sich nicht an Kinder.'],
  ])('%s: a mention without an age has no threshold', (lang, text) => {
    const children = extractChildren(contextOf(lang, text));
    expect(children.ageThresholds).toEqual([]);
    expect(children.mentions).toHaveLength(1);
  });

  it('a retention period in years is no age (pl "lat")', () => {
    const text = 'Dane przechowujemy przez okres przedawnienia roszczeń (10 lat).';
    expect(extractChildren(contextOf('pl', text)).ageThresholds).toEqual([]);
  });

  it.each([
    ['en', 'We keep invoices for 10 years after the sale.'],
    ['de', 'Rechnungen bewahren wir 10 Jahre lang auf.'],
    ['nl', 'Facturen bewaren wij 7 jaar.'],
  ])('%s: a retention period is no age ("%s")', (lang, text) => {
    expect(extractChildren(contextOf(lang, text)).ageThresholds).toEqual([]);
  });

  it('an age in a sentence about something else states no minimum age', () => {
    const text = 'We have not sold the data of any shopper we know to be under 17 years old.';
    expect(extractChildren(contextOf('en', text)).ageThresholds).toEqual([]);
  });

  it('ignores ages outside sentences about children', () => {
    expect(extractChildren(contextOf('en', 'We have served customers for 15 years.'))).toEqual({
      ageThresholds: [],
      mentions: [],
    });
  });
});
