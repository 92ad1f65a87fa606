import { mayMatch } from '../../shared/may-match';
import { STANCE_WORDS, type StanceWords } from './stance.data';

/**
 * What a sentence does with the thing a pattern found in it (issue 11, item 4): states it, denies
 * it ("We do not sell your data", "Is any transfer made to a third country? No.", "Third country
 * transfers: none", "Ihre Daten werden nicht in Drittländer übermittelt"), or makes it a condition
 * ("If it became necessary to transfer…", "we will only share it if you agree"). One rule on the
 * clause around the match, the same in every language; the words are data (stance.data.ts).
 * - A negative answer after a question mark or a colon that follows the match denies it.
 * - A negation in the same clause before the match (within NEGATION_REACH characters), or, in
 *   languages that put it after the verb, just after it, denies it. A clause ends at ; : ? ! and
 *   at "but", "however"…; "not only", "whether or not" deny nothing.
 * Patterns are case-insensitive and run on the text itself, so offsets are the text's.
 * - A condition before the match in its clause ("if", "whether", "wenn", "qualora"), a verb or
 *   word opening a conditional sentence ("Should…", "Werden Daten…"), or an "only if" after the
 *   match ("only" before it and "if" after it in the clause) makes it a supposition. A hedge before a negation ("as a rule, we do not…") or an
 *   exception after it ("…except with your consent") leaves it stated: exceptions follow.
 */
export type Stance = 'stated' | 'denied' | 'conditional';

const NEGATION_REACH = 80;
const AFTER_REACH = 40;

interface Compiled {
  negators: RegExp;
  negatorsAfter: RegExp | null;
  answer: RegExp;
  conditional: RegExp;
  opener: RegExp;
  onlyIf: RegExp;
  only: RegExp;
  hedge: RegExp;
  exception: RegExp;
  breaks: RegExp;
  notNegating: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LETTER = /^[\p{L}\p{N}]/u;

/** Whole words (Unicode letters; an entry ending or starting with an apostrophe glues on). */
function alternation(words: readonly string[]): string {
  return words
    .map((w) => {
      const before = LETTER.test(w) ? '(?<![\\p{L}\\p{N}])' : '';
      const after = LETTER.test([...w].at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
      return `${before}${escape(w)}${after}`;
    })
    .join('|');
}

const compiled = new Map<string, Compiled>();

function compile(w: StanceWords): Compiled {
  return {
    negators: new RegExp(alternation(w.negators), 'giu'),
    negatorsAfter: w.negatorsAfter.length ? new RegExp(alternation(w.negatorsAfter), 'iu') : null,
    answer: new RegExp(`^[^.?:]{0,60}[?:]\\s*(?:${alternation(w.answers)})\\s*[.!]?\\s*$`, 'iu'),
    conditional: new RegExp(alternation(w.conditionals), 'iu'),
    opener: new RegExp(`^[\\s"“(«-]*(?:${alternation([...w.openers, ...w.conditionals])})`, 'iu'),
    hedge: new RegExp(alternation(w.hedges), 'iu'),
    exception: new RegExp(alternation(w.exceptions), 'iu'),
    onlyIf: new RegExp(alternation(w.onlyIf), 'iu'),
    only: new RegExp(alternation(w.only), 'iu'),
    breaks: new RegExp(`[;:?!]|${alternation(w.breaks)}`, 'giu'),
    notNegating: new RegExp(alternation(w.notNegating), 'giu'),
  };
}

function wordsFor(lang: string): Compiled {
  const key = STANCE_WORDS[lang] ? lang : 'en';
  let c = compiled.get(key);
  if (!c) {
    c = compile(STANCE_WORDS[key] ?? STANCE_WORDS.en!);
    compiled.set(key, c);
  }
  return c;
}

/** Where the clause holding [start, end) begins and ends in `text`. */
function clauseAround(text: string, start: number, end: number, breaks: RegExp) {
  let from = 0;
  let to = text.length;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (m.index + m[0].length <= start) {
      from = m.index + m[0].length;
    } else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}

/** Whether a negator occurs in `text` outside the phrases that deny nothing ("not only"). */
function negates(text: string, c: Compiled): boolean {
  const cleared = text.replace(c.notNegating, (m) => ' '.repeat(m.length));
  c.negators.lastIndex = 0;
  return c.negators.test(cleared);
}

/** The stance of the sentence `text` towards what was found at [start, end), in `lang`. */
export function stanceAt(text: string, start: number, end: number, lang: string): Stance {
  const c = wordsFor(lang);
  if (c.answer.test(text.slice(end))) {
    return 'denied';
  }
  const { from, to } = clauseAround(text, start, end, c.breaks);
  const before = text.slice(Math.max(from, start - NEGATION_REACH), start);
  const after = text.slice(end, Math.min(to, end + AFTER_REACH));
  if (negates(before, c) || (c.negatorsAfter?.test(after) ?? false)) {
    // "As a rule, we do not transfer…", "we do not share it except…": exceptions follow, so it
    // is no denial.
    const excepted = c.hedge.test(text.slice(0, start)) || c.exception.test(text.slice(end));
    return excepted ? 'stated' : 'denied';
  }
  if (
    c.opener.test(text) ||
    c.conditional.test(text.slice(from, start)) ||
    c.onlyIf.test(text.slice(end)) ||
    (c.only.test(text.slice(from, start)) && c.conditional.test(text.slice(end, to)))
  ) {
    return 'conditional';
  }
  return 'stated';
}

/** Whether a short text (a line, a table cell) is itself a negative answer: "No", "None". */
export function isNegativeAnswer(text: string, lang: string): boolean {
  return wordsFor(lang).answer.test(`:${text}`);
}

const globals = new WeakMap<RegExp, RegExp>();
/** The pattern with the `g` flag, made once (matchAll and new RegExp copy it on every call). */
export function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globals.set(pattern, global);
  }
  return global;
}

/**
 * The first match of any of `patterns` that the sentence does not deny (every occurrence is
 * looked at: "We do not sell your data, but we share it with…" shares). Conditions count as
 * stated here; callers that need them use stanceAt.
 */
export function firstStated(
  text: string,
  patterns: readonly RegExp[],
  lang: string,
): { match: RegExpExecArray; stance: Stance } | undefined {
  for (const pattern of patterns) {
    if (!mayMatch(pattern, text)) {
      continue; // the words it needs are missing (speed: lib/shared/may-match)
    }
    const global = globalOf(pattern);
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const stance = stanceAt(text, m.index, m.index + m[0].length, lang);
      if (stance !== 'denied') {
        return { match: m, stance };
      }
      if (m[0].length === 0) {
        global.lastIndex++;
      }
    }
  }
  return undefined;
}
