import { allMatches } from '../../policy-detection/context';
import { looksLikeHeading } from '../../policy-text/text-to-blocks';
import type { Evidence, Segment } from '../../shared/policy-text';
import type { Attributes, TransferSafeguard } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { isNegativeAnswer, stanceAt, type Stance } from './stance';
import {
  Collector,
  MAX_EVIDENCE,
  evidenceAt,
  evidenceOf,
  firstMatch,
  inContext,
  matchTable,
  matchesAny,
} from './match';

/** A short line ("Transferencias internacionales") may be a label answered in the next cell. */
const LABEL_WORDS = 4;
const ANSWER_WORDS = 6;
/** How many sentences of a section its heading's answer is looked for in. */
const SECTION_REACH = 6;
/** A line this short, alone in its block and without final punctuation, reads as a title. */
const TITLE_WORDS = 12;

const wordCount = (text: string) => text.split(/\s+/).length;

/** The stance of a sentence towards transfers: of its transfer words, else of the line itself. */
function sentenceStance(segment: Segment, lex: ExtractLexicon): Stance | 'silent' {
  const found =
    firstMatch(segment.text, lex.transfers.outsideEea) ??
    firstMatch(segment.text, lex.transfers.context);
  if (found) {
    return stanceAt(segment.text, found.index, found.index + found[0].length, lex.language);
  }
  return isNegativeAnswer(segment.text, lex.language) ? 'denied' : 'silent';
}

/**
 * A line that names a topic rather than says something: a heading block, a heading-like line, or
 * a short line alone in its block without final punctuation ("11 - Transfers outside the EU").
 */
function titleLike(segment: Segment, ctx: ExtractContext): boolean {
  const { blocks, segments } = ctx;
  const alone =
    segments[segment.index - 1]?.block !== segment.block &&
    segments[segment.index + 1]?.block !== segment.block;
  return (
    blocks[segment.block]?.kind === 'heading' ||
    looksLikeHeading(segment.text) ||
    (alone &&
      wordCount(segment.text) <= TITLE_WORDS &&
      /\p{L}{3}/u.test(segment.text) &&
      !/[.!?:;]\s*$/.test(segment.text))
  );
}

/**
 * A heading names the topic; its section says yes or no. The heading states a transfer unless a
 * sentence of the section (up to the next heading) denies one or only supposes one ("In principle
 * we process data in the EEA. Should it be necessary to transfer…"), or it is one title of many
 * in a row (a table of contents: the section itself is read where it is).
 */
function sectionStates(
  heading: Segment,
  following: readonly Segment[],
  ctx: ExtractContext,
): boolean {
  const { lex } = ctx;
  const title = heading.text.trim();
  const section = [];
  for (const s of following) {
    if (isNegativeAnswer(s.text, lex.language)) {
      return false; // a table's answer cell ("No procede") may look like a title
    }
    if (titleLike(s, ctx)) {
      if (section.length > 0) {
        break;
      }
      if (s.text.trim() !== title) {
        return false; // titles in a row: a table of contents, which states nothing
      }
      continue; // the same title again (a bold repeat)
    }
    section.push(s);
  }
  return (
    section.length > 0 &&
    section.every((s) => {
      const stance = sentenceStance(s, lex);
      return stance === 'stated' || stance === 'silent';
    })
  );
}

/**
 * Under a heading about the data subject's rights, a third country is part of a right's
 * description ("whether your data are transferred to a third country", GDPR Art. 15(1)(c), 15(2)),
 * not a statement that a transfer happens.
 */
function inRightsSection(segment: Segment, lex: ExtractLexicon): boolean {
  return segment.headingPath.slice(-2).some((h) => matchesAny(h, lex.rightsContext));
}

/**
 * Does this sentence state that a transfer happens? Not when it denies it ("Uw gegevens worden
 * niet doorgegeven buiten de EER", "Is any transfer made to a third country? No.", "Third country
 * transfers: none"), when it is a condition ("If it should become necessary to transfer…"), when
 * it describes a right, or when it only names the topic (a heading whose section denies it, a
 * table label answered "No" next to it). The clause-level stance rule (stance.ts) decides, the
 * same in every language.
 */
function statesTransfer(
  segment: Segment,
  match: RegExpExecArray,
  following: readonly Segment[],
  ctx: ExtractContext,
): boolean {
  const { lex, segments } = ctx;
  const next = following[0];
  if (
    wordCount(segment.text) <= LABEL_WORDS &&
    next &&
    wordCount(next.text) <= ANSWER_WORDS &&
    sentenceStance(next, lex) === 'denied'
  ) {
    return false; // a label answered "No" in the next cell or line
  }
  if (titleLike(segment, ctx)) {
    return sectionStates(segment, following, ctx);
  }
  if (inRightsSection(segment, lex)) {
    return false;
  }
  // A hard-wrapped line that starts in lower case continues the one before ("…envolva uma
  // transferência / internacional dos dados…"): read the two together.
  const prev = segments[segment.index - 1];
  const glued = prev && /^\p{Ll}/u.test(segment.text) ? `${prev.text} ` : '';
  const start = glued.length + match.index;
  return stanceAt(glued + segment.text, start, start + match[0].length, lex.language) === 'stated';
}

