import * as z from 'zod';

/**
 * Boundary types of the company directory: one record of the Datenanfragen.de snapshot as it
 * comes (SnapshotRecord, checked by scripts/build-directory.ts), and the compact record the
 * extension ships (DirectoryRecord, lib/directory/companies.data.json).
 */

export const Transport = z.enum(['email', 'letter', 'fax', 'webform']);
export type Transport = z.infer<typeof Transport>;

export const Quality = z.enum(['tested', 'verified', 'imported', 'scraped']);
export type Quality = z.infer<typeof Quality>;

/** An identification element the company asks for ("name", "email", "birthdate", "input", …). */
export const RequiredElement = z.object({ type: z.string(), desc: z.string() });
export type RequiredElement = z.infer<typeof RequiredElement>;

/** The fields of a snapshot record we use (datenanfragen/data schema.json); others are ignored. */
export const SnapshotRecord = z.object({
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  sources: z.array(z.string()).min(1),
  quality: Quality,
  runs: z.array(z.string()).optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  web: z.string().optional(),
  webform: z.string().optional(),
  'suggested-transport-medium': Transport.optional(),
  'request-language': z.string().optional(),
  'required-elements': z.array(RequiredElement).optional(),
  'needs-id-document': z.boolean().optional(),
  comments: z.array(z.string()).optional(),
});
export type SnapshotRecord = z.infer<typeof SnapshotRecord>;

export const DirectoryRecord = z.object({
  slug: z.string(),
  name: z.string(),
  /** Brands and services the company runs (GDPR Art. 4(7): it is their controller). */
  runs: z.array(z.string()).optional(),
  address: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  web: z.string().optional(),
  webform: z.string().optional(),
  /** The record's suggested medium, else the schema's default: email if it has one, else letter. */
  transport: Transport,
  requestLanguage: z.string().optional(),
  requiredElements: z.array(RequiredElement).optional(),
  needsIdDocument: z.boolean().optional(),
  comments: z.array(z.string()).optional(),
  sources: z.array(z.string()),
  quality: Quality,
  /** Its own domains besides `web`'s (from its sources and email), precomputed by the build. */
  own: z.array(z.string()).optional(),
});
export type DirectoryRecord = z.infer<typeof DirectoryRecord>;

export const DirectoryData = z.object({
  /** Where the data comes from: repository, commit and its date (the snapshot's age). */
  origin: z.object({ repository: z.string(), commit: z.string(), date: z.iso.date() }),
  license: z.literal('CC0-1.0'),
  records: z.array(DirectoryRecord),
});
export type DirectoryData = z.infer<typeof DirectoryData>;
