import { describe, expect, it } from 'vitest';
import { landOfAddress, landOfPostcode } from '../../../lib/legal/german-land';

// Postcodes checked by hand against the Deutsche Post areas: the city named is in the Land given.
describe('landOfPostcode', () => {
  it.each([
    ['80331', 'DE-BY'], // München
    ['10115', 'DE-BE'], // Berlin-Mitte
    ['14109', 'DE-BE'], // Berlin-Wannsee, inside the Brandenburg area 14
    ['14467', 'DE-BB'], // Potsdam
    ['20095', 'DE-HH'], // Hamburg
    ['21073', 'DE-HH'], // Hamburg-Harburg, inside the Lower Saxony area 21
    ['21335', 'DE-NI'], // Lüneburg
    ['28195', 'DE-HB'], // Bremen
    ['27568', 'DE-HB'], // Bremerhaven
    ['63739', 'DE-BY'], // Aschaffenburg, inside the Hesse area 63
    ['89231', 'DE-BY'], // Neu-Ulm, inside the Baden-Württemberg area 89
    ['89073', 'DE-BW'], // Ulm
    ['01067', 'DE-SN'], // Dresden
    ['99084', 'DE-TH'], // Erfurt
    ['66111', 'DE-SL'], // Saarbrücken
    ['55116', 'DE-RP'], // Mainz
    ['60311', 'DE-HE'], // Frankfurt am Main
    ['40213', 'DE-NW'], // Düsseldorf
    ['24103', 'DE-SH'], // Kiel
    ['19053', 'DE-MV'], // Schwerin
    ['39104', 'DE-ST'], // Magdeburg
    ['70173', 'DE-BW'], // Stuttgart
  ])('%s → %s', (postcode, land) => {
    expect(landOfPostcode(postcode)).toBe(land);
  });

  it('knows no Land for what is not a postcode', () => {
    expect(landOfPostcode('1234')).toBeUndefined();
    expect(landOfPostcode('00123')).toBeUndefined();
  });
});

describe('landOfAddress', () => {
  it.each([
    ['Beispiel GmbH, Leopoldstraße 1, 80802 München', 'DE-BY'],
    ['Muster AG\nFriedrichstraße 10\nD-10117 Berlin', 'DE-BE'],
    ['Hafenstraße 3, 20457 Hamburg, Deutschland', 'DE-HH'],
  ])('%s → %s', (address, land) => {
    expect(landOfAddress(address)).toBe(land);
  });

  it('does not take a house number or a phone number for a postcode', () => {
    expect(landOfAddress('Tel. +49 30 123456 78')).toBeUndefined();
    expect(landOfAddress('Hausnummer 12345 ohne Ort')).toBeUndefined();
  });
});
