import { describe, expect, it } from 'vitest';
import { extractLegalBases } from '../../../../lib/policy-analysis/extract/legal-bases';
import { matchTable } from '../../../../lib/policy-analysis/extract/match';
import {
  extractPartnerMarketing,
  extractPartnersListPromised,
  extractRecipients,
} from '../../../../lib/policy-analysis/extract/recipients';
import { contextOf } from './support';

/** Our own sentences: data types, purposes, recipients and legal bases read in Dutch and Polish. */
function dataTypes(lang: string, text: string): string[] {
  const ctx = contextOf(lang, text);
  return matchTable(ctx.segments, ctx.lex.dataTypes)
    .map((f) => f.value)
    .sort();
}
function purposes(lang: string, text: string): string[] {
  const ctx = contextOf(lang, text);
  return matchTable(ctx.segments, ctx.lex.purposes)
    .map((f) => f.value)
    .sort();
}
function recipients(lang: string, ...lines: string[]): string[] {
  return extractRecipients(contextOf(lang, ...lines))
    .map((r) => r.kind)
    .sort();
}
function legalBases(lang: string, text: string): string[] {
  return extractLegalBases(contextOf(lang, text))
    .map((b) => b.value)
    .sort();
}

describe('Dutch: data types', () => {
  it.each([
    [
      'Wij verwerken uw naam, e-mailadres, telefoonnummer en factuuradres.',
      ['billing', 'contactDetails', 'name', 'postalAddress'],
    ],
    [
      'Bij uw bezoek slaan wij uw IP-adres, het browsertype en de bezochte pagina’s op.',
      ['browsingCookies', 'device', 'identifiers'],
    ],
    [
      'Voor de verificatie vragen wij een kopie van uw identiteitsbewijs en uw geboortedatum.',
      ['demographics', 'governmentId'],
    ],
    ['Wij bewaren uw bankrekeningnummer en uw locatiegegevens.', ['financial', 'location']],
    ['Uw wachtwoord wordt versleuteld opgeslagen.', ['credentials']],
    ['Wij verwerken gegevens over uw gezondheid.', ['health']],
  ])('%s', (text, expected) => {
    expect(dataTypes('nl', text)).toEqual(expected);
  });

  it.each([
    // the controller's own contact, a channel, a denial of cookies, "on behalf of"
    'E-mail: info@voorbeeld.nl',
    'U kunt ons bereiken via e-mail of per post.',
    'Onze website werkt zonder cookies.',
    'Wij handelen in naam van de gemeente.',
  ])('nothing in: %s', (text) => {
    expect(dataTypes('nl', text)).toEqual([]);
  });
});

describe('Dutch: purposes', () => {
  it.each([
    ['Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.', ['marketing']],
    ['De gegevens worden gebruikt om onze website te analyseren en te verbeteren.', ['analytics']],
    ['Wij verwerken uw gegevens voor het beantwoorden van uw vragen.', ['customerSupport']],
    [
      'Het leveren van onze diensten en het voorkomen van fraude.',
      ['security', 'serviceProvision'],
    ],
    ['Wij zijn wettelijk verplicht facturen zeven jaar te bewaren.', ['legalObligation']],
  ])('%s', (text, expected) => {
    expect(purposes('nl', text)).toEqual(expected);
  });

  it('protecting the data is no purpose: "wij verbeteren onze beveiligingsmaatregelen"', () => {
    expect(
      purposes('nl', 'Wij streven ernaar onze beveiligingsmaatregelen te verbeteren.'),
    ).toEqual([]);
  });
});

describe('Dutch: recipients', () => {
  it('processors and authorities in a sentence that shares', () => {
    expect(
      recipients(
        'nl',
        'Wij delen uw gegevens met onze verwerkers en verstrekken ze aan de politie als de wet dat eist.',
      ),
    ).toEqual(['authorities', 'processors']);
  });

  it.each([
    'Wij verstrekken geen persoonsgegevens aan derden.',
    'Uw gegevens worden niet aan derden verkocht.',
  ])('a denial shares with nobody: %s', (text) => {
    expect(recipients('nl', text)).toEqual([]);
  });
});

