import type { ContactRole, PageEmail, ScannedEmail } from './schema';
import { ROLE_ORDER, ROLE_RULES } from './email-roles.data';

/**
 * Roles of addresses, from their local part. A module of its own, outside extract-emails.ts: the
 * popup reads it on every scan (finish-scan.ts), and the injected scanner must not carry it.
 */

/** The role an address's local part announces (dpo@, privacy@, contact@, support@…). */
export function emailRole(address: string): ContactRole {
  const local = (address.split('@')[0] ?? '').toLowerCase();
  const tokens = local.split(/[._+\-\d]+/).filter(Boolean);
  const flat = local.replace(/[^a-z]/g, '');
  const rule = ROLE_RULES.find(
    (r) => r.tokens.some((t) => tokens.includes(t)) || r.stems.some((s) => flat.includes(s)),
  );
  return rule?.role ?? 'other';
}

/** Sort key: lower is better. */
export function roleRank(role: ContactRole): number {
  return ROLE_ORDER[role];
}

/** Each address's role, best role first; the page's order within a role. */
export function withRoles(emails: readonly ScannedEmail[]): PageEmail[] {
  return emails
    .map(({ address, evidence }) => ({ address, role: emailRole(address), evidence }))
    .sort((a, b) => roleRank(a.role) - roleRank(b.role));
}
