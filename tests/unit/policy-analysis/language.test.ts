import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/policy-analysis/language';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'We collect your email address and we share it with our partners for the purposes of this service.',
    ],
    [
      'fr',
      'Nous collectons vos données pour la gestion de votre compte et nous ne les vendons pas.',
    ],
    [
      'de',
      'Wir speichern Ihre Daten nur so lange, wie es für die Erfüllung des Vertrags nötig ist.',
    ],
    ['es', 'Podemos usar sus datos para mejorar el servicio y no los compartimos con terceros.'],
    [
      'it',
      'Il titolare tratta i dati degli utenti per le finalità indicate e non li cede a terzi.',
    ],
    ['nl', 'Wij bewaren uw gegevens niet langer dan nodig is en delen ze niet met derden.'],
    [
      'pt',
      'Nós não vendemos os seus dados e também não os partilhamos com terceiros para publicidade.',
    ],
    [
      'pl',
      'Twoje dane są przetwarzane w celu realizacji umowy i nie są przekazywane innym podmiotom.',
    ],
    ['und', ''],
    ['und', '12345 ++ 678'],
    ['und', 'Rightful'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
