import { describe, expect, it } from 'vitest';
import { placeholders } from '../../lib/letters/fill';
import { ESCALATION_PLACEHOLDERS } from '../../lib/letters/escalation-context';
import { LETTERS, TEMPLATE_SETS } from '../../lib/letters/registry';
import { REQUEST_PLACEHOLDERS } from '../../lib/letters/render-request';
import { EscalationLetters, paragraphText } from '../../lib/letters/schema';

/** Every string in a value, with its path ('followUp.paragraphs.2'). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') {
    return [[path, value]];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('letters: every template uses only placeholders its renderer fills', () => {
  it.each(TEMPLATE_SETS.map((s) => [`${s.law}/${s.language}`, s] as const))(
    'request %s',
    (_, set) => {
      const allowed = new Set<string>(REQUEST_PLACEHOLDERS);
      for (const template of Object.values(set.rights)) {
        for (const text of [template.subject, ...template.paragraphs.map(paragraphText)]) {
          for (const name of placeholders(text)) {
            expect(allowed, `{${name}} in ${text.slice(0, 60)}`).toContain(name);
          }
        }
      }
      expect(placeholders(set.frame.quote)).toEqual(['q']);
    },
  );

  const english = LETTERS.en?.escalation;
  const escalations = Object.entries(LETTERS).flatMap(([language, l]) =>
    l.escalation ? [[language, l.escalation] as const] : [],
  );

  it('follow-ups and complaints exist in en, fr and de', () => {
    expect(escalations.map(([language]) => language)).toEqual(
      expect.arrayContaining(['en', 'fr', 'de']),
    );
  });

  it.each(escalations)(
    'follow-up and complaint in %s: valid data, the English placeholders at each place',
    (_, letters) => {
      expect(EscalationLetters.safeParse(letters).success).toBe(true);
      // Paragraph lists need not align across languages: compare a list with the whole list.
      const at = (path: string) => path.replace(/\.paragraphs\.\d+$/, '.paragraphs');
      const reference = new Map<string, Set<string>>();
      for (const [path, text] of strings(english)) {
        const names = reference.get(at(path)) ?? new Set<string>();
        placeholders(text).forEach((n) => names.add(n));
        reference.set(at(path), names);
      }
      for (const [path, text] of strings(letters)) {
        // Filled with the letter's values, except three sentences with their own (see renderers).
        const full =
          /^(followUp|complaint)\./.test(path) &&
          !/^(followUp\.paused|complaint\.(statusAnswered|ukPriorComplaint))$/.test(path);
        const wanted = new Set([
          ...(reference.get(at(path)) ?? []),
          ...(full ? ESCALATION_PLACEHOLDERS : []),
        ]);
        for (const name of placeholders(text)) {
          expect(wanted, `{${name}} at ${path}`).toContain(name);
        }
      }
    },
  );
});
