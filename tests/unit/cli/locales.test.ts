import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/commands/locales';
import { checkLocales, pseudoLocalize } from '../../../scripts/locales';
import { captureOutput } from '../../support/capture-output';

const output = captureOutput();

/** A throwaway project root with locales/<lang>/ui.json built from key → message maps. */
function root(langs: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightful-locales-'));
  for (const [lang, messages] of Object.entries(langs)) {
    mkdirSync(join(dir, 'locales', lang), { recursive: true });
    const file = Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, { message: m }]));
    writeFileSync(join(dir, 'locales', lang, 'ui.json'), JSON.stringify(file));
  }
  return dir;
}

const EN = {
  extName: 'Rightful',
  save: 'Save',
  sent: 'Sent on $1',
  unit_D_one: '$1 day',
  unit_D_other: '$1 days',
};

describe('checkLocales', () => {
  it('a complete language has no problem; brand names may stay English', () => {
    const dir = root({
      en: EN,
      pl: {
        extName: 'Rightful',
        save: 'Zapisz',
        sent: 'Wysłano $1',
        unit_D_one: '$1 dzień',
        unit_D_other: '$1 dnia',
        unit_D_few: '$1 dni',
        unit_D_many: '$1 dni',
      },
    });
    expect(checkLocales(dir, ['en', 'pl'])).toEqual([
      { lang: 'pl', missing: [], extra: [], untranslated: [], substitutions: [] },
    ]);
  });

  it('finds missing, untranslated, lost substitutions and keys English lacks', () => {
    const dir = root({
      en: EN,
      pl: {
        extName: 'Rightful',
        save: 'Save',
        sent: 'Wysłano',
        unit_D_one: '   ',
        unit_D_few: '$1 dni',
        unit_W_few: '$1 tygodnie',
        leftover: 'stary klucz',
      },
    });
    expect(checkLocales(dir, ['en', 'pl'])).toEqual([
      {
        lang: 'pl',
        missing: ['unit_D_one', 'unit_D_other'],
        // unit_D_few is a plural form of unit_D_other; unit_W_few has no English base.
        extra: ['unit_W_few', 'leftover'],
        untranslated: ['save'],
        substitutions: ['sent'],
      },
    ]);
  });
});

describe('cli locales check', () => {
  it('exit 0 and "complete" for the project itself', async () => {
    expect(await run(['check'])).toBe(0);
    expect(output.out).toMatch(/^fr: complete$/m);
    expect(output.out).toMatch(/^pl: complete$/m);
  });

  it('exit 1 and the keys per language when something is missing', async () => {
    const dir = root({ en: EN, es: { extName: 'Rightful', save: 'Save', sent: 'Enviado el $1' } });
    expect(await run(['check', '--root', dir])).toBe(1);
    expect(output.out).toMatch(
      /^es:\n {2}missing \(2\): unit_D_one, unit_D_other\n {2}untranslated \(1\): save$/m,
    );
    // A shipped language with no folder at all: every key missing.
    expect(output.out).toMatch(
      /^pl:\n {2}missing \(5\): extName, save, sent, unit_D_one, unit_D_other$/m,
    );
  });

  it.each([[[]], [['list']]])('exit 2 and the usage without the check action: %j', async (args) => {
    expect(await run(args)).toBe(2);
    expect(output.err).toMatch(/usage: npm run cli -- locales check/);
  });
});

describe('pseudoLocalize', () => {
  it('accents, lengthens and brackets every message, keeping $n and codes', () => {
    const pseudo = pseudoLocalize({
      sent: { message: 'Sent on $1' },
      price: { message: 'Costs $$5' },
      ui_language: { message: 'en' },
    });
    expect(pseudo).toEqual({
      sent: { message: '⟦Šééñt õõñ $1⟧' },
      price: { message: '⟦Çõõštš $$5⟧' },
      ui_language: { message: 'en' },
    });
  });
});
