import * as z from 'zod';

/** What "Fill the form on this page" hands to the page and gets back (lib/directory/fill-form.ts). */

export const FillField = z.enum(['message', 'subject', 'name', 'email']);
export type FillField = z.infer<typeof FillField>;

export const FillPayload = z.object({
  message: z.string().min(1),
  subject: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});
export type FillPayload = z.infer<typeof FillPayload>;

/** What happened, per field of the payload (the page's own labels stay in the page). */
export const FillReport = z.object({
  filled: z.array(FillField),
  /** The field had a value already: left as the user typed it. */
  kept: z.array(FillField),
  /** No place for it on the page (for the message: no request form here, nothing filled). */
  missing: z.array(FillField),
  /** The message field's own limit (maxlength), when the letter is longer: the user must shorten it. */
  limit: z.number().int().positive().optional(),
});
export type FillReport = z.infer<typeof FillReport>;
