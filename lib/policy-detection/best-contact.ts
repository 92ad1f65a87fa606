import type { Contact } from './schema';

/**
 * The one way to write that a reader is shown first — by the verdict's contact line, the contacts
 * panel and the request composer alike, so the three never name different addresses: the
 * policy's best email; but its request form when the contacts rank that form first and the
 * policy's emails are no privacy or DPO address (the policy sends rights requests to the form;
 * shop@ is for orders). Without an email: a form (a privacy form, or the site's contact page when
 * the policy gives nothing), then a postal address.
 */
export function bestContact(contacts: readonly Contact[]): Contact | undefined {
  const email = contacts.find((c) => c.kind === 'email');
  const top = contacts[0];
  if (email && top?.kind === 'webform' && email.role !== 'privacy' && email.role !== 'dpo') {
    return top;
  }
  return (
    email ??
    contacts.find((c) => c.kind === 'webform') ??
    contacts.find((c) => c.kind === 'address')
  );
}
