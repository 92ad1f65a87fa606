import { describe, expect, it } from 'vitest';
import { parseRight } from '../../../lib/legal/statute-word';

// One reading of a right typed on the command line, shared by draft, deadline and escalate.
describe('parseRight', () => {
  it.each([
    ['access', 'access'],
    [' Erasure ', 'erasure'],
    ['know', 'access'],
    ['delete', 'erasure'],
    ['correct', 'rectification'],
    ['deletion', 'erasure'],
    ['correction', 'rectification'],
    ['opt-out', 'opt-out-sale'],
    ['limit', 'limit-sensitive'],
    ['object', 'objection'],
    ['withdraw', 'withdraw-consent'],
    ['forget', undefined],
    ['', undefined],
  ])('%j → %s', (input, expected) => {
    expect(parseRight(input)).toBe(expected);
  });
});
