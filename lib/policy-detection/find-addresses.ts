import type { Block, Segment } from '../shared/policy-text';
import { contactReason } from './contact-reason';
import type { Contact } from './schema';
import { AUTHORITY_TERMS } from './contact-vocabulary.data';
import { isAuthorityDetail } from './find-authority';
import { PO_BOX, POSTCODE_CITY, STREET_WORDS } from './address-patterns.data';
import { mentions } from './context';

/**
 * Postal addresses: a passage with a postcode-and-city AND a street word or P.O. box, within the
 * same block or across up to three short consecutive lines ("Velotte SAS" / "12 rue …" / "75008 Paris").
 */
const LABEL =
  /^(?:(?:postal |mailing |registered )?address|adresse(?: postale)?|anschrift|dirección|indirizzo|adres|endereço|adres)\s*:\s*/i;
const MAX_LINE = 90;
const MAX_ADDRESS = 220;
const SHORT_ADDRESS = 160;
const PROSE_LEAD = 40;

/** A name line above an address ("Velotte BV"): short, every word capitalised, no digits. */
function isAddressee(block: Block): boolean {
  const words = block.text.trim().split(/\s+/);
  return (
    block.kind !== 'heading' &&
    words.length <= 5 &&
    !/[\d@:.!?]$|\d|@/.test(block.text) &&
    words.every((w) => /^[\p{Lu}&]/u.test(w))
  );
}

/** Every postcode pattern needs a digit: most blocks are answered by that test alone (speed). */
function hasPostcode(text: string): boolean {
  return /\d/.test(text) && POSTCODE_CITY.some((re) => re.test(text));
}

function isAddress(text: string): boolean {
  return hasPostcode(text) && (STREET_WORDS.test(text) || PO_BOX.test(text));
}

/** The address without its label, and without a long lead-in ("for questions write to us at"). */
function trimToAddress(text: string): string {
  const clean = text
    .replace(LABEL, '')
    .replace(/^[^:]{1,30}:\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]$/, '');
  const street = STREET_WORDS.exec(clean) ?? PO_BOX.exec(clean);
  if (street && street.index > PROSE_LEAD) {
    // "The controller is X SAS, whose registered office is at 12 rue …": the address starts at the street.
    return clean.slice(street.index).slice(0, MAX_ADDRESS);
  }
  if (clean.length <= SHORT_ADDRESS) {
    return clean;
  }
  const from = street ? Math.max(0, clean.lastIndexOf(' ', Math.max(0, street.index - 40)) + 1) : 0;
  const cut = clean.slice(from);
  return cut.length > MAX_ADDRESS ? `${cut.slice(0, MAX_ADDRESS)}…` : cut;
}

export function findAddresses(blocks: readonly Block[], segments: readonly Segment[]): Contact[] {
  const found = new Map<string, Contact>();
  // The first segment of each block, indexed once (a search per block was quadratic).
  const firstSegment = new Map<number, Segment>();
  for (const s of segments) {
    if (!firstSegment.has(s.block)) {
      firstSegment.set(s.block, s);
    }
  }
  const segmentOf = (b: number): Segment | undefined => firstSegment.get(b);
  blocks.forEach((block, b) => {
    if (!hasPostcode(block.text)) {
      return;
    }
    let text = block.text;
    let first = b;
    // Lines of one address often come as separate short blocks.
    while (first > 0 && b - first < 3 && !isAddress(text)) {
      const prev = blocks[first - 1];
      if (!prev || prev.kind === 'heading' || prev.text.length > MAX_LINE) {
        break;
      }
      first--;
      text = `${prev.text}, ${text}`;
    }
    const addressee = blocks[first - 1];
    if (addressee && isAddressee(addressee)) {
      text = `${addressee.text}, ${text}`;
    }
    const s = segmentOf(b);
    if (
      !isAddress(text) ||
      text.length > 600 ||
      mentions(text, AUTHORITY_TERMS) ||
      (s && isAuthorityDetail(segments, s.index))
    ) {
      return;
    }
    const value = trimToAddress(text);
    if (!found.has(value)) {
      found.set(value, {
        kind: 'address',
        value,
        role: 'general',
        score: 15,
        reasons: [contactReason('streetAddress')],
        evidence: text,
        ...(s ? { at: { segment: s.index, start: 0, end: s.text.length, quote: s.text } } : {}),
      });
    }
  });
  return [...found.values()];
}