/**
 * The legal form that makes a name an organisation's ("GitHub, Inc.", "The Rocket Science Group
 * LLC"): part of the company's own name, so the same in every language.
 */
const LEGAL_FORM =
  /(?<![\p{L}\p{N}])(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|LLP|PBC|Pvt|Pte|Pty)(?![\p{L}\p{N}])/gu;
/** How far before its country an organisation's legal form may stand (a street address between). */
const SEAT_REACH = 160;
/** The organisation's name before its legal form: capitalised words ("The Rocket Science Group"). */
const NAME = /(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*,?\s+){1,6}$/u;
const NAME_REACH = 80;

/** Where the organisation's name ending just before `formStart` begins in `text`. */
function nameStart(text: string, formStart: number): number {
  const from = Math.max(0, formStart - NAME_REACH);
  const name = NAME.exec(text.slice(from, formStart));
  return name ? from + name.index : formStart;
}

/**
 * A recipient named with its seat in a third country (issue 11, item 4): "GitHub wird betrieben
 * von der GitHub, Inc., 88 Colin P Kelly Jr Street, San Francisco, CA 94107, USA". A careful
 * reader takes it as a transfer outside the EEA (GDPR Art. 44). Only in a passage about
 * recipients, processors, hosting or services used (the sentence, the one before it in its block,
 * or its headings), never in one naming the controller itself, its representative, its DPO, the
 * authority, or where to write with questions; not when the organisation is only the parent of
 * the entity that serves, or an entity serves EU users; and only when the sentence states it
 * (stance.ts).
 */
function seatAbroad(
  segment: Segment,
  ctx: ExtractContext,
): { code: string; evidence: Evidence } | undefined {
  const { lex, segments } = ctx;
  const rule = lex.transfers.seatAbroad;
  for (const [code, patterns] of Object.entries(rule.countries)) {
    const country = firstMatch(segment.text, patterns);
    if (!country) {
      continue;
    }
    const from = Math.max(0, country.index - SEAT_REACH);
    const form = allMatches(LEGAL_FORM, segment.text.slice(from, country.index)).at(-1);
    if (!form) {
      continue;
    }
    const start = nameStart(segment.text, from + form.index);
    const end = country.index + country[0].length;
    const prev = segments[segment.index - 1];
    const before = prev?.block === segment.block ? [prev.text] : [];
    const headings = segment.headingPath.slice(-2);
    const passage = [...before, segment.text, ...headings];
    if (
      passage.some((t) => matchesAny(t, rule.recipient) || matchesAny(t, lex.sharing)) &&
      !passage.some(
        (t) =>
          matchesAny(t, rule.notRecipient) ||
          matchesAny(t, lex.authority.mentioned) ||
          matchesAny(t, lex.dpo),
      ) &&
      !passage.some((t) => matchesAny(t, rule.euEntity)) &&
      !inRightsSection(segment, lex) &&
      !isNegativeAnswer(segment.text, lex.language) &&
      stanceAt(segment.text, start, end, lex.language) === 'stated'
    ) {
      return { code, evidence: evidenceAt(segment, start, end) };
    }
  }
  return undefined;
}

/** Whether the policy denies any transfer outside the EEA ("Ihre Daten verlassen die EU nicht"). */
function deniesTransfers(about: readonly Segment[], lex: ExtractLexicon): boolean {
  return about.some(
    (s) => firstMatch(s.text, lex.transfers.outsideEea) && sentenceStance(s, lex) === 'denied',
  );
}

/**
 * Transfers outside the EU/EEA (GDPR Art. 13(1)(f), Art. 44–49): the sentences saying so, the
 * countries named in them, and the safeguards relied on. Countries and safeguards count only in
 * sentences about transfers ("an adequate level of protection" of a processor is not an adequacy decision).
 */
export function extractTransfers(ctx: ExtractContext): Attributes['transfers'] {
  const { segments, lex } = ctx;
  const outsideEea = [];
  const countries = new Collector<string>();
  const about = segments.filter(
    (s) => inContext(s, lex.transfers.context) || inContext(s, lex.transfers.outsideEea),
  );
  for (const segment of about) {
    const outside = firstMatch(segment.text, lex.transfers.outsideEea);
    if (
      outside &&
      outsideEea.length < MAX_EVIDENCE &&
      statesTransfer(
        segment,
        outside,
        segments.slice(segment.index + 1, segment.index + 1 + SECTION_REACH),
        ctx,
      )
    ) {
      outsideEea.push(evidenceOf(segment, outside));
    }
    for (const [code, pattern] of Object.entries(lex.transfers.countries)) {
      const match = pattern.exec(segment.text);
      if (match) {
        countries.add(code, evidenceOf(segment, match));
      }
    }
  }
  // A policy that says where transfers go is read by its words; one silent about them, by the
  // recipients it names abroad, unless it denies any transfer elsewhere.
  if (outsideEea.length === 0 && !deniesTransfers(about, lex)) {
    for (const segment of segments) {
      const found = seatAbroad(segment, ctx);
      if (found) {
        outsideEea.push(found.evidence);
        countries.add(found.code, found.evidence);
        if (outsideEea.length >= MAX_EVIDENCE) {
          break;
        }
      }
    }
  }
  const safeguards = matchTable<TransferSafeguard>(about, lex.transfers.safeguards);
  return { outsideEea, countries: countries.list(), safeguards };
}
