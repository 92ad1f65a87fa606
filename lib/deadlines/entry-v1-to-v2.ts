/**
 * FROZEN — how a ledger entry of v1 (stored ledger and export file alike) becomes a v2 entry.
 * Never edit: a later change gets its own file (DESIGN.md, house style 6). It lives in this pure
 * domain because both doors use it: lib/storage/migrations (the stored ledger) and ledger-io.ts
 * (export files of version 1, the CLI's included).
 *
 * v1 stored the deadlines domain's own word for a right, the CCPA's "know", "delete", "correct"
 * among them; v2 stores the legal catalogue's right id (lib/shared/right.ts), and how the request
 * was sent (`channel`): v1 could only track e-mail.
 */

/** v1's words for rights (lib/deadlines/schema.ts `RequestKind` until v2) → the catalogue's ids. */
const V1_RIGHT_TO_V2: Readonly<Record<string, string>> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction',
  portability: 'portability',
  objection: 'objection',
  'automated-decision': 'automated-decision',
  'withdraw-consent': 'withdraw-consent',
  know: 'access',
  delete: 'erasure',
  correct: 'rectification',
  'opt-out-sale': 'opt-out-sale',
  'limit-sensitive': 'limit-sensitive',
};

/**
 * One entry, v1 → v2. Whatever is not a v1 entry is returned unchanged (an unknown right stays
 * unknown): the entry then fails v2 validation and is set aside with its reason, never dropped.
 */
export function entryV1ToV2(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return entry;
  }
  const v1 = entry as Record<string, unknown>;
  const right = typeof v1.right === 'string' ? V1_RIGHT_TO_V2[v1.right] : undefined;
  return {
    ...v1,
    ...(right === undefined ? {} : { right }),
    ...('channel' in v1 ? {} : { channel: { kind: 'email' } }),
  };
}
