import type { Block, Segment } from '../../shared/policy-text';
import type { DataType, RetentionPeriod } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { MAX_EVIDENCE, evidenceAt, firstMatch, inContext, matchTable } from './match';
import { allMatches } from '../../policy-detection/context';
import { globalOf } from './stance';

export interface ParsedDuration {
  /** ISO 8601 duration: P14M, P2Y, P30D, P6W. */
  duration: string;
  bound: 'max' | 'min' | 'exact';
  start: number;
  end: number;
}

/** A lexicon's two duration patterns, built once per lexicon. */
const patterns = new WeakMap<ExtractLexicon, { duration: RegExp; range: RegExp }>();

/**
 * `duration`: "14 months", "two (2) years", "6 (seis) meses", "zwei Jahren", "14 mois",
 * "12-month" — number words are data; a number repeated in words or figures in brackets is read
 * once. `range`, before a figure: a bare number and a range word ("5 to 10 years", "entre 3 et 6
 * mois").
 */
function patternsOf(lex: ExtractLexicon): { duration: RegExp; range: RegExp } {
  let found = patterns.get(lex);
  if (!found) {
    const words = Object.keys(lex.retention.numbers)
      .sort((a, b) => b.length - a.length)
      .join('|');
    const units = Object.entries(lex.retention.units)
      .map(([unit, re]) => `(?<${unit}>${re.source})`)
      .join('|');
    found = {
      duration: new RegExp(
        `(?<![\\p{L}\\p{N}])(?<n>\\d{1,4}|${words})(?:\\s*\\((?:\\d{1,4}|\\p{L}{2,12})\\))?[\\s-]*(?:${units})(?![\\p{L}])`,
        'giu',
      ),
      range: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:\\d{1,4}|${words})\\s*(?:${lex.retention.range.source})\\s*$`,
        'iu',
      ),
    };
    patterns.set(lex, found);
  }
  return found;
}

/**
 * Every duration stated in `text` as a period of keeping, with the bound the words before it give
 * ("at most" → max); a figure whose clause is about something else (`subjects`) is left out.
 */
export function parseDurations(text: string, lex: ExtractLexicon): ParsedDuration[] {
  const out: ParsedDuration[] = [];
  const replies = lex.retention.reply.verb.test(text);
  for (const match of allMatches(patternsOf(lex).duration, text)) {
    const groups = match.groups ?? {};
    const raw = (groups.n ?? '').toLowerCase();
    const count = /^\d+$/.test(raw) ? Number(raw) : lex.retention.numbers[raw];
    const unit = (['D', 'W', 'M', 'Y'] as const).find((u) => groups[u] !== undefined);
    // "ustawy z dnia 14 lipca 1983 roku": a calendar year, not a number of years.
    if (
      count === undefined ||
      count === 0 ||
      unit === undefined ||
      (unit === 'Y' && count >= 1000)
    ) {
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (lex.retention.age.before.test(before) || lex.retention.age.after.test(after)) {
      continue; // "children under 13 years", "18 years old": an age, not how long data is kept
    }
    if (replies && lex.retention.reply.within.test(before)) {
      continue; // "we will respond to your request within 30 days": a deadline to answer
    }
    // the end of a range ("kept 5 to 10 years") is its longest: at most
    const bound =
      lex.retention.max.test(before) || patternsOf(lex).range.test(before)
        ? 'max'
        : lex.retention.min.test(before)
          ? 'min'
          : 'exact';
    out.push({
      duration: `P${count}${unit}`,
      bound,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  out.push(...lastOne(text, lex));
  if (out.length === 0) {
    return out;
  }
  const subject = subjects(text, lex);
  return out.filter(({ start, end }) => subject(start, end) !== 'other');
}

/** How much text after a figure `retention.clause.before` reads, and before it `every`. */
const AFTER_FIGURE = 24;

/** Punctuation that ends one part of a sentence: a figure belongs to the words up to it. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/gu;
/** A sentence's end inside a passage (a GDPR-200 passage or a paragraph holds several). */
const SENTENCE_BREAK = /[.!?](?=\s+\p{Lu})|\n/gu;

interface Cue {
  at: number;
  end: number;
  kind: 'keep' | 'other';
}

function breaksIn(text: string, pattern: RegExp): number[] {
  return [...allMatches(pattern, text)].map((m) => m.index);
}

/** The part of `text` between the breaks around [start, end). */
function spanAround(breaks: readonly number[], start: number, end: number, length: number) {
  let from = 0;
  for (const at of breaks) {
    if (at >= end) {
      return { from, to: at };
    }
    if (at < start) {
      from = at + 1;
    }
  }
  return { from, to: length };
}

/**
 * What the clause a figure sits in is about (issue 11): a figure is a period of keeping only
 * there, not where it is the time to answer a request, a notice, a contract's term or a time limit
 * to sue, however close a sentence about deleting data is. The clause's own words decide first:
 * keeping alone, or another subject alone; with both, keeping if it comes before the figure ("kept
 * until your request is handled and 5 years more"), else the other ("we will notify you 7 days
 * before we delete it" is a notice). A clause without either ("…, and for 5 years after that")
 * takes its sentence's, the same way (keeping anywhere before it, else another subject before it,
 * else the first after it), then the nearest in the passage; none at all leaves it to the
 * passage's context (a table cell under "How long we keep data").
 */
function subjects(
  text: string,
  lex: ExtractLexicon,
): (start: number, end: number) => Cue['kind'] | undefined {
  const cues: Cue[] = [];
  for (const kind of ['keep', 'other'] as const) {
    for (const m of allMatches(globalOf(lex.retention.clause[kind]), text)) {
      cues.push({ at: m.index, end: m.index + m[0].length, kind });
    }
  }
  cues.sort((a, b) => a.at - b.at);
  const sentences = breaksIn(text, SENTENCE_BREAK);
  const clauses = [...breaksIn(text, CLAUSE_BREAK), ...sentences].sort((a, b) => a - b);
  return (start, end) => {
    const clause = spanAround(clauses, start, end, text.length);
    // A cue may hold the figure ("met 2 maanden worden verlengd", "30 Tage Zeit"): it counts as
    // before it.
    const own = cues.filter((c) => c.at >= clause.from && c.end <= clause.to);
    const kept = own.some((c) => c.kind === 'keep' && c.at < end);
    if (!kept && lex.retention.clause.before.test(text.slice(end, end + AFTER_FIGURE))) {
      return 'other';
    }
    // "we review our files every 6 months" is a frequency; "logs are deleted every 7 days" (also
    // "werden alle 7 Tage gelöscht") a period of keeping
    if (
      !own.some((c) => c.kind === 'keep') &&
      lex.retention.clause.every.test(text.slice(Math.max(0, start - AFTER_FIGURE), start))
    ) {
      return 'other';
    }
    if (own.length > 0) {
      return own.every((c) => c.kind === own[0]?.kind) ? own[0]?.kind : kept ? 'keep' : 'other';
    }
    const sentence = spanAround(sentences, start, end, text.length);
    const earlier = cues.filter((c) => c.at >= sentence.from && c.end <= clause.from);
    if (earlier.length > 0) {
      return earlier.some((c) => c.kind === 'keep') ? 'keep' : 'other';
    }
    return (
      cues.find((c) => c.at >= clause.to && c.end <= sentence.to) ??
      cues.filter((c) => c.end <= clause.from).at(-1) ??
      cues.find((c) => c.at >= clause.to)
    )?.kind;
  };
}

/** Longest units first: a Polish "tygodnia" (week) contains "dni" (days). */
const UNIT_ORDER = ['Y', 'M', 'W', 'D'] as const;

/**
 * One unit of time said without a figure: "if you have not used it in the last year" is a
 * period of one year (an inactive account closed after it), "im letzten Monat" one month.
 */
function lastOne(text: string, lex: ExtractLexicon): ParsedDuration[] {
  const out: ParsedDuration[] = [];
  for (const m of allMatches(globalOf(lex.retention.lastOne), text)) {
    const word = m[1] ?? '';
    const unit = UNIT_ORDER.find(
      (u) => lex.retention.units[u].test(word) || lex.retention.units[u].test(word.toLowerCase()),
    );
    if (unit) {
      out.push({
        duration: `P1${unit}`,
        bound: 'exact',
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}

function dataTypesIn(segment: Segment, lex: ExtractLexicon): DataType[] {
  return matchTable([segment], lex.dataTypes).map((found) => found.value);
}

/** Merges periods with the same duration and bound (the same figure restated). */
function add(periods: RetentionPeriod[], period: RetentionPeriod): void {
  const same = periods.find((p) => p.duration === period.duration && p.bound === period.bound);
  if (!same) {
    periods.push(period);
    return;
  }
  same.dataTypes = [...new Set([...same.dataTypes, ...period.dataTypes])];
  if (same.evidence.length < MAX_EVIDENCE) {
    same.evidence.push(...period.evidence);
  }
}

/**
 * Retention periods (GDPR Art. 13(2)(a)): a figure in a sentence about keeping or deleting data,
 * else "as long as necessary" as an unspecified period. A figure wins over the vague words in the
 * same sentence ("as long as necessary …, but not longer than 14 months" → P14M, max).
 */
/** A short line (a table cell, a list item, "Label: 10 years") this close after a retention sentence reads as its entry. */
const ENTRY_WINDOW = 4;
const ENTRY_LENGTH = 250;

/** Is this segment about keeping data: its words, its headings, or the line introducing its list or table? */
function aboutRetention(
  segments: readonly Segment[],
  blocks: readonly Block[],
  i: number,
  lex: ExtractLexicon,
): boolean {
  const segment = segments[i] as Segment;
  if (inContext(segment, lex.retention.context)) {
    return true;
  }
  if (segment.text.length > ENTRY_LENGTH) {
    return false;
  }
  const section = segment.headingPath.at(-1);
  const isItem = (s: Segment) => blocks[s.block]?.kind === 'listItem';
  // A list's items all belong to the line that introduces it, however many come before this one
  // ("We keep your data:" then six items): the window counts from the list's first item.
  let from = i;
  if (isItem(segment)) {
    while (from > 0 && isItem(segments[from - 1] as Segment)) {
      from--;
    }
  }
  for (let j = i - 1; j >= Math.max(0, from - ENTRY_WINDOW); j--) {
    const prev = segments[j] as Segment;
    if (prev.headingPath.at(-1) !== section) {
      return false;
    }
    if (firstMatch(prev.text, lex.retention.context)) {
      return true;
    }
  }
  return false;
}

export function extractRetention({ segments, blocks, lex }: ExtractContext): RetentionPeriod[] {
  const periods: RetentionPeriod[] = [];
  for (const [i, segment] of segments.entries()) {
    if (!aboutRetention(segments, blocks, i, lex)) {
      continue;
    }
    const durations = parseDurations(segment.text, lex);
    const vague =
      durations.length === 0 ? firstMatch(segment.text, lex.retention.unspecified) : undefined;
    if (durations.length === 0 && !vague) {
      continue;
    }
    const dataTypes = dataTypesIn(segment, lex);
    for (const { duration, bound, start, end } of durations) {
      add(periods, { duration, bound, dataTypes, evidence: [evidenceAt(segment, start, end)] });
    }
    if (vague) {
      const start = vague.index;
      add(periods, {
        bound: 'unspecified',
        dataTypes,
        evidence: [evidenceAt(segment, start, start + vague[0].length)],
      });
    }
  }
  return periods;
}
