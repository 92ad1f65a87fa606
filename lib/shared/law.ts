import * as z from 'zod';

/**
 * The privacy laws Rightful drafts requests under and counts deadlines for: one list for the
 * rights-requests and deadlines domains.
 */
export const Law = z.enum(['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'revfadp', 'pipeda']);
export type Law = z.infer<typeof Law>;
