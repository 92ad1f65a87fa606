import { describe, expect, it } from 'vitest';
import { compactRecord } from '../../../lib/directory/compact-record';
import { ownDomains, parseWebAddress, registrableDomain } from '../../../lib/directory/domains';
import { normalizeName } from '../../../lib/directory/normalize-name';

describe('registrableDomain', () => {
  it.each([
    ['www.gmx.net', 'gmx.net'],
    ['agb-server.gmx.net', 'gmx.net'],
    ['shop.ionos.co.uk', 'ionos.co.uk'],
    ['WWW.Example.COM.', 'example.com'],
    ['bv.aok.de', 'aok.de'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('parseWebAddress', () => {
  it.each([
    ['https://www.aok.de/pk/niedersachsen/', { host: 'aok.de', path: '/pk/niedersachsen' }],
    ['gmx.net', { host: 'gmx.net', path: '' }],
    ['example.com/Shop/', { host: 'example.com', path: '/shop' }],
    ['mailto:a@b.example', undefined],
    ['GMX Mail', undefined],
    ['localhost', undefined],
  ])('%s', (input, expected) => {
    expect(parseWebAddress(input)).toEqual(expected);
  });
});

describe('ownDomains', () => {
  it.each([
    [
      'sources on sister domains of the web label',
      {
        web: 'https://www.gmx.net',
        sources: ['https://www.gmx.at/impressum/', 'https://github.com/x/y'],
      },
      ['gmx.at'],
    ],
    [
      'an email on the same label',
      {
        web: 'https://www.fielmann.de',
        email: 'datenschutz@fielmann.com',
        sources: ['https://x.example/'],
      },
      ['fielmann.com'],
    ],
    [
      'no web: the email domain when a source is on it',
      { email: 'privacy@iqvia.com', sources: ['https://www.iqvia.com/privacy'] },
      ['iqvia.com'],
    ],
    [
      'no web, email on a domain no source is on: nothing',
      { email: 'someone@gmail.com', sources: ['https://github.com/datenanfragen/data/pull/1'] },
      [],
    ],
    [
      "a processor's email domain is not the company's",
      {
        web: 'https://shop.example',
        email: 'privacy@onetrust.com',
        sources: ['https://shop.example/p'],
      },
      [],
    ],
    [
      'the web domain itself is left to the web entry (path-scoped)',
      {
        web: 'https://www.aok.de/pp/bv/',
        email: 'datenschutz@bv.aok.de',
        sources: ['https://www.aok.de/x'],
      },
      [],
    ],
  ])('%s', (_, record, expected) => {
    expect(ownDomains(record)).toEqual(expected);
  });
});

describe('normalizeName', () => {
  it.each([
    ['AccuWeather, Inc.', 'accuweather'],
    ['1&1 Mail & Media GmbH', '1 and 1 mail and media'],
    ['Müller Ltd', 'muller'],
    ['Société Générale S.A.', 'societe generale'],
    ['The Company Ltd', 'the company ltd'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('compactRecord', () => {
  const base = {
    slug: 'x',
    name: 'X',
    address: 'A',
    sources: ['https://x.example/'],
    quality: 'verified' as const,
  };
  it.each([
    ['email given, no medium: email', { email: 'p@x.example' }, 'email'],
    ['no email, no medium: letter', {}, 'letter'],
    [
      'the suggested medium wins',
      { email: 'p@x.example', 'suggested-transport-medium': 'webform' as const },
      'webform',
    ],
  ])('%s', (_, extra, transport) => {
    expect(compactRecord({ ...base, ...extra }).transport).toBe(transport);
  });

  it('renames the fields a request needs and keeps needs-id-document only when true', () => {
    const r = compactRecord({
      ...base,
      'required-elements': [{ type: 'name', desc: 'Name' }],
      'request-language': 'de',
      'needs-id-document': false,
    });
    expect(r).toMatchObject({
      requiredElements: [{ type: 'name', desc: 'Name' }],
      requestLanguage: 'de',
    });
    expect(r).not.toHaveProperty('needsIdDocument');
  });
});