describe('Dutch: legal bases', () => {
  it.each([
    ['Wij verwerken deze gegevens op basis van uw toestemming.', ['consent']],
    ['De verwerking is noodzakelijk voor de uitvoering van een overeenkomst.', ['contract']],
    ['Wij verwerken uw gegevens op grond van ons gerechtvaardigd belang.', ['legitimateInterest']],
    ['Grondslag: artikel 6 lid 1 sub c AVG.', ['legalObligation']],
    ['Grondslag: art. 6, eerste lid, onder e AVG.', ['publicTask']],
  ])('%s', (text, expected) => {
    expect(legalBases('nl', text)).toEqual(expected);
  });

  it('no basis in a sentence about an article of another law', () => {
    expect(legalBases('nl', 'Zie artikel 16 lid 1 sub a van de wet.')).toEqual([]);
  });
});

describe('Polish: data types', () => {
  it.each([
    [
      'Przetwarzamy Twoje imię i nazwisko, adres e-mail, numer telefonu oraz adres do korespondencji.',
      ['contactDetails', 'name', 'postalAddress'],
    ],
    [
      'Zapisujemy adres IP, typ przeglądarki i historię przeglądania.',
      ['browsingCookies', 'device', 'identifiers'],
    ],
    ['Prosimy o numer PESEL i datę urodzenia.', ['demographics', 'governmentId']],
    ['Przetwarzamy numer rachunku bankowego i dane o lokalizacji.', ['financial', 'location']],
    ['Hasło przechowujemy w postaci zaszyfrowanej.', ['credentials']],
    ['Przetwarzamy dane dotyczące zdrowia.', ['health']],
  ])('%s', (text, expected) => {
    expect(dataTypes('pl', text)).toEqual(expected);
  });

  it.each([
    // the controller's contact, a channel, "on behalf of", no cookies
    'E-mail: kontakt@przyklad.pl',
    'Wniosek można wysłać na adres e-mail administratora.',
    'Pełnomocnik działa w imieniu spółki.',
    'Serwis działa bez plików cookies.',
  ])('nothing in: %s', (text) => {
    expect(dataTypes('pl', text)).toEqual([]);
  });
});

describe('Polish: purposes', () => {
  it.each([
    ['Dane przetwarzamy w celu wysyłki newslettera.', ['marketing']],
    ['Dane przetwarzamy w celu wykonania umowy.', ['serviceProvision']],
    ['Korzystamy z narzędzi do analizy ruchu na stronie.', ['analytics']],
    ['Dane służą do udzielenia odpowiedzi na zapytania.', ['customerSupport']],
    ['Przetwarzamy dane w celu wypełnienia obowiązku prawnego.', ['legalObligation']],
  ])('%s', (text, expected) => {
    expect(purposes('pl', text)).toEqual(expected);
  });

  it('a denied purpose is no purpose: "nie służą do celów analitycznych ani marketingowych"', () => {
    expect(purposes('pl', 'Pliki te nie służą do celów analitycznych ani marketingowych.')).toEqual(
      [],
    );
  });
});

describe('Polish: recipients', () => {
  it('processors and authorities in a sentence that shares', () => {
    expect(
      recipients(
        'pl',
        'Dane możemy przekazywać dostawcom usług IT oraz organom ścigania na ich żądanie.',
      ),
    ).toEqual(['authorities', 'processors']);
  });

  it('a denial shares with nobody', () => {
    expect(recipients('pl', 'Nie udostępniamy danych podmiotom trzecim.')).toEqual([]);
  });
});

describe('Polish: legal bases', () => {
  it.each([
    ['Podstawą przetwarzania jest Twoja zgoda.', ['consent']],
    ['Dane są niezbędne do wykonania umowy.', ['contract']],
    ['Podstawą jest art. 6 ust. 1 lit. c RODO.', ['legalObligation']],
    ['Podstawą jest prawnie uzasadniony interes administratora.', ['legitimateInterest']],
    ['Podstawą jest art. 6 ust. 1 lit. e RODO.', ['publicTask']],
  ])('%s', (text, expected) => {
    expect(legalBases('pl', text)).toEqual(expected);
  });

  it.each([
    // "zgodnie z" is "in accordance with"; the controller's own consent is no basis
    'Dane przetwarzamy zgodnie z przepisami prawa.',
    'Procesorzy nie przekazują danych dalej bez zgody Administratora.',
  ])('no basis in: %s', (text) => {
    expect(legalBases('pl', text)).toEqual([]);
  });
});

