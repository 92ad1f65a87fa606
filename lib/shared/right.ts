import * as z from 'zod';

/**
 * The one vocabulary of rights (issue 13): the legal catalogue's right ids, which the composer,
 * the letters, the deadline engine and the stored ledger (v2) all use. A statute's own word for a
 * right (the CCPA's "know", "delete", "correct") is a label, never an id: lib/legal/statute-word.ts.
 */
export const Right = z.enum([
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated-decision',
  'withdraw-consent',
  'opt-out-sale',
  'limit-sensitive',
]);
export type Right = z.infer<typeof Right>;
