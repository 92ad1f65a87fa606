import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/commands/company';
import { CompanyOutput } from '../../../lib/directory/company-output';
import { loadDirectory } from '../../../cli/support/directory';
import { captureOutput } from '../../support/capture-output';

const output = captureOutput();

describe('cli company', () => {
  // The first import of the 1.4 MB JSON goes through Vite's transform: slow on a busy machine.
  beforeAll(() => loadDirectory(), 60_000);

  it('--json prints the record a URL path resolves to, with the fields a request needs', async () => {
    expect(await run(['https://hilfe.gmx.net/kontakt/', '--json'])).toBe(0);
    const out = CompanyOutput.parse(JSON.parse(output.out));
    expect(out).toMatchObject({
      slug: '1und1-gmx',
      email: 'datenschutz@gmxnet.de',
      transport: 'email',
      requestLanguage: 'de',
      needsIdDocument: false,
      quality: 'tested',
      match: { by: 'web', key: 'gmx.net' },
      snapshot: '2026-07-21',
    });
    expect(out.requiredElements.map((e) => e.type)).toEqual(['name', 'email']);
    expect(out.address).toContain('56410 Montabaur');
  });

  it('prints a name lookup for people, with the attribution', async () => {
    expect(await run(['AccuWeather,', 'Inc.'])).toBe(0);
    expect(output.out).toMatch(/^AccuWeather, Inc\. {2}\[accuweather-inc, matched by name/);
    expect(output.out).toMatch(/webform +https:\/\/www\.accuweather\.com\/en\/contact/);
    expect(output.out).toMatch(/transport +webform/);
    expect(output.out).toContain('Datenanfragen.de company directory (CC0-1.0)');
  });

  it('prints every record of a host several share, as a JSON array', async () => {
    expect(await run(['https://www.aok.de/', '--json'])).toBe(0);
    const outs = CompanyOutput.array().parse(JSON.parse(output.out));
    expect(outs.map((o) => o.slug).sort()).toEqual(['aok', 'aok-niedersachsen']);
  });

  it.each([
    [['nobody-at-all.example'], 1],
    [['No Such Company Ltd'], 1],
    [[], 2],
  ])('%j exits %d', async (args, code) => {
    expect(await run(args)).toBe(code);
    expect(output.out).toBe('');
  });
});
