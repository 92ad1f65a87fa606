import type { Segment } from '../../shared/policy-text';
import type { LastUpdated } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { INSTRUMENT_REACH, LEGAL_INSTRUMENT, UNTIL } from './dates-instruments.data';
import { evidenceAt, matchesAny } from './match';
import { allMatches } from '../../policy-detection/context';

export interface ParsedDate {
  /** ISO date YYYY-MM-DD (the first of the month when only a month is given). */
  date: string;
  precision: 'day' | 'month';
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  // Day 0 of the next month is the last day of this one (UTC, no clock involved).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? undefined : `${year}-${pad(month)}-${pad(day)}`;
}

const patterns = new WeakMap<ExtractLexicon, RegExp[]>();

/** Date shapes, most specific first; month names come from the language's data. */
function datePatterns(lex: ExtractLexicon): RegExp[] {
  let list = patterns.get(lex);
  if (!list) {
    const names = Object.keys(lex.dates.months)
      .sort((a, b) => b.length - a.length)
      .join('|');
    const month = `(?<month>${names})\\.?`;
    const ordinal = '(?:st|nd|rd|th|er|\\.)?';
    list = [
      /(?<![\d])(?<year>\d{4})-(?<m>\d{1,2})-(?<day>\d{1,2})(?!\d)/gu,
      /(?<![\d.])(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<year>\d{4}|\d{2})(?!\d)/gu,
      new RegExp(
        `(?<![\\p{L}\\d])(?<day>\\d{1,2})${ordinal}\\s+(?:(?:of|de|del)\\s+)?${month}(?![\\p{L}])(?:[\\s,]+(?:de|del))?[\\s,]+(?<year>\\d{4})`,
        'giu',
      ),
      new RegExp(
        `(?<![\\p{L}])${month}(?![\\p{L}])\\s+(?<day>\\d{1,2})${ordinal},?\\s+(?<year>\\d{4})`,
        'giu',
      ),
      new RegExp(
        `(?<![\\p{L}])${month}(?![\\p{L}])(?:[\\s,]+(?:de|del))?[\\s,]+(?<year>\\d{4})`,
        'giu',
      ),
    ];
    patterns.set(lex, list);
  }
  return list;
}

