import type { ContactReason, ContactReasonCode } from './schema';

/**
 * A contact's reason with its parameters, in the shape the schema wants (no empty `params`).
 * Kept apart from schema.ts so the finders stay free of zod at run time.
 */
export function contactReason(code: ContactReasonCode, ...params: string[]): ContactReason {
  return params.length > 0 ? { code, params } : { code };
}
