import type { PageScan, ScannedPage } from './schema';
import { withRoles } from './email-roles';

/**
 * The popup's part of a scan, run on what the injected scanner (scan-page.ts) returned once zod
 * has checked it (lib/app/scan-tab.ts): each address's role, best role first. Done here rather
 * than in the page: the role rules are half a kilobyte the injected script would carry into
 * every page, and a role the page's world could have tampered with is never read.
 */
export function finishScan(scan: ScannedPage): PageScan {
  return { ...scan, emails: withRoles(scan.emails) };
}