function table(lang: string, key: 'sources' | 'security', text: string): string[] {
  const ctx = contextOf(lang, text);
  const found =
    key === 'sources'
      ? matchTable(ctx.segments, ctx.lex.sources)
      : matchTable(ctx.segments, ctx.lex.security);
  return found.map((f) => f.value as string).sort();
}
const matches = (lang: string, key: 'profiling' | 'automatedDecisions', text: string) =>
  contextOf(lang, text).lex[key].some((p) => p.test(text));

describe('Dutch and Polish: sources, security, profiling, partners', () => {
  it.each([
    [
      'nl',
      'Technische gegevens worden automatisch verzameld wanneer u onze website bezoekt.',
      ['automatically'],
    ],
    [
      'nl',
      'Wij ontvangen gegevens van onze partners en uit openbare bronnen.',
      ['partners', 'publicSources'],
    ],
    [
      'pl',
      'Dane techniczne są zbierane automatycznie podczas korzystania ze Serwisu.',
      ['automatically'],
    ],
    [
      'pl',
      'Dane pozyskujemy od naszych partnerów oraz ze źródeł publicznych.',
      ['partners', 'publicSources'],
    ],
  ])('%s sources: %s', (lang, text, expected) => {
    expect(table(lang, 'sources', text)).toEqual(expected);
  });

  it.each([
    [
      'nl',
      'Wij gebruiken versleutelde verbindingen (TLS) en firewalls.',
      ['encryption', 'https', 'monitoring'],
    ],
    ['nl', 'De toegang is beperkt tot bevoegde medewerkers.', ['accessControl']],
    ['pl', 'Stosujemy szyfrowanie danych i zapory sieciowe.', ['encryption', 'monitoring']],
    [
      'pl',
      'Dane są pseudonimizowane, a dostęp mają tylko osoby upoważnione.',
      ['accessControl', 'pseudonymisation'],
    ],
  ])('%s security: %s', (lang, text, expected) => {
    expect(table(lang, 'security', text)).toEqual(expected);
  });

  it.each([
    // the right to restriction is no access control; a person authorised to represent a company neither
    ['nl', 'U heeft het recht op beperking van de verwerking.'],
    ['pl', 'Przysługuje Ci prawo do ograniczenia przetwarzania.'],
    ['pl', 'Przetwarzamy dane osób upoważnionych do reprezentacji spółki.'],
  ])('%s no security measure: %s', (lang, text) => {
    expect(table(lang, 'security', text)).toEqual([]);
  });

  it.each([
    ['nl', 'profiling', 'Wij maken geen gebruik van profilering.', true],
    ['nl', 'automatedDecisions', 'Er vindt geen geautomatiseerde besluitvorming plaats.', true],
    ['nl', 'profiling', 'U kunt uw profiel op elk moment aanpassen.', false],
    ['pl', 'profiling', 'Administrator nie stosuje profilowania.', true],
    [
      'pl',
      'automatedDecisions',
      'Nie podejmujemy decyzji wyłącznie w sposób zautomatyzowany.',
      true,
    ],
    ['pl', 'profiling', 'Dostosowujemy treści do profilu działalności firmy.', false],
  ] as const)('%s %s: %s', (lang, key, text, expected) => {
    expect(matches(lang, key, text)).toBe(expected);
  });

  it.each([
    ['nl', 'Met uw toestemming delen wij uw e-mailadres met partners voor hun aanbiedingen.', 1],
    [
      'pl',
      'Za Twoją zgodą przekażemy dane partnerom, aby przesyłali Ci oferty naszych partnerów.',
      1,
    ],
    // partners named beside the controller's own marketing: not the partners' offers
    [
      'pl',
      'Dane służą udostępnieniu danych Partnerom wydarzenia oraz innym celom marketingowym.',
      0,
    ],
  ])('%s partner marketing: %s', (lang, text, count) => {
    expect(extractPartnerMarketing(contextOf(lang, text))).toHaveLength(count);
  });

  it.each([
    ['nl', 'Een lijst van al onze partners vindt u hier.'],
    ['pl', 'Wykaz naszych partnerów znajduje się poniżej.'],
  ])('%s partners list promised: %s', (lang, text) => {
    expect(extractPartnersListPromised(contextOf(lang, text))).toHaveLength(1);
  });
});
