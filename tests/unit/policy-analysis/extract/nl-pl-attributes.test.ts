import { describe, expect, it } from 'vitest';
import { extractLegalBases } from '../../../../lib/policy-analysis/extract/legal-bases';
import { matchTable } from '../../../../lib/policy-analysis/extract/match';
import { extractRecipients } from '../../../../lib/policy-analysis/extract/recipients';
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
