import type { Block, Segment } from '../shared/policy-text';
import { contactReason } from './contact-reason';
import type { Contact } from './schema';
import { AUTHORITY_TERMS } from './contact-vocabulary.data';
import { isOtherDeskPassage } from './contact-emails';
import { isAuthorityDetail } from './find-authority';
import { PO_BOX, POSTCODE_CITY, findStreet, hasStreet } from './address-patterns.data';
import { allMatches, mentions } from './context';

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
  return hasPostcode(text) && (hasStreet(text) || PO_BOX.test(text));
}

/**
 * A house number and up to four words in capitals ("3000 University Center ", "101 W. Colfax ")
 * right before a street type: where an English address starts.
 */
const HOUSE_NUMBER = /[\s,]\d{1,5}[a-z]?(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,4}\s+$/u;

/** A lead-in with a word in lower case ("whose registered office is at"), not name lines. */
const PROSE = /(?:^|\s)\p{Ll}{2,}/u;

/**
 * The address without its label, and without a long lead-in ("for questions write to us at").
 * Lines of names above the street ("Sabin, Bermant & Gould LLP" / "One World Trade Center, 44th
 * Floor") are no lead-in: an address is cut at its street word only after prose.
 */
function trimToAddress(text: string): string {
  const clean = text
    .replace(LABEL, '')
    .replace(/^[^:]{1,30}:\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]$/, '');
  const street = findStreet(clean) ?? PO_BOX.exec(clean);
  const named = street ? addresseeStart(clean.slice(0, street.index)) : undefined;
  if (street && named !== undefined && street.index <= PROSE_LEAD) {
    // "Please write to | Velotte SAS, 12 rue …": a short lead-in, the addressee after it.
    return endOfAddress(clean.slice(named)).slice(0, MAX_ADDRESS);
  }
  if (street && street.index > PROSE_LEAD && PROSE.test(clean.slice(0, street.index))) {
    // "The controller is X SAS, whose registered office is at 12 rue …": the address starts after
    // the prose, at its addressee if it has one; failing that, at the house number before a street
    // named ahead of its type ("101 W. Colfax Ave"), or at the street.
    const lead = clean.slice(0, street.index);
    const number = HOUSE_NUMBER.exec(lead);
    return endOfAddress(clean.slice(named ?? (number ? number.index + 1 : street.index))).slice(
      0,
      MAX_ADDRESS,
    );
  }
  const whole = endOfAddress(clean);
  if (whole.length <= SHORT_ADDRESS) {
    return whole;
  }
  const from = street ? Math.max(0, whole.lastIndexOf(' ', Math.max(0, street.index - 40)) + 1) : 0;
  const cut = whole.slice(from);
  return cut.length > MAX_ADDRESS ? `${cut.slice(0, MAX_ADDRESS)}…` : cut;
}

/** A name's particles ("Bank of America", "Maison de la Presse", "Castellón de la Plana"). */
const PARTICLES =
  'of|the|de|des|du|la|le|les|von|van|der|den|het|di|del|della|da|do|dos|das|y|e|et|and|und';
