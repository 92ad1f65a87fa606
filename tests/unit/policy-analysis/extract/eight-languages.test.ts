import { describe, expect, it } from 'vitest';
import { extractLastUpdated } from '../../../../lib/policy-analysis/extract/dates';
import { extractRights } from '../../../../lib/policy-analysis/extract/rights';
import { extractTransfers } from '../../../../lib/policy-analysis/extract/transfers';
import { contextOf } from './support';

const values = (list: { value: unknown }[]) => list.map((v) => v.value).sort();

/** Our own sentences, one per language: rights, dates and transfers read in es, it, nl, pt, pl. */
describe('rights in the languages beyond en/fr/de', () => {
  it.each([
    [
      'es',
      'Puede ejercer sus derechos de acceso, rectificación, supresión y portabilidad.',
      ['access', 'erasure', 'portability', 'rectification'],
    ],
    [
      'it',
      'Lei ha il diritto di revocare il consenso e di proporre reclamo al Garante per la protezione dei dati personali.',
      ['complaintToAuthority', 'withdrawConsent'],
    ],
    [
      'nl',
      'U heeft het recht op inzage, rectificatie en beperking van de verwerking.',
      ['access', 'rectification', 'restriction'],
    ],
    [
      'pt',
      'Tem o direito de oposição e o direito à limitação do tratamento.',
      ['objection', 'restriction'],
    ],
    [
      'pl',
      'Przysługuje Pani/Panu prawo do usunięcia danych oraz prawo do przenoszenia danych.',
      ['erasure', 'portability'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    expect(values(extractRights(contextOf(lang, text)))).toEqual(rights);
  });
});

describe('last update in the languages beyond en/fr/de', () => {
  it.each([
    ['es', 'Última actualización: 3 de marzo de 2025', '2025-03-03'],
    ['it', 'Ultimo aggiornamento: 12 settembre 2024', '2024-09-12'],
    ['nl', 'Laatst gewijzigd op 18 november 2020', '2020-11-18'],
    ['pt', 'Última atualização: 05/02/2026', '2026-02-05'],
    ['pl', 'Data ostatniej aktualizacji: 14.01.2025', '2025-01-14'],
  ])('%s: %s', (lang, text, date) => {
    expect(extractLastUpdated(contextOf(lang, text))?.date).toBe(date);
  });
});

describe('transfers: a denial, a condition or a bare heading states no transfer', () => {
  it.each([
    ['en', 'Third country transfers: none.'],
    [
      'en',
      'If it should ever be necessary to transfer data outside the EEA, we will use safeguards.',
    ],
    ['es', 'No se realizarán transferencias internacionales de sus datos.'],
    ['nl', 'Uw persoonsgegevens worden niet doorgegeven naar landen buiten de EER.'],
    ['it', 'I dati non sono trasferiti verso paesi terzi.'],
    ['pt', 'Os dados não são transferidos para fora da União Europeia.'],
    ['pl', 'Administrator nie przekazuje danych do państw trzecich.'],
    ['fr', 'Nous n’effectuons aucun transfert de données hors de l’UE.'],
  ])('%s: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea).toEqual([]);
  });

  it.each([
    [
      'en',
      'Some of our providers run their services from outside the UK and the European Economic Area.',
    ],
    ['it', 'I dati potranno essere trasferiti in paesi non facenti parte dell’Unione Europea.'],
    [
      'de',
      'Wir übermitteln Daten an Dienstleister in Drittländern auf Grundlage von Standardvertragsklauseln.',
    ],
    ['nl', 'Wij geven gegevens door aan verwerkers buiten de EER.'],
  ])('%s: a plain transfer still counts: %s', (lang, text) => {
    expect(extractTransfers(contextOf(lang, text)).outsideEea.length).toBeGreaterThan(0);
  });
});
