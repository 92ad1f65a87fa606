import { describe, expect, it } from 'vitest';
import { assemble, fill, MissingPlaceholderError, placeholders } from '../../../lib/letters/fill';

describe('fill: the one placeholder rule of every letter', () => {
  it('replaces each placeholder by its value, an empty value included', () => {
    expect(fill('Dear {who},{extra} bye', { who: 'Ada', extra: '' })).toBe('Dear Ada, bye');
  });

  it.each([
    ['a missing value', 'Hello {name}', {}],
    ['a misspelt name', 'Hello {nmae}', { name: 'Ada' }],
    ['an inherited property', 'Hello {constructor}', {}],
  ])('throws on %s, never writes an empty string', (_, template, values) => {
    expect(() => fill(template, values)).toThrow(MissingPlaceholderError);
  });

  it('does not re-read braces inside a value (policy quotes, user text)', () => {
    expect(fill('Quote: {q}', { q: 'we keep {data}' })).toBe('Quote: we keep {data}');
  });

  it('lists the placeholders a template uses', () => {
    expect(placeholders('{a} and {b}, then {a}')).toEqual(['a', 'b', 'a']);
  });
});

describe('assemble', () => {
  it('keeps paragraphs whose condition holds, fills them and drops the empty ones', () => {
    const text = assemble(
      [
        'Hello {name},',
        { text: 'Your policy says{quote}.', when: 'marketing' },
        { text: 'Your policy is silent.', unless: 'marketing' },
        '{optional}',
      ],
      { name: 'Ada', quote: ': “x”', optional: ' ' },
      new Set(['marketing']),
    );
    expect(text).toEqual(['Hello Ada,', 'Your policy says: “x”.']);
  });
});
