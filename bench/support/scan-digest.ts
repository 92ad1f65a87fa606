import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fingerprints of what the scanner returns, so a speed change can show it returns the same thing:
 * run the bench before and after, the digests must be equal. One per page set: the 10,000-link
 * page, the OPP-115 pages, the demo site's pages (each scanned at a fixed URL).
 */
export interface ScanPage {
  url: string;
  html: string;
}

const DEMO = new URL('../../demo-site/pages/', import.meta.url).pathname;

function pagesIn(dir: string, url: (file: string) => string): ScanPage[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => ({ url: url(f), html: readFileSync(join(dir, f), 'utf8') }))
    : [];
}

/** The page sets to fingerprint, besides the 10,000-link page the caller has already. */
export function digestSets(oppDir: string): [string, ScanPage[]][] {
  return [
    ['OPP-115', pagesIn(oppDir, () => 'https://example.com/privacy')],
    ['demo site', pagesIn(DEMO, (f) => `https://shop.example/${f}`)],
  ];
}

/** The first 12 hex digits of SHA-256 over the scans' JSON, in order. */
export function digest(scans: string[]): string {
  const hash = createHash('sha256');
  for (const scan of scans) {
    hash.update(scan).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
