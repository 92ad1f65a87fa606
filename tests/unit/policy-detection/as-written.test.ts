import { describe, expect, it } from 'vitest';
import { asWritten } from '../../../lib/policy-detection/context';
import { findContacts } from '../../../lib/policy-detection/find-contacts';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';
import type { Block } from '../../../lib/shared/policy-text';
import { parseHtml } from '../../../cli/support/parse-html';

const para = (text: string): Block => ({ kind: 'paragraph', text, headingPath: [] });

describe('asWritten: a normalised term as the text writes it', () => {
  it.each([
    [
      'Pour la Protection des  Données, écrivez-nous',
      'protection des donnees',
      'protection des données',
    ],
    ['Sie können die Daten löschen lassen', 'loschen', 'löschen'],
    [
      'Delegado de Protección de Datos',
      'delegado de proteccion de datos',
      'delegado de protección de datos',
    ],
    ['Obsługa klienta', 'obsługa klienta', 'obsługa klienta'],
  ])('%s → %s', (text, term, expected) => {
    expect(asWritten(text, term)).toBe(expected);
  });

  it('the term itself where the text has no accented letter or does not hold it', () => {
    expect(asWritten('Write to our Data Protection Officer', 'data protection officer')).toBe(
      'data protection officer',
    );
    expect(asWritten('Écrivez-nous', 'protection des donnees')).toBe('protection des donnees');
    // Characters a pattern would read are taken as they are.
    expect(asWritten('naïve (a.b) x', 'a.b')).toBe('a.b');
  });
});

describe('findContacts: a reason quotes the policy’s own words', () => {
  it('"protection des données", not the list’s unaccented form', () => {
    const { contacts } = findContacts([
      para('Pour toute question sur la protection des données, écrivez à contact@velotte.fr.'),
    ]);
    const params = contacts[0]?.reasons.flatMap((r) => r.params ?? []);
    expect(params).toContain('protection des données');
    expect(params).not.toContain('protection des donnees');
  });

  it('an action and its object found apart, each as written: "löschen … ihre daten"', () => {
    const url = 'https://velotte.de/datenschutz';
    const doc = parseHtml(
      '<html lang="de"><body><main><h1>Datenschutz</h1><p>Wenn Sie Ihre Daten löschen lassen möchten, nutzen Sie bitte <a href="https://velotte.de/anfrage-formular">unser Formular</a>.</p></main></body></html>',
    );
    const form = findContacts(htmlToBlocks(doc, url), { doc, pageUrl: url }).contacts.find(
      (c) => c.kind === 'webform',
    );
    expect(form?.reasons).toEqual([{ code: 'formInSentence', params: ['löschen … ihre daten'] }]);
  });
});
