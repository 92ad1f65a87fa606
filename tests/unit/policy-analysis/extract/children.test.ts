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

  it('ignores ages outside sentences about children', () => {
    expect(extractChildren(contextOf('en', 'We have served customers for 15 years.'))).toEqual({
      ageThresholds: [],
      mentions: [],
    });
  });
});
