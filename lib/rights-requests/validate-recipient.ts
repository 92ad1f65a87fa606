import * as z from 'zod';
import { err, ok, type Result } from '../shared/result';

/**
 * Why an address is refused. The UI and CLI turn each code into a clear sentence.
 * We accept exactly one plain addr-spec (RFC 5322 §3.4.1, dot-atom form only): anything that
 * could smuggle a header or a second recipient into a mailto: URL (RFC 6068) or an .eml file
 * is refused, not repaired.
 */
export const RecipientErrorCode = z.enum([
  'empty',
  'line-break',
  'percent-encoded',
  'url-query',
  'several-addresses',
  'quote',
  'angle-bracket',
  'space',
  'missing-at',
  'several-at',
  'non-ascii',
  'bad-local-part',
  'bad-domain',
  'too-long',
]);
export type RecipientErrorCode = z.infer<typeof RecipientErrorCode>;

// RFC 5321 §4.5.3.1: local part ≤ 64 octets, path ≤ 256 (so address ≤ 254).
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
/**
 * A dot-atom of letters, digits, "_", "+" and "-" (RFC 5321 §4.1.2 allows more atext, but "#",
 * "/", "!", "{", "~"… are all but unused in real addresses and mean something in URLs and to
 * mail clients). One rule for the composer, the ledger (`Recipient`) and every link built.
 */
const LOCAL = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Ordered checks: the first that fails names the problem. */
const CHECKS: [RecipientErrorCode, RegExp][] = [
  ['line-break', /[\r\n\u0085\u2028\u2029]|%0[ad]/i],
  ['percent-encoded', /%/],
  ['url-query', /[?&]/],
  ['several-addresses', /[,;]/],
  ['quote', /["'`]/],
  ['angle-bracket', /[<>]/],
  // eslint-disable-next-line no-control-regex
  ['space', /[\s\u0000-\u001f\u007f]/],
  // Controls were refused above, so anything outside printable ASCII is non-ASCII.
  ['non-ascii', /[^ -~]/],
];

function checkDomain(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TLD.test(labels.at(-1) ?? '')
  );
}

/**
 * The one recipient type (issue 10, item 7): what the composer accepts, the ledger stores and the
 * mailto/.eml/webmail builders write. Parsing gives the trimmed address.
 */
export const Recipient = z.string().transform((raw, ctx) => {
  const result = validateRecipient(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `invalid recipient: ${result.error}` });
    return z.NEVER;
  }
  return result.value;
});
export type Recipient = z.infer<typeof Recipient>;

/** Exactly one valid address, trimmed of surrounding blanks, or the reason it is refused. */
export function validateRecipient(raw: string): Result<string, RecipientErrorCode> {
  if (/[\r\n]/.test(raw)) {
    return err('line-break');
  }
  const address = raw.trim();
  if (address === '') {
    return err('empty');
  }
  for (const [code, pattern] of CHECKS) {
    if (pattern.test(address)) {
      return err(code);
    }
  }
  if (address.length > MAX_ADDRESS) {
    return err('too-long');
  }
  const parts = address.split('@');
  if (parts.length < 2) {
    return err('missing-at');
  }
  if (parts.length > 2) {
    return err('several-at');
  }
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > MAX_LOCAL || !LOCAL.test(local)) {
    return err('bad-local-part');
  }
  if (!checkDomain(domain)) {
    return err('bad-domain');
  }
  return ok(address);
}
