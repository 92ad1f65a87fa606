import { NO_REPLY } from './email-roles.data';

/**
 * Email addresses in text, plain and obfuscated. Runs inside the injected content script too, so it
 * imports nothing heavy. Offsets index the text given, so callers can quote the sentence around.
 */
export interface EmailMatch {
  address: string;
  start: number;
  end: number;
  obfuscated: boolean;
}

// U+2010/U+2011 (hyphen, non-breaking hyphen) stand for "-" in typeset text ("fv‐datenschutz@…"):
// read as part of the address, never as a split into two.
// Regexes below are case-insensitive: [a-z] covers A-Z. \w is [A-Za-z0-9_].
const IN_LOCAL = String.raw`[\w.%+'\u2010\u2011-]`;
const LOCAL = String.raw`[a-z\d](?:${IN_LOCAL}*[\w%+\u2010\u2011-])?`;
const LABEL = String.raw`[a-z\d](?:[a-z\d\u2010\u2011-]{0,61}[a-z\d])?`;
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
const AT_BRACKET = String.raw`(?:\s*${OPEN}\s*(?:at|@|arobase|ät)\s*${CLOSE}\s*)`;
// Bracketed and entity forms are unambiguous: "contact [at] magneta [dot] fr", "x(at)y(dot)com".
// "(a)" (Czech, Polish, Slovak) only glued to both sides: "x(a)y.cz", never "item (a) y.com".
const AT_STRICT = String.raw`(?:\s*@\s*|&#0*64;|&#x0*40;|&commat;|${AT_BRACKET}|\(a\)|\[a\])`;
const DOT_STRICT = String.raw`(?:\.|&#0*46;|&#x0*2e;|&period;|\s*${OPEN}\s*(?:dot|\.|punkt|point)\s*${CLOSE}\s*)`;
const DOT_WORD = String.raw`(?:\s+(?:dot|punkt|point)\s+)`;
const TLD = String.raw`[a-z]{2,24}`;
// The lookbehind holds every character LOCAL may contain: a match never starts inside a run,
// which keeps long runs ("a'a'a'…") linear instead of quadratic.
const START = String.raw`(?<!${IN_LOCAL})${LOCAL}`;
const IN_RUN = new RegExp(IN_LOCAL);
const END = String.raw`(?![a-z\d\u2010\u2011-])`;
/** Plain, entity or bracketed @, then labels separated by real, entity or bracketed dots. */
const STRICT = new RegExp(
  String.raw`${START}${AT_STRICT}${LABEL}(?:${DOT_STRICT}${LABEL})*${DOT_STRICT}${TLD}${END}`,
  'giy',
);
/** A bracketed @ is unambiguous enough to accept spelled-out dots: "x [at] example dot com". */
const BRACKETED = new RegExp(
  String.raw`${START}${AT_BRACKET}${LABEL}(?:(?:${DOT_STRICT}|${DOT_WORD})${LABEL})*(?:${DOT_STRICT}|${DOT_WORD})${TLD}${END}`,
  'giy',
);
/**
 * Spelled-out " at " only together with spelled-out dots: "privacy at example dot com". Prose like
 * "policies at Example.com" or "site at www.example.org" must not become addresses.
 */
const DOT_SPELLED = String.raw`(?:\s+dot\s+)`;
const WORDY = new RegExp(
  String.raw`${START}\s+at\s+${LABEL}(?:${DOT_SPELLED}${LABEL})*${DOT_SPELLED}${TLD}${END}`,
  'giy',
);

/** Common TLDs longer than two letters (two-letter ones are all country codes, always accepted). */
const LONG_TLDS = new Set(
  // Common ones, and every TLD that starts like com/org/net/edu/gov/info/biz (see STICKY_TLD).
  'com org net edu gov mil int info biz app dev shop store online site tech xyz club blog news media cloud email digital agency company community computer network asia jobs mobi name pro travel museum aero coop global group health'.split(
    ' ',
  ),
);
/** "logo@2x.png" in text copied from markup is an image, not an address. */
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|js|css|html?|php)$/;
const STICKY_TLD = /^(com|org|net|edu|gov|info|biz)([a-z]{2,})$/;

