import * as z from 'zod';

/**
 * The privacy laws Rightful drafts requests under and counts deadlines for: one list for the
 * rights-requests and deadlines domains. 'ccpa' is California's (accepted as 'us-ca' on input);
 * 'us-xx' are the other US state laws in force in 2026 (lib/legal/us-states.data.ts), and
 * 'us-none' is a request from a US resident whose state has no comprehensive privacy law: it
 * claims no statute and no deadline.
 */
export const US_STATE_LAW_IDS = [
  'us-va',
  'us-co',
  'us-ct',
  'us-ut',
  'us-tx',
  'us-or',
  'us-mt',
  'us-ia',
  'us-de',
  'us-nh',
  'us-ne',
  'us-nj',
  'us-tn',
  'us-mn',
  'us-md',
  'us-in',
  'us-ky',
  'us-ri',
] as const;
export type UsStateLawId = (typeof US_STATE_LAW_IDS)[number];

export const Law = z.enum([
  'gdpr',
  'uk-gdpr',
  'ccpa',
  'lgpd',
  'revfadp',
  'pipeda',
  ...US_STATE_LAW_IDS,
  'us-none',
]);
export type Law = z.infer<typeof Law>;

/** Input spellings that name a law by another id ('us-ca' is the CCPA's). */
export const LAW_ALIASES: Readonly<Record<string, Law>> = { 'us-ca': 'ccpa' };

/** A law id as typed by a user or a file, aliases resolved; undefined when unknown. */
export function parseLaw(value: string): Law | undefined {
  const id = value.trim().toLowerCase();
  const parsed = Law.safeParse(LAW_ALIASES[id] ?? id);
  return parsed.success ? parsed.data : undefined;
}
