import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authorityMentions,
  capitalWords,
  findAuthority,
} from '../../../lib/policy-detection/find-authority';
import type { Segment } from '../../../lib/shared/policy-text';

const seg = (text: string, index = 0): Segment => ({
  index,
  block: index,
  start: 0,
  end: text.length,
  text,
  headingPath: [],
});

const LANG: Record<string, string> = { IT: 'it', PL: 'pl', PT: 'pt', BE: 'fr', ES: 'es', NL: 'nl' };

describe('authority names: shown as the policy names it', () => {
  it.each([
    // [case, sentence, country, the name shown] (the policy's language: see LANG below)
    [
      'Italian name → the Italian name',
      'Può proporre reclamo al Garante per la protezione dei dati personali.',
      'IT',
      'Garante per la protezione dei dati personali',
    ],
    [
      '"il Garante" (capitalised) is the Italian authority',
      'Lei ha diritto di proporre reclamo al Garante.',
      'IT',
      'Garante per la protezione dei dati personali',
    ],
    [
      'English name → the English name',
      'You may complain to the Italian Data Protection Authority.',
      'IT',
      'Italian Data Protection Authority',
    ],
    [
      'Polish genitive',
      'Przysługuje Pani/Panu prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
      'PL',
      'Urząd Ochrony Danych Osobowych (UODO)',
    ],
    [
      'Portuguese acronym',
      'Pode apresentar reclamação junto da CNPD.',
      'PT',
      'Comissão Nacional de Proteção de Dados (CNPD)',
    ],
    [
      'Belgian: the French name among three',
      "Vous pouvez introduire une réclamation auprès de l'Autorité de protection des données.",
      'BE',
      'Autorité de protection des données (APD)',
    ],
    [
      'named by its site alone',
      'Puede presentar una reclamación a través del sitio web www.agpd.es.',
      'ES',
      'Agencia Española de Protección de Datos (AEPD)',
    ],
    [
      'former Dutch name',
      'U kunt een klacht indienen bij het College Bescherming Persoonsgegevens.',
      'NL',
      'Autoriteit Persoonsgegevens (AP)',
    ],
  ])('%s', (_case, text, country, name) => {
    expect(findAuthority([seg(text)], undefined, LANG[country])).toMatchObject({ country, name });
  });

  it('one acronym, two countries: the policy language decides (CNPD)', () => {
    const text = 'Pode apresentar reclamação junto da CNPD.';
    expect(findAuthority([seg(text)], undefined, 'pt')?.country).toBe('PT');
    expect(findAuthority([seg(text)], undefined, 'fr')?.country).toBe('LU');
  });

  it.each([
    [
      'the competent authority, whichever it is',
      'Sie haben das Recht, sich bei der zuständigen Datenschutzbehörde zu beschweren.',
    ],
    ['an indefinite authority', 'You may complain to a supervisory authority.'],
    [
      'a page deep in an authority site (a list of authorities)',
      'Eine Liste der Behörden finden Sie unter https://www.bfdi.bund.de/DE/Infothek/anschriften-node.html.',
    ],
    ['"garante" as a common noun', 'Il titolare è garante della sicurezza dei dati.'],
  ])('no authority named: %s', (_case, text) => {
    expect(findAuthority([seg(text)])).toBeNull();
    expect(authorityMentions(text)).toEqual([]);
  });
});

describe('authority: more of how policies name it', () => {
  it('an English name it is not officially called is shown as written, with the local name', () => {
    expect(findAuthority([seg('You may complain to the Data Inspectorate.')])).toMatchObject({
      country: 'NO',
      name: 'Data Inspectorate (Datatilsynet)',
    });
  });

  it('a sentence cut at an abbreviation keeps the complaint context of its first half', () => {
    const cut = {
      ...seg('Integritetsskyddsmyndigheten) if you disagree with us.', 1),
      block: 0,
    };
    const segments = [
      seg('You may lodge a complaint with the Swedish authority (Sw.'),
      cut,
      seg(
        'Australian users may write to the Office of the Australian Information Commissioner.',
        2,
      ),
    ];
    expect(findAuthority(segments)?.country).toBe('SE');
  });

  it('a page of its own on the authority site (a complaint form) names it', () => {
    const text = 'Puedes reclamar en https://sedeagpd.gob.es/sede-electronica-web/reclamacion.jsf.';
    expect(findAuthority([seg(text)], undefined, 'es')?.country).toBe('ES');
  });
});