function fromGroups(
  g: Record<string, string | undefined>,
  lex: ExtractLexicon,
): ParsedDate['date'] | undefined {
  let year = Number(g.year);
  if (g.year?.length === 2) {
    year += 2000;
  }
  if (g.a !== undefined && g.b !== undefined) {
    const [a, b] = [Number(g.a), Number(g.b)];
    // 07/24/2018 can only be month first; 24.07.2018 only day first; else the language decides.
    const dayFirst = a > 12 || (b <= 12 && lex.dates.dayFirst);
    return dayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  const month = g.m !== undefined ? Number(g.m) : lex.dates.months[(g.month ?? '').toLowerCase()];
  return month === undefined
    ? undefined
    : isoDate(year, month, g.day === undefined ? 1 : Number(g.day));
}

/** Every date in `text`, in the shapes policies use in `lex`'s language. */
export function parseDates(text: string, lex: ExtractLexicon): ParsedDate[] {
  const found: ParsedDate[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const pattern of datePatterns(lex)) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((d) => start < d.end && end > d.start)) {
        continue; // already read by a more specific shape ("31. April" is no date, not "April")
      }
      taken.push({ start, end });
      const date = fromGroups(match.groups ?? {}, lex);
      if (date) {
        found.push({
          date,
          precision:
            match.groups?.day === undefined && match.groups?.a === undefined ? 'month' : 'day',
          start,
          end,
        });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * The date the policy says it was last changed: a date in (or right after) a sentence with a
 * "last modified / mise à jour / Stand" cue. The latest such date wins (effective vs. revised).
 */
type Candidate = ParsedDate & { segment: Segment };

/** A date this far after its cue still belongs to it ("Updated: Thursday, May 21, 2015"). */
const MAX_GAP = 40;

/**
 * Dates right after a cue in `segment`. A date the sentence splitter cut in two ("Stand: 24." |
 * "Juli 2018") is read across the cut, and a cue ending its line ("Last updated:" as a heading)
 * takes the date from the short line after it.
 */
function datesAfterCue(
  segment: Segment,
  cue: RegExpExecArray,
  next: Segment | undefined,
  lex: ExtractLexicon,
): Candidate[] {
  const cueEnd = cue.index + cue[0].length;
  const sameBlock = next !== undefined && next.block === segment.block;
  const joined = sameBlock ? `${segment.text} ${next.text}` : segment.text;
  const rest = joined.slice(cueEnd);
  const own: Candidate[] = parseDates(rest, lex)
    .filter(
      (d) =>
        d.start <= MAX_GAP &&
        cueEnd + d.start < segment.text.length &&
        !UNTIL.test(rest.slice(0, d.start)),
    )
    .map((d) => ({
      ...d,
      start: cue.index, // the cue and the date: "Last modification on July 24, 2018"
      end: Math.min(cueEnd + d.end, segment.text.length),
      segment,
    }));
  const cueEndsLine = segment.text.length - cueEnd <= 3;
  if (own.length > 0 || !next || !cueEndsLine || next.text.length > 80) {
    return own;
  }
  return parseDates(next.text, lex)
    .filter((d) => d.start <= MAX_GAP)
    .map((d) => ({ ...d, segment: next }));
}

/**
 * The date the policy says it was last changed: a date right after a "last modified / mise à
 * jour / Stand" cue. The latest such date wins (an effective date and a later revision).
 */
export function extractLastUpdated({ segments, lex }: ExtractContext): LastUpdated | undefined {
  let best: LastUpdated | undefined;
  segments.forEach((segment, i) => {
    if (!matchesAny(segment.text, lex.dates.cue)) {
      return;
    }
    for (const pattern of lex.dates.cue) {
      const cue = pattern.exec(segment.text);
      if (!cue || ofInstrument(segment.text, cue.index)) {
        continue;
      }
      for (const c of datesAfterCue(segment, cue, segments[i + 1], lex)) {
        if (!best || c.date > best.date) {
          const evidence = [evidenceAt(c.segment, c.start, c.end)];
          best = { date: c.date, precision: c.precision, evidence };
        }
      }
    }
  });
  return best ?? dateline(segments, lex);
}

/** Whether a legal instrument is named just before position `at` (then the date is its own). */
function ofInstrument(text: string, at: number): boolean {
  return LEGAL_INSTRUMENT.test(text.slice(Math.max(0, at - INSTRUMENT_REACH), at));
}

/** The top of a policy: its title, subtitle and dateline come within these first blocks. */
const TOP_BLOCKS = 6;
/** Under a heading (the policy's own title), a dateline may come a little further down. */
const TOP_BLOCKS_UNDER_HEADING = 12;
const DATELINE_CHARS = 48;

/**
 * A policy without an "updated" sentence often carries its date alone on a line under the
 * title ("21 April 2026", "Madrid, 24 de mayo de 2018"): a short line at the top, or the first
 * line under one of the first headings, that is mostly a date is the policy's own.
 */
function dateline(segments: readonly Segment[], lex: ExtractLexicon): LastUpdated | undefined {
  for (const [i, segment] of segments.entries()) {
    if (segment.block >= TOP_BLOCKS_UNDER_HEADING) {
      break;
    }
    // Past the first blocks, only the first line of a section (right under its heading).
    const firstUnder =
      segment.headingPath.length > 0 &&
      segments[i - 1]?.headingPath.at(-1) !== segment.headingPath.at(-1);
    if (segment.block >= TOP_BLOCKS && !firstUnder) {
      continue;
    }
    const text = segment.text.trim();
    if (text.length > DATELINE_CHARS) {
      continue;
    }
    const d = parseDates(segment.text, lex)[0];
    if (d && (d.end - d.start) * 2 >= text.length) {
      return {
        date: d.date,
        precision: d.precision,
        evidence: [evidenceAt(segment, d.start, d.end)],
      };
    }
  }
  return undefined;
}
