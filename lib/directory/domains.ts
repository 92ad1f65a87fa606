/**
 * Host names as the directory compares them: lower case, no trailing dot, no leading `www.`, and
 * the registrable domain (example.co.uk, not co.uk) as the highest level a lookup climbs to.
 */

/**
 * Second-level public suffixes seen in the directory's and common sites' hosts. Not the whole
 * Public Suffix List (≈ 200 KB): a host under a suffix missing here climbs one level too far,
 * which at worst matches a record whose own domain is that bare suffix (none is).
 */
// prettier-ignore
const SECOND_LEVEL = new Set([
  'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'nhs.uk', 'police.uk',
  'com.au', 'net.au', 'org.au', 'gov.au', 'edu.au', 'co.nz', 'org.nz', 'govt.nz',
  'co.jp', 'ne.jp', 'or.jp', 'go.jp', 'ac.jp', 'co.kr', 'or.kr', 'com.cn', 'com.hk', 'com.sg',
  'com.tw', 'co.in', 'gov.in', 'co.il', 'co.za', 'com.br', 'gov.br', 'com.ar', 'com.mx',
  'com.tr', 'gov.tr', 'com.pl', 'gov.pl', 'com.es', 'gob.es', 'com.pt', 'gov.pt', 'com.gr',
  'gv.at', 'co.at', 'or.at', 'ac.at', 'com.cy', 'com.mt', 'gov.ie', 'admin.ch', 'gouv.fr',
  'asso.fr', 'com.ua', 'com.ru', 'co.id', 'com.my', 'com.ph', 'co.th', 'com.vn', 'com.eg',
]);

export function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
}

/** The registrable domain of a host: its last two labels, or three under a known 2nd-level suffix. */
export function registrableDomain(host: string): string {
  const labels = normalizeHost(host).split('.');
  const n = SECOND_LEVEL.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** The label that names the company in a domain: `gmx` for gmx.net, gmx.co.uk and mail.gmx.at. */
export function brandLabel(host: string): string {
  return registrableDomain(host).split('.')[0] ?? '';
}

/** Host and path of a URL or a bare domain ("example.com/shop"), or undefined when not one. */
export function parseWebAddress(input: string): { host: string; path: string } | undefined {
  const text = input.trim();
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(text) && !/^[^/]+\.[^/]+:\d/.test(text);
  const withScheme = hasScheme ? text : `https://${text}`;
  // No spaces (a name), no user info (an email address or a mailto: is not a web address).
  if (/[\s@]/.test(text) || !URL.canParse(withScheme)) {
    return undefined;
  }
  const url = new URL(withScheme);
  if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) {
    return undefined;
  }
  return { host: normalizeHost(url.hostname), path: normalizePath(url.pathname) };
}

/** Lower case, no trailing slash ("/" becomes ""), so "/de/" is a prefix of "/de/shop". */
export function normalizePath(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '');
}

/**
 * The record's own domains besides its web host: source hosts and the email's domain whose
 * company label is the web's or the email's (gmx.at, gmx.ch for gmx.net), never a third party's
 * (github.com, a registry, a social network). Without `web`, the email domain counts when a
 * source is on it (the company published the address on its own site).
 */
export function ownDomains(record: { web?: string; email?: string; sources: string[] }): string[] {
  const web = record.web ? parseWebAddress(record.web) : undefined;
  const emailDomain = record.email?.split('@')[1];
  const email = emailDomain ? parseWebAddress(emailDomain)?.host : undefined;
  const sourceHosts = record.sources
    .map((s) => parseWebAddress(s)?.host)
    .filter((h): h is string => h !== undefined);
  const emailOwn =
    email !== undefined &&
    (sourceHosts.some((h) => registrableDomain(h) === registrableDomain(email)) ||
      (web !== undefined && brandLabel(email) === brandLabel(web.host)));
  const labels = new Set<string>();
  const own = new Set<string>();
  if (web) {
    labels.add(brandLabel(web.host));
  }
  if (email && emailOwn) {
    labels.add(brandLabel(email));
    own.add(registrableDomain(email));
  }
  for (const host of sourceHosts) {
    if (labels.has(brandLabel(host))) {
      own.add(registrableDomain(host));
    }
  }
  const webDomain = web ? registrableDomain(web.host) : undefined;
  // The web host already covers its own registrable domain (and is path-scoped where it has one).
  if (webDomain) {
    own.delete(webDomain);
  }
  return [...own].sort();
}
