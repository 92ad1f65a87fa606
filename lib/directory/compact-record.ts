import { ownDomains } from './domains';
import type { DirectoryRecord, SnapshotRecord } from './schema';

/**
 * A snapshot record → the compact record the extension ships: our field names, the fields a
 * request needs (categories, countries, their letter-template names and PGP keys stay out), the
 * transport the record's schema implies when it gives none, and its own domains precomputed.
 */
export function compactRecord(r: SnapshotRecord): DirectoryRecord {
  const own = ownDomains(r);
  return {
    slug: r.slug,
    name: r.name,
    ...(r.runs?.length ? { runs: r.runs } : {}),
    address: r.address,
    ...(r.email ? { email: r.email } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.fax ? { fax: r.fax } : {}),
    ...(r.web ? { web: r.web } : {}),
    ...(r.webform ? { webform: r.webform } : {}),
    // datenanfragen/data schema.json, suggested-transport-medium: "the default is 'email' if the
    // record has an email address specified or 'letter' otherwise".
    transport: r['suggested-transport-medium'] ?? (r.email ? 'email' : 'letter'),
    ...(r['request-language'] ? { requestLanguage: r['request-language'] } : {}),
    ...(r['required-elements']?.length ? { requiredElements: r['required-elements'] } : {}),
    ...(r['needs-id-document'] ? { needsIdDocument: true } : {}),
    ...(r.comments?.length ? { comments: r.comments } : {}),
    sources: r.sources,
    quality: r.quality,
    ...(own.length ? { own } : {}),
  };
}