export function canonicalEmail(raw: string): string {
  return raw
    .replace(/\s+at\s+/gi, '@')
    .replace(new RegExp(AT_STRICT, 'gi'), '@')
    .replace(new RegExp(`${DOT_STRICT}|${DOT_WORD}`, 'gi'), '.')
    .replace(/\s+/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .toLowerCase();
}

/**
 * Country-code TLDs (IANA root zone), by first letter: "a:cd…" is .ac, .ad, … A two-letter final
 * label outside this list is not a TLD. (Grouped rather than listed pair by pair: the scanner's
 * size budget.)
 */
const CC_TLDS = new Set(
  'a:cdefgilmoqrstuwxz b:abdefghijmnorstwyz c:acdfghiklmnoruvwxyz d:ejkmoz e:cegrstu f:ijkmor g:adefghilmnpqrstuwy h:kmnrtu i:delmnoqrst j:emop k:eghimnprwyz l:abcikrstuvy m:acdeghklmnopqrstuvwxyz n:acefgilopruz o:m p:aefghklmnrstwy q:a r:eosuw s:abcdeghiklmnorstuvxyz t:cdfghjklmnortvwz u:agksyz v:aceginu w:fs y:et z:amw'
    .split(' ')
    .flatMap((group) => [...group.slice(2)].map((second) => group.slice(0, 1) + second)),
);
const GENERIC_BEFORE = /^(?:com|org|net|edu|gov)$/;

function knownTld(address: string): boolean {
  const tld = address.slice(address.lastIndexOf('.') + 1);
  return CC_TLDS.has(tld) || LONG_TLDS.has(tld);
}

/**
 * Text extracted from a page often glues the next word to an address: "x@example.comby",
 * "x@example.org.We". A final label that is a common TLD plus letters is cut back; a final label
 * that is no TLD after one that is (…org.we) is dropped; an address left with no TLD is no address.
 */
function trimGluedTld(address: string): string | null {
  const labels = address.slice(address.indexOf('@') + 1).split('.');
  const tld = labels.at(-1) ?? '';
  const prev = labels.at(-2) ?? '';
  if (tld.length === 2 ? CC_TLDS.has(tld) : LONG_TLDS.has(tld)) {
    return address;
  }
  const sticky = STICKY_TLD.exec(tld);
  if (sticky) {
    return address.slice(0, address.length - tld.length) + (sticky[1] ?? '');
  }
  if (
    labels.length > 2 &&
    (GENERIC_BEFORE.test(prev) || (prev.length === 2 && CC_TLDS.has(prev)))
  ) {
    return address.slice(0, address.length - tld.length - 1);
  }
  return tld.length > 2 ? address : null;
}

export function extractEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  // Characters already inside an accepted address: checking a match against this instead of
  // every earlier address keeps 'a@b.co '×n linear (issue 10, item 3).
  const taken = new Uint8Array(text.length);
  const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
  // Speed: every match starts at the start of a run of LOCAL characters followed, after spaces,
  // by "@", "&", a bracket or " at ". Only those starts are tried (sticky), in order, resuming
  // after each match as a global scan would: the same matches as scanning every position.
  const starts = Array.from(text.matchAll(/[@&[({<]|\sat(?=\s)/gi), (c) => {
    let i = c.index;
    while (/\s/.test(text.charAt(i - 1))) {
      i--;
    }
    while (IN_RUN.test(text.charAt(i - 1))) {
      i--;
    }
    return i;
  });
  for (const re of [BRACKETED, STRICT, WORDY]) {
    let end = 0;
    for (const start of starts) {
      re.lastIndex = start;
      const m = start < end ? null : re.exec(text);
      if (!m) {
        continue;
      }
      end = start + m[0].length;
      if (overlaps(start, end)) {
        continue;
      }
      const address = trimGluedTld(canonicalEmail(m[0]));
      if (!address || FILE_EXTENSION.test(address) || (re === WORDY && !knownTld(address))) {
        continue;
      }
      const obfuscated = !/^[^\s@]+@[^\s@]+$/.test(m[0]);
      found.push({ address, start, end, obfuscated });
      taken.fill(1, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The recipients of a mailto: URL (RFC 6068: the path is a comma-separated list of addresses,
 * each percent-encoded); the query part (?subject=, ?bcc=…) is ignored. Each recipient is decoded
 * on its own and counts only when it is one plain address and nothing else: a decoded CR/LF,
 * space, comma or header ("support@shop.fr%0D%0ABcc:%20dpo@evil.fr") makes it no recipient, so
 * an address smuggled after it never becomes a contact (issue 10, item 4).
 */
export function emailsFromMailto(href: string): string[] {
  if (!/^\s*mailto:/i.test(href)) {
    return [];
  }
  const path = href.trim().slice('mailto:'.length).split('?')[0] ?? '';
  return path.split(/[,;]/).flatMap((raw) => {
    let part: string;
    try {
      // Spaces around an address are sloppy markup ("mailto: dpo@…"); any other is refused below.
      part = decodeURIComponent(raw).replace(/^[ \t]+|[ \t]+$/g, '');
    } catch {
      return []; // a malformed %-escape: no recipient
    }
    const [m, more] = extractEmails(part);
    return m && !more && !m.start && m.end === part.length && !m.obfuscated && !isNoReply(m.address)
      ? [m.address]
      : [];
  });
}

/**
 * Cloudflare's email obfuscation: data-cfemail / #hex is the address XOR-ed with its first byte.
 * (https://developers.cloudflare.com/waf/tools/scrape-shield/email-address-obfuscation/)
 */
export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) {
    return null;
  }
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) {
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  }
  const match = extractEmails(out)[0];
  return !match?.start && match?.end === out.length ? match.address : null;
}

export function isNoReply(address: string): boolean {
  return NO_REPLY.test(address.split('@')[0] ?? '');
}
