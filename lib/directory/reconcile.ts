import * as z from 'zod';
import { Contact } from '../policy-detection/schema';
import {
  bestMatch,
  lookupDomain,
  lookupName,
  type DirectoryIndex,
  type DirectoryMatch,
} from './lookup';
import { Quality, RequiredElement, Transport, type DirectoryRecord } from './schema';

/**
 * The directory beside what the page says (issue 14): each contact marked with where it comes
 * from, the directory's address offered when the page gives none, and whether the two agree.
 * A separate pure step after the analysis, called by lib/app and the CLI alike.
 */

/** page = the page the user is on; policy = the privacy policy read; directory = the directory. */
export const ContactSource = z.enum(['page', 'policy', 'directory']);
export type ContactSource = z.infer<typeof ContactSource>;

/** The directory record a site matched, with what a request needs from it. */
export const DirectoryCompany = z.object({
  slug: z.string(),
  name: z.string(),
  by: z.enum(['web', 'domain', 'brand', 'name']),
  key: z.string(),
  email: z.string().optional(),
  address: z.string(),
  webform: z.string().optional(),
  transport: Transport,
  requestLanguage: z.string().optional(),
  requiredElements: z.array(RequiredElement),
  needsIdDocument: z.boolean(),
  quality: Quality,
  /** The snapshot's date: the records carry none of their own. */
  snapshot: z.iso.date(),
});
export type DirectoryCompany = z.infer<typeof DirectoryCompany>;

export const SourcedContact = Contact.extend({
  source: ContactSource,
  /** The directory lists this same value (agreement), or offers it (source "directory"). */
  directory: z.string().optional(),
  /** A directory email beside a different one on the page: shown, never first. */
  differs: z.boolean().optional(),
});
export type SourcedContact = z.infer<typeof SourcedContact>;

/**
 * agrees: the directory lists one of the page's email addresses; differs: it lists another one;
 * directory-only: the page gives no email and the directory's contact is offered.
 */
export const DirectoryVerdict = z.object({
  status: z.enum(['agrees', 'differs', 'directory-only']),
  /** The page's address offered first (agrees, differs). */
  page: z.string().optional(),
  /** The directory's email, or its web form or postal address when it lists no email. */
  directory: z.string(),
  /** The policy's "last updated" date, when it gives one. */
  policyDate: z.iso.date().optional(),
  /** Which is newer, the policy (by its date) or the directory snapshot; unknown without a date. */
  newer: z.enum(['policy', 'directory', 'unknown']),
});
export type DirectoryVerdict = z.infer<typeof DirectoryVerdict>;

export const Reconciled = z.object({
  contacts: z.array(SourcedContact),
  company: DirectoryCompany.nullable(),
  verdict: DirectoryVerdict.nullable(),
});
export type Reconciled = z.infer<typeof Reconciled>;

/** The one record for a site: its URL first, else the controller the policy names. */
export function findCompany(
  index: DirectoryIndex,
  site: { url?: string; controller?: string },
): DirectoryMatch | undefined {
  const byUrl = site.url ? bestMatch(lookupDomain(index, site.url)) : undefined;
  return byUrl ?? (site.controller ? bestMatch(lookupName(index, site.controller)) : undefined);
}

export function directoryCompany(m: DirectoryMatch, snapshot: string): DirectoryCompany {
  const r = m.record;
  return {
    slug: r.slug,
    name: r.name,
    by: m.by,
    key: m.key,
    ...(r.email ? { email: r.email } : {}),
    address: r.address,
    ...(r.webform ? { webform: r.webform } : {}),
    transport: r.transport,
    ...(r.requestLanguage ? { requestLanguage: r.requestLanguage } : {}),
    requiredElements: r.requiredElements ?? [],
    needsIdDocument: r.needsIdDocument ?? false,
    quality: r.quality,
    snapshot,
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function offered(
  record: DirectoryRecord,
  kind: Contact['kind'],
  value: string,
  differs = false,
): SourcedContact {
  return {
    kind,
    value,
    role: 'privacy',
    score: 0,
    reasons: [],
    evidence: '',
    source: 'directory',
    directory: record.slug,
    ...(differs ? { differs: true } : {}),
  };
}

export interface ReconcileOptions {
  /** Where the contacts were found: the policy read, or the page itself. */
  source: 'page' | 'policy';
  match?: DirectoryMatch | undefined;
  /** The directory snapshot's date (DirectoryData.origin.date). */
  snapshot: string;
  /** The policy's "last updated" date (the analysis'), to say which is newer. */
  policyDate?: string | undefined;
}

/**
 * The page's contacts first, as found; then what the directory adds: its email (beside a
 * different page email, marked `differs`; alone when the page has none), and its web form and
 * postal address where the page gives none of that kind.
 */
export function reconcile(contacts: readonly Contact[], opts: ReconcileOptions): Reconciled {
  const record = opts.match?.record;
  const sourced: SourcedContact[] = contacts.map((c) => ({
    ...c,
    source: opts.source,
    ...(record?.email && c.kind === 'email' && same(c.value, record.email)
      ? { directory: record.slug }
      : {}),
  }));
  if (!record || !opts.match) {
    return { contacts: sourced, company: null, verdict: null };
  }
  const has = (kind: Contact['kind']) => contacts.some((c) => c.kind === kind);
  const pageEmail = contacts.find((c) => c.kind === 'email')?.value;
  const agrees = sourced.some((c) => c.directory);
  if (record.email && !agrees) {
    sourced.push(offered(record, 'email', record.email, pageEmail !== undefined));
  }
  if (record.webform && !has('webform')) {
    sourced.push(offered(record, 'webform', record.webform));
  }
  if (!has('address')) {
    sourced.push(offered(record, 'address', record.address));
  }
  const newer = !opts.policyDate
    ? 'unknown'
    : opts.policyDate > opts.snapshot
      ? 'policy'
      : 'directory';
  const directoryValue = record.email ?? record.webform ?? record.address;
  const verdict: DirectoryVerdict | null =
    pageEmail === undefined
      ? { status: 'directory-only', directory: directoryValue, newer }
      : record.email
        ? {
            status: agrees ? 'agrees' : 'differs',
            page: agrees ? (sourced.find((c) => c.directory)?.value ?? pageEmail) : pageEmail,
            directory: record.email,
            newer,
          }
        : null;
  if (verdict && opts.policyDate) {
    verdict.policyDate = opts.policyDate;
  }
  return { contacts: sourced, company: directoryCompany(opts.match, opts.snapshot), verdict };
}

/** The whole step for one analysed page: find the company, then reconcile its contacts. */
export function reconcileSite(
  index: DirectoryIndex,
  site: {
    contacts: readonly Contact[];
    url?: string | undefined;
    controller?: string | undefined;
    source: 'page' | 'policy';
    policyDate?: string | undefined;
  },
): Reconciled {
  const match = findCompany(index, {
    ...(site.url ? { url: site.url } : {}),
    ...(site.controller ? { controller: site.controller } : {}),
  });
  return reconcile(site.contacts, {
    source: site.source,
    match,
    snapshot: index.data.origin.date,
    policyDate: site.policyDate,
  });
}