const NAME_PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
const WORD = /[\p{L}\d][\p{L}\d'’.-]*/gu; // "Washingtonian.com" is one word
/** A word of prose: two letters or more, no inner dot ("e. V.", "t.a.v.", "velotte.com" are none). */
const PROSE_WORD_SHAPE = /^\p{Ll}[\p{Ll}'’-]+\.?$/u;
/** At most this much of a lead-in is the addressee's name lines ("Customer Care, Att: …"). */
const ADDRESSEE = 100;

/**
 * Where the addressee starts in a prose lead-in: after its last word in lower case ("writing
 * to us at | JibJab Bros. Studios, Att: Privacy Dept., 13428 Maxella Ave"), so the letter has
 * a name to go to, not only a street. A particle after a capitalised word is part of the name
 * ("to | Bank of America, …"; but "wird von der | Velotte GmbH"). Undefined when no such word
 * ends the prose within reach. (A brand written in lower case, "netcup GmbH", is taken for
 * prose: the address then starts at its legal form.)
 */
function addresseeStart(lead: string): number | undefined {
  let start: number | undefined;
  let afterCapital = false;
  for (const m of allMatches(WORD, lead)) {
    const word = m[0];
    if (/^[\p{Lu}\d]/u.test(word)) {
      afterCapital = true;
    } else if (PROSE_WORD_SHAPE.test(word) && !(afterCapital && NAME_PARTICLE.test(word))) {
      start = m.index + word.length;
      afterCapital = false;
    }
  }
  if (start === undefined) {
    return undefined;
  }
  const rest = lead.slice(start);
  const skip = rest.length - rest.replace(/^[\s,:;]+/, '').length;
  return lead.length - start - skip <= ADDRESSEE ? start + skip : undefined;
}

/**
 * After its place, what no address holds: a bracket ("75001 Paris (“We”…"; not a province's
 * "(BG)"), a closing one before prose ("France) attache…"), "or"/"and" and their kin ("Paris ou
 * électronique :"), another channel ("PEC", "telefone", "Fax", "e-mail"), a comma before prose
 * (", procedem ao tratamento…"), two words of prose ("Karlsruhe für uns durchgeführt"; a city's
 * particles are no prose: "Castellón de la Plana"), an email address.
 */
const PROSE_WORD = `(?!(?:${PARTICLES})(?![\\p{L}]))\\p{Ll}[\\p{Ll}'’-]+`;
const ADDRESS_TAIL = new RegExp(
  [
    '\\s*[([](?!\\p{Lu}{2}\\))',
    '\\)(?=\\s+\\p{Ll})',
    ',?\\s+(?:or|and|ou|et|oder|und|of|lub|o|y|e|i)\\s',
    '[,/–-]?\\s*(?:[Ee]-?[Mm]ail|PEC|[Tt]el(?:efon[eo]?|éfono|éphone|\\.|:)|[Pp]hone|[Ff]ax)(?![\\p{L}])',
    ',\\s+\\p{Ll}{3,}',
    `\\s+${PROSE_WORD}\\s+${PROSE_WORD}`,
    '\\s+[^\\s@]+@',
  ].join('|'),
  'gu',
);

/**
 * A sentence's end: a full stop or semicolon, a space, and a word in capitals and lower case
 * ("P.O. Box" and "C.F. 96438490581" are none).
 */
const SENTENCE_END = /[.;](?=\s+\p{Lu}\p{Ll})/gu;

/**
 * The address ends at the first sentence end after its street (or P.O. box) and its postcode:
 * "…, NY 10018. Telephone: …" and "…, IA 52808. Please include your account number…" stop at
 * the postcode; "Main St. Suite 5, Springfield, IL 62701" does not stop at "St.". One search
 * per pattern, whatever the number of full stops (a hostile text has thousands). A closing
 * bracket the address never opened goes too ("(our office: …, Iowa 50309)").
 */
function endOfAddress(address: string): string {
  const street = findStreet(address) ?? PO_BOX.exec(address);
  // From the postcode on: a city pattern reads on over lower-case words ("75015 Paris ou
  // électronique"), so its end is no bound.
  const places = POSTCODE_CITY.flatMap((re) => {
    const m = re.exec(address);
    return m ? [m.index + 1] : [];
  });
  let head = address;
  if (street && places.length > 0) {
    const from = Math.max(street.index + street[0].length, Math.min(...places));
    SENTENCE_END.lastIndex = from;
    ADDRESS_TAIL.lastIndex = from;
    const ends = [SENTENCE_END.exec(address), ADDRESS_TAIL.exec(address)].flatMap((m) =>
      m ? [m.index] : [],
    );
    SENTENCE_END.lastIndex = 0;
    ADDRESS_TAIL.lastIndex = 0;
    head =
      ends.length > 0 ? address.slice(0, Math.min(...ends)).replace(/[\s,;:/–-]+$/, '') : address;
  }
  return head.endsWith(')') && !head.includes('(') ? head.slice(0, -1) : head;
}

/** "Copyright © 2015 Velotte Inc.", "© 2024", "Copyright 2015": a footer's notice, not a desk. */
const COPYRIGHT_NOTICE = /(?:copyright\s*)?(?:©|\(c\)(?=\s*\d{4}))|copyright(?=\s+\d{4})/gi;

/**
 * An address given for copyright or abuse notices ("Copyright Agent:" on the line above it) or
 * for job applications is a moderation or recruiting desk, no place for a data protection
 * request: left out by the test an email's sentence gets (contact-emails' isOtherDeskPassage),
 * read with the two short lines above it, where such a label stands.
 */
function isOtherDesk(text: string, blocks: readonly Block[], first: number): boolean {
  const above = [blocks[first - 2], blocks[first - 1]]
    .filter((block) => block && block.text.length <= MAX_LINE)
    .map((block) => block?.text);
  return isOtherDeskPassage([...above, text].join(' ').replace(COPYRIGHT_NOTICE, ' '));
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
      first--;
    }
    const s = segmentOf(b);
    if (
      !isAddress(text) ||
      text.length > 600 ||
      mentions(text, AUTHORITY_TERMS) ||
      (s && isAuthorityDetail(segments, s.index)) ||
      isOtherDesk(text, blocks, first)
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
  return withoutPartials([...found.values()]);
}

/** What a partial address lacks: its place line (", McLean, VA 22107", ", 00101 Helsinki, Finland"). */
const PLACE_LINE = 40;

/**
 * An address that is the start of another one found, which adds only its place line ("X, 7950
 * Jones Branch Drive" beside "X, 7950 Jones Branch Drive, McLean, VA 22107": a US house number
 * reads as a 4-digit postcode), is a part of it: only the whole one is offered. A longer one that
 * adds more (a second address, a sentence) leaves both. Sorted, a value's extensions follow it,
 * so one look at the next value tells (n log n on a page of many addresses).
 */
function withoutPartials(addresses: Contact[]): Contact[] {
  const sorted = addresses.map((a) => a.value).sort();
  const partial = new Set(
    sorted.filter((v, i) => {
      const next = sorted[i + 1];
      const rest = next?.startsWith(v) ? next.slice(v.length) : '';
      return rest.length > 0 && rest.length <= PLACE_LINE && hasPostcode(rest);
    }),
  );
  // The same address without the name line another one gives it ("56 rue de Londres, 75008
  // Paris" beside "Orinea, 56 rue de Londres, 75008 Paris"): only the one a letter can be sent
  // to by name. Reversed, a value's extensions by a head follow it in sorted order.
  const reversed = sorted.map((v) => [...v].reverse().join('')).sort();
  reversed.forEach((r, i) => {
    const next = reversed[i + 1];
    const head = next?.startsWith(r) ? next.slice(r.length) : '';
    if (/^\s*[,:]/.test(head) && head.length <= ADDRESSEE) {
      partial.add([...r].reverse().join(''));
    }
  });
  return addresses.filter((a) => !partial.has(a.value));
}
