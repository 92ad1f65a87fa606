import * as z from 'zod';
import type { DirectoryMatch } from './lookup';
import { Quality, RequiredElement, Transport } from './schema';

/** What `npm run cli -- company --json` prints for one record (issue 14's field list). */
export const CompanyOutput = z.object({
  slug: z.string(),
  name: z.string(),
  email: z.string().optional(),
  address: z.string(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  web: z.string().optional(),
  webform: z.string().optional(),
  transport: Transport,
  requiredElements: z.array(RequiredElement),
  needsIdDocument: z.boolean(),
  requestLanguage: z.string().optional(),
  runs: z.array(z.string()),
  comments: z.array(z.string()),
  sources: z.array(z.string()),
  quality: Quality,
  match: z.object({ by: z.enum(['web', 'domain', 'brand', 'name']), key: z.string() }),
  /** The date of the directory snapshot (no record carries its own). */
  snapshot: z.iso.date(),
});
export type CompanyOutput = z.infer<typeof CompanyOutput>;

export function companyOutput(m: DirectoryMatch, snapshot: string): CompanyOutput {
  const r = m.record;
  return CompanyOutput.parse({
    slug: r.slug,
    name: r.name,
    email: r.email,
    address: r.address,
    phone: r.phone,
    fax: r.fax,
    web: r.web,
    webform: r.webform,
    transport: r.transport,
    requiredElements: r.requiredElements ?? [],
    needsIdDocument: r.needsIdDocument ?? false,
    requestLanguage: r.requestLanguage,
    runs: r.runs ?? [],
    comments: r.comments ?? [],
    sources: r.sources,
    quality: r.quality,
    match: { by: m.by, key: m.key },
    snapshot,
  });
}
