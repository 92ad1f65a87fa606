import fc from 'fast-check';

/**
 * Recipient candidates: valid addresses, the injection forms of RFC 6068 / RFC 5322 (query,
 * encoded and raw line breaks, several addresses, quotes, display names) glued in every order,
 * and arbitrary strings over an alphabet rich in the characters that matter.
 */
const VALID = [
  'dpo@shop.example',
  'contact@magneta.fr',
  'a.b+c@x-y.co.uk',
  'x@xn--bcher-kva.example',
];
const INJECT = [
  '?bcc=evil@x.example',
  '&cc=evil@x.example',
  '%0ABcc:evil@x.example',
  '%0D%0ABcc: evil@x.example',
  '\r\nBcc: evil@x.example',
  '\nTo: evil@x.example',
  ', evil@x.example',
  ';evil@x.example',
  '"evil@x.example"',
  '<evil@x.example>',
  ' evil@x.example',
  '\u2028Bcc: evil@x.example',
  '\u0085',
  '\u0000',
  '%00',
  '%250A',
  '#',
  '=',
  '@',
  '..',
  '.',
  '-',
  'Ж',
  '\ud800',
];
const ALPHABET = [
  ...'abcxyz019.-_+@?&=%,;:"\'<>()[]\\ \t\r\n#/!$*^`{|}~',
  '\u0085',
  '\u2028',
  '\u00e9',
  '\u0000',
  '\u007f',
];

export const recipient: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...VALID),
  fc
    .tuple(
      fc.constantFrom(...VALID),
      fc.array(fc.constantFrom(...INJECT, ...VALID), { maxLength: 3 }),
    )
    .map(([a, rest]) => a + rest.join('')),
  fc
    .array(fc.constantFrom(...INJECT, ...VALID), { minLength: 1, maxLength: 4 })
    .map((p) => p.join('')),
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.emailAddress(),
);

/** Subjects and bodies carrying header syntax, line breaks of every kind, controls and Unicode. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        'Subject request',
        '\r\n',
        '\n',
        '\r',
        '\r\nBcc: evil@x.example',
        '\n\nbody',
        '=?UTF-8?B?',
        '?=',
        '&body=',
        '?cc=',
        '%0A',
        'é',
        '€',
        '\ud83d\ude00',
        '\u0000',
        '\u001b',
        '\t',
        ' ',
        '=',
        '.',
        'x'.repeat(80),
      ),
      { maxLength: 12 },
    )
    .map((p) => p.join('')),
);

export const message = fc.record({ to: recipient, subject: hostileText, body: hostileText });
