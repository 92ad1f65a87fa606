import { describe, expect, it } from 'vitest';
import { requiredProfileFields } from '../../../lib/directory/required-fields';

describe('requiredProfileFields', () => {
  it.each([
    [
      [
        { type: 'name', desc: 'Name' },
        { type: 'email', desc: 'E-Mail' },
      ],
      ['name', 'email'],
      [],
    ],
    [
      [
        { type: 'address', desc: 'Adresse' },
        { type: 'name', desc: 'Name' },
      ],
      ['name', 'postalAddress'],
      [],
    ],
    [[{ type: 'input', desc: 'Kundennummer' }], ['accountId'], []],
    [[{ type: 'input', desc: 'Username' }], ['accountId'], []],
    [[{ type: 'input', desc: 'PayPal account email' }], ['email'], []],
    [[{ type: 'input', desc: 'Telefonnummer' }], [], ['Telefonnummer']],
    [[{ type: 'input', desc: 'Customer number (N° Client)' }], ['accountId'], []],
    [
      [
        { type: 'birthdate', desc: 'Geburtsdatum' },
        { type: 'name', desc: 'Name' },
      ],
      ['name'],
      ['Geburtsdatum'],
    ],
    [[], [], []],
  ])('%j → %j', (elements, fields, unmatched) => {
    expect(requiredProfileFields(elements)).toEqual({ fields, unmatched });
  });
});
