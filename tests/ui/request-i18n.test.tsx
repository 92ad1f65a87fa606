import { usStateLaw } from '../../lib/legal/us-states.data';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Language, Law, Right } from '../../lib/legal/catalogue.data';
import { ProfileField } from '../../lib/rights-requests/schema';
import { RecipientErrorCode } from '../../lib/rights-requests/validate-recipient';

type Messages = Record<string, { message: string }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(`locales/${lang}/request.json`, 'utf8')) as Messages;
const LOCALES = { en: load('en'), fr: load('fr'), de: load('de') };
const id = (s: string) => s.replace(/-/g, '_');

/** Keys written literally in the drafting UI and in choose-law's reasons. */
function literalKeys(): string[] {
  const files = [
    ...readdirSync('components/request').map((f) => `components/request/${f}`),
    'lib/rights-requests/choose-law.ts',
  ];
  // labels.ts holds prefixes ('req_right', …) that DYNAMIC expands.
  const prefixes = new Set([
    'req_right',
    'req_law',
    'req_lang',
    'req_field',
    'req_recipient',
    'req_deadline',
  ]);
  return files
    .flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/'(req_[A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? ''),
    )
    .filter((key) => !prefixes.has(key));
}

/** Keys built from ids at run time (labels.ts). */
const DYNAMIC = [
  ...Right.options.flatMap((r) => [`req_right_${id(r)}`, `req_right_${id(r)}_hint`]),
  // US state laws are labelled from their data (usStateLawLabel), the same in every language.
  ...Law.options.filter((l) => !usStateLaw(l)).map((l) => `req_law_${id(l)}`),
  ...Language.options.map((l) => `req_lang_${l.replace(/-/g, '_')}`),
  ...ProfileField.options.map((f) => `req_field_${f}`),
  ...RecipientErrorCode.options.map((c) => `req_recipient_${id(c)}`),
  ...['months', 'days', 'business-days'].map((u) => `req_deadline_${id(u)}`),
];

describe('request messages', () => {
  it('en, fr and de have the same keys, all prefixed req_ and valid for Chrome', () => {
    const en = Object.keys(LOCALES.en).sort();
    expect(Object.keys(LOCALES.fr).sort()).toEqual(en);
    expect(Object.keys(LOCALES.de).sort()).toEqual(en);
    for (const key of en) {
      expect(key).toMatch(/^req_[A-Za-z0-9_]+$/);
    }
  });

  it.each([...new Set([...literalKeys(), ...DYNAMIC])])('%s exists in every language', (key) => {
    for (const messages of Object.values(LOCALES)) {
      expect(messages[key]?.message.trim()).toBeTruthy();
    }
  });

  it.each(Object.keys(LOCALES.en))('%s uses the same substitutions in every language', (key) => {
    const subs = (m?: { message: string }) =>
      [...(m?.message.matchAll(/\$\d/g) ?? [])].map((x) => x[0]).sort();
    expect(subs(LOCALES.fr[key])).toEqual(subs(LOCALES.en[key]));
    expect(subs(LOCALES.de[key])).toEqual(subs(LOCALES.en[key]));
  });
});
