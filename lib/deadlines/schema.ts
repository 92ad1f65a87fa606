import * as z from 'zod';
import { Recipient } from '../rights-requests/validate-recipient';
import { CleanLine, CleanText } from '../shared/clean-text';
import { Law } from '../shared/law';
import { Right } from '../shared/right';
import { isLedgerDate, MAX_LEDGER_DATE, MIN_LEDGER_DATE } from './iso-date';

/**
 * The tracked-request ledger's boundary types. A request stores only facts (what was sent, what
 * happened, when); its status and due date are derived (timeline.ts), so a rule fix never leaves
 * stale values behind in a user's storage or export.
 */

/** Legal regimes whose deadlines we count (periods.data.ts). */
export { Law } from '../shared/law';

/** The right the request exercises: the legal catalogue's id (lib/shared/right.ts). */
export { Right } from '../shared/right';

/**
 * A calendar date 'YYYY-MM-DD' (no time, no zone: deadlines are counted in whole days), between
 * 1990-01-01 and 2100-12-31: the one date type of every door into the ledger (iso-date.ts).
 */
export const IsoDate = z
  .string()
  .refine(isLedgerDate, `a date between ${MIN_LEDGER_DATE} and ${MAX_LEDGER_DATE} (YYYY-MM-DD)`);
export type IsoDate = z.infer<typeof IsoDate>;

/** ISO 3166-1 alpha-2, upper case ('FR'). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. FR');
/** ISO 3166-2 subdivision, upper case, with its country prefix ('DE-BY', 'GB-SCT'). */
export const SubdivisionCode = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'ISO 3166-2 code, e.g. DE-BY');

const eventBase = {
  /** Unique within the request; merges of two ledgers unite events by this id. */
  id: z.string().min(1),
  date: IsoDate,
  text: z.string().optional(),
};

export const RequestEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sent'), ...eventBase }),
  z.object({ type: z.literal('acknowledged'), ...eventBase }),
  /** The controller notified an extension (GDPR Art. 12(3); CCPA §7021(b); PIPEDA s. 8(4)). */
  z.object({
    type: z.literal('extended'),
    ...eventBase,
    /** The date the controller announced, if any (revFADP DPO Art. 18: "by when"). */
    until: IsoDate.optional(),
  }),
  /** The controller asked for ID or clarification (GDPR Art. 12(6), recital 63/64). */
  z.object({ type: z.literal('id-requested'), ...eventBase }),
  z.object({ type: z.literal('id-provided'), ...eventBase }),
  /** The controller asked the user to specify the request (UK GDPR Art. 12A; GDPR recital 63). */
  z.object({ type: z.literal('clarification-requested'), ...eventBase }),
  z.object({ type: z.literal('clarification-provided'), ...eventBase }),
  z.object({ type: z.literal('answered'), ...eventBase }),
  /** A follow-up to the controller was sent, or a complaint lodged with the authority. */
  z.object({
    type: z.literal('escalated'),
    ...eventBase,
    to: z.enum(['controller', 'authority']),
    /** Who exactly (authority name or e-mail address), for the timeline. */
    recipient: z.string().optional(),
  }),
  z.object({ type: z.literal('closed'), ...eventBase }),
  z.object({ type: z.literal('note'), ...eventBase }),
]);
export type RequestEvent = z.infer<typeof RequestEvent>;
export type RequestEventType = RequestEvent['type'];

/**
 * How the request was sent (ledger v2): by e-mail (to `recipient`), through the controller's web
 * form (its address), or by post (the address written on the envelope). No law we cover makes
 * e-mail the only way: GDPR Art. 12(2) and recital 59 ask the controller to facilitate requests,
 * and the period runs from receipt whatever the way (Art. 12(3)).
 */
export const Channel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email') }),
  z.object({ kind: z.literal('web-form'), url: z.url({ protocol: /^https?$/ }).max(2000) }),
  z.object({
    kind: z.literal('postal'),
    /** The postal address as the user wrote it (lines kept, cleaned like any imported text). */
    address: CleanText.pipe(z.string().trim().min(1).max(1000)),
  }),
]);
export type Channel = z.infer<typeof Channel>;
export type ChannelKind = Channel['kind'];

/**
 * A tracked request's fields, without the rule that ties them together; for schemas built from
 * it (`.omit()`), which zod refuses on a refined object. Validate with `TrackedRequest`.
 */
export const TrackedRequestFields = z.object({
  id: z.string().min(1),
  /** The site's origin, e.g. 'https://shop.example' (http/https only: it is rendered as a link). */
  site: z.url({ protocol: /^https?$/ }),
  /** The controller's name as the user knows it (page or import text: one clean line, issue 10 item 9). */
  controller: CleanLine,
  /**
   * The e-mail address the request went to: the composer's own recipient type, so whatever it
   * sends can be tracked. Required when `channel` is e-mail; optional for a form or a letter.
   */
  recipient: Recipient.optional(),
  channel: Channel,
  right: Right,
  law: Law,
  /** Language of the request (BCP 47 primary tag, e.g. 'fr'). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  /** The controller's country: its public holidays count and its authority hears complaints. */
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  /**
   * LGPD: whether the controller is a small processing agent (double periods, Res. CD/ANPD
   * 2/2022 art. 14). Unknown → we take the later, doubled date and say so.
   */
  smallAgent: z.boolean().optional(),
  /** The day the request was sent; we count it as the day of receipt (EDPB GL 01/2022 §159). */
  sentDate: IsoDate,
  events: z.array(RequestEvent),
  notes: z.string().optional(),
});

/** A tracked request, as the ledger stores it (v2; migrations: lib/storage/migrations). */
export const TrackedRequest = TrackedRequestFields.superRefine((request, ctx) => {
  if (request.channel.kind === 'email' && request.recipient === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['recipient'],
      message: 'an e-mail request needs the address it was sent to',
    });
  }
});
export type TrackedRequest = z.infer<typeof TrackedRequest>;

/** Derived, never stored (timeline.ts). */
export const RequestStatus = z.enum([
  'sent',
  'acknowledged',
  'extended',
  'answered',
  'overdue',
  'escalated',
  'closed',
]);
export type RequestStatus = z.infer<typeof RequestStatus>;
