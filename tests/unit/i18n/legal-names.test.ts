import { describe, expect, it } from 'vitest';
import { AUTHORITIES, nationalAuthority } from '../../../lib/legal/authorities';
import { rightsOf } from '../../../lib/legal/catalogue.data';
import { replyDeadline } from '../../../lib/legal/reply-deadline';
import { authorityName, localCitation } from '../../../lib/ui/legal-names';

const national = (country: string) => {
  const authority = nationalAuthority(country);
  if (!authority) {
    throw new Error(`no authority for ${country}`);
  }
  return authority;
};

describe('localCitation', () => {
  it.each([
    ['en', 'GDPR Art. 12(3)', 'GDPR Art. 12(3)'],
    ['fr', 'GDPR Art. 12(3)', 'RGPD art. 12(3)'],
    ['de', 'GDPR Art. 12(3)', 'DSGVO Art. 12(3)'],
    ['nl', 'GDPR Art. 12(3)', 'AVG art. 12(3)'],
    ['pl', 'GDPR Art. 12(3)', 'RODO art. 12(3)'],
    ['pl', 'UK GDPR Art. 12A', 'brytyjskie RODO art. 12A'],
    [
      'es',
      'GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 3',
      'RGPD art. 12(3); Reglamento (CEE, Euratom) n.º 1182/71, art. 3',
    ],
    [
      'de',
      'EDPB Guidelines 01/2022, §159; GDPR recital 63',
      'Leitlinien 01/2022 des EDSA, Rn. 159; DSGVO Erwägungsgrund 63',
    ],
    // A part we have no translation for: the whole citation stays as written, never half done.
    [
      'fr',
      'UK GDPR Art. 12(3); ICO: three months from the original start date',
      'UK GDPR Art. 12(3); ICO: three months from the original start date',
    ],
    ['it', 'Cal. Civ. Code §1798.130(a)(2)', 'Cal. Civ. Code §1798.130(a)(2)'],
    ['de', 'FADP Art. 25(7)', 'Art. 25 Abs. 7 DSG'],
    ['fr', 'PIPEDA s. 8(3)', 'LPRPDE, paragraphe 8(3)'],
    ['pt', 'LGPD Art. 19, II', 'Lei n.º 13.709/2018 (LGPD), art. 19, II'],
  ])('%s: %s → %s', (lang, citation, expected) => {
    expect(localCitation(citation, lang)).toBe(expected);
  });
});

// The composer's "they must reply within …" cites each law's period provision: never English in
// another UI (the Californian and other US codes are cited by their own official abbreviations).
const NON_US = ['gdpr', 'uk-gdpr', 'lgpd', 'revfadp', 'pipeda'] as const;
describe.each(['fr', 'de', 'es', 'it', 'nl', 'pt', 'pl'])(
  'reply-period citations in %s',
  (lang) => {
    it.each(NON_US.flatMap((law) => rightsOf(law).map((right) => [law, right] as const)))(
      '%s / %s',
      (law, right) => {
        const citation = replyDeadline(law, right)?.citation ?? '';
        expect(citation).not.toBe('');
        expect(localCitation(citation, lang)).not.toBe(citation);
      },
    );
  },
);

describe('authorityName', () => {
  it.each([
    ['en', 'ES', 'Spanish Data Protection Agency'],
    ['es', 'ES', 'Agencia Española de Protección de Datos (AEPD)'],
    ['fr', 'IT', 'Garante per la protezione dei dati personali'],
    ['de', 'PL', 'Urząd Ochrony Danych Osobowych (UODO)'],
    ['nl', 'BE', 'Gegevensbeschermingsautoriteit (GBA)'],
    ['fr', 'BE', 'Autorité de protection des données (APD)'],
    ['fr', 'CH', 'Préposé fédéral à la protection des données et à la transparence (PFPDT)'],
    ['it', 'CH', 'Incaricato federale della protezione dei dati e della trasparenza (IFPDT)'],
    // Not in the reader's alphabet, or several languages and none of the reader's: English.
    ['fr', 'GR', 'Hellenic Data Protection Authority'],
    ['pl', 'BE', 'Belgian Data Protection Authority'],
    ['es', 'MT', 'Office of the Information and Data Protection Commissioner'],
  ])('%s reader, %s: %s', (lang, country, expected) => {
    expect(authorityName(national(country), lang)).toBe(expected);
  });

  it('finds the local name of an authority a letter names only in English', () => {
    expect(authorityName({ name: 'Dutch Data Protection Authority' }, 'nl')).toBe(
      'Autoriteit Persoonsgegevens (AP)',
    );
    expect(authorityName({ name: 'An authority we do not know' }, 'nl')).toBe(
      'An authority we do not know',
    );
  });

  it('gives every authority a non-empty name in every language', () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl']) {
      for (const authority of AUTHORITIES) {
        expect(authorityName(authority, lang).trim(), `${authority.name} ${lang}`).not.toBe('');
      }
    }
  });
});