describe("Brazil's ANPD (LGPD policies)", () => {
  it.each([
    ['O titular pode peticionar à Autoridade Nacional de Proteção de Dados.', 'pt'],
    ['Você pode apresentar reclamação junto à ANPD.', 'pt'],
    ['Reclamações podem ser feitas em https://www.gov.br/anpd/pt-br.', 'pt'],
    ['Users in Brazil may complain to the National Data Protection Authority (ANPD).', 'en'],
  ])('%s', (text, lang) => {
    expect(findAuthority([seg(text)], undefined, lang)?.country).toBe('BR');
  });

  it('another page of gov.br is not the authority', () => {
    const text = 'Consulte a legislação em https://www.gov.br/planalto/pt-br.';
    expect(authorityMentions(text)).toEqual([]);
  });
});

describe('an acronym inside another name names no authority', () => {
  it('"PCI-DSS" (the card industry standard) is not Liechtenstein’s DSS', () => {
    const s = seg('We are fully compliant with PCI-DSS and keep no card numbers on our servers.');
    expect(authorityMentions(s.text)).toEqual([]);
    expect(findAuthority([s], 'us', 'en')).toBeNull();
  });
});

describe('acronyms: whole words of letters and digits, found from their two capitals', () => {
  const CNIL = [['FR', "Commission nationale de l'informatique et des libertés (CNIL)"]];
  const GARANTE = [['IT', 'Garante per la protezione dei dati personali']];
  it.each([
    ['Complain to the CNIL.', CNIL],
    ['«CNIL»', CNIL],
    ['CNIL×', CNIL],
    ['A×CNIL', CNIL],
    ['xCNIL', []],
    ['CNILx', []],
    ['CNIL2', []],
    ['ÉCNIL', []],
    // A letter outside the BMP (a surrogate pair) is a letter too.
    ['\u{1d400}CNIL', []],
    ['CNIL\u{1d400}', []],
    ['il GPDP', GARANTE],
    ['Il Garante per la protezione dei dati personali', GARANTE],
  ])('%j', (text, named) => {
    expect(authorityMentions(text).map((h) => [h.authority.country, h.name])).toEqual(named);
  });

  it('capitalWords gives the words holding two capitals in a row, as a split would (property)', () => {
    const unit = fc.constantFrom(
      ...['A', 'B', 'É', 'Ö', 'a', 'é', '1', '×', ' ', '-', '.', '\u{1d400}', '\ud800', 'ß'],
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const words = text
          .split(/[^\p{L}\d]+/u)
          .filter((w) => /[A-Z\u00c0-\u00d6\u00d8-\u00de]{2}/.test(w));
        expect(capitalWords(text)).toEqual(words);
      }),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('names in a plain text (ASCII, no "_"): told without normalising where no name word is', () => {
  const BFDI = 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)';
  it.each([
    // authorityForm drops the "n" of "…beauftragten": the word is looked for as written too.
    ['Beschwerde beim Sachsische Datenschutz- und Transparenzbeauftragten', 'DE-SN'],
    ['the Information Commissioner', 'GB'],
    ['You may complain to the Datatilsynet.', 'DK'],
    // "_" joins no word for the names, but does for the word scan: normalised, then found.
    ['You may complain to the Datatilsynet_.', 'DK'],
    ['Nothing here names an authority.', undefined],
  ])('%j', (text, country) => {
    const found = authorityMentions(text)[0]?.authority;
    expect(found && (found.subdivision ?? found.country)).toBe(country);
  });
  it('a name that needs normalising is still found', () => {
    expect(authorityMentions(`Beschwerde beim ${BFDI}`)[0]?.authority.country).toBe('DE');
  });
});
