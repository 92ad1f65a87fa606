import { describe, expect, it } from 'vitest';
import { renderLetter, type LetterInput } from '../../../lib/letters/render-request';
import { endsAfterName, nameLine } from '../../../lib/letters/text';
import { NO_FACTS } from '../../../lib/rights-requests/schema';
import { PROFILE } from '../../fixtures/requests/facts';

function body(input: Pick<LetterInput, 'law' | 'right' | 'language'>, controllerName: string) {
  const letter = renderLetter({
    ...input,
    facts: { ...NO_FACTS, controllerName },
    profile: PROFILE,
    today: '2026-11-26',
  });
  if (!letter.ok) {
    throw new Error(letter.error.code);
  }
  return letter.value.body;
}

describe('a company name keeps its final abbreviation dot', () => {
  it.each([
    ['pl', 'Kowalski sp. z o.o.', 'Zwracam się do Kowalski sp. z o.o. w celu'],
    ['pt-PT', 'Loja Exemplo, Lda.', 'Dirijo-me a Loja Exemplo, Lda. para exercer'],
    ['es', 'Tienda Ejemplo, S.A.', 'Me dirijo a Tienda Ejemplo, S.A. para ejercer'],
    ['en', 'Acme Inc.', 'Acme Inc.'],
  ] as const)('GDPR access in %s: %s', (language, name, expected) => {
    const text = body({ law: 'gdpr', right: 'access', language }, name);
    expect(text).toContain(expected);
    expect(text).not.toContain('..');
  });

  it('one full stop where the sentence ends right after the name', () => {
    const text = body({ law: 'revfadp', right: 'objection', language: 'de' }, 'Muster Inc.');
    expect(text).toContain('durch Muster Inc. Eine Bearbeitung');
    expect(text).not.toContain('Inc..');
  });

  it.each([
    ['Kowalski sp. z o.o.', 'Kowalski sp. z o.o.'],
    ['“Acme Inc.”', 'Acme Inc.'],
    ['Acme Ltd...', 'Acme Ltd.'],
    ['Acme, ', 'Acme'],
    ['Acme;', 'Acme'],
    ['  Acme\nGmbH  ', 'Acme GmbH'],
  ])('nameLine(%j) → %j', (raw, expected) => {
    expect(nameLine(raw, 120)).toBe(expected);
  });

  it('endsAfterName joins only a dot-ended name to the full stop after it', () => {
    expect(endsAfterName('par Acme S.A.. Un', ['Acme S.A.'])).toBe('par Acme S.A. Un');
    expect(endsAfterName('par Acme.. Un', ['Acme'])).toBe('par Acme.. Un');
  });
});
