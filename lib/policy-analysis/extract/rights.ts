import type { Block, Segment } from '../../shared/policy-text';
import type { Right } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { Collector, evidenceOf, firstMatch, inContext, wholeSegment, type Found } from './match';
import {
  ARTICLE,
  ANOTHER_CONTROLLER,
  ARTICLE_7_3,
  GDPR_ARTICLE_RIGHTS,
  ARTICLE_RANGE,
  AFTER_DEATH,
  DIRECTIVES_BEFORE,
  EXISTENCE_OF,
  GDPR_NAME,
  HUMAN_INTERVENTION,
  RIGHT_NOT_TO_BE,
  STRUCTURED_FORMAT,
} from './rights-cues.data';
import { segmentAuthorities } from '../../policy-detection/find-authority';
import { allMatches } from '../../policy-detection/context';
import { mayMatch } from '../../shared/may-match';
import { globalOf } from './stance';

/** RIGHT_NOT_TO_BE without `g`, for a test that keeps no lastIndex. */
const RIGHT_NOT_TO_BE_ONCE = new RegExp(RIGHT_NOT_TO_BE.source, 'iu');

/** A sentence about the data subject's rights: it says "right(s)", or sits under such a heading. */
export function isAboutRights(segment: Segment, lex: ExtractLexicon): boolean {
  return inContext(segment, lex.rightsContext);
}

/**
 * A match of a pattern without `g`, run only when the text holds the words it needs (speed,
 * issue 11, item 8: these Unicode, case-insensitive patterns are slow, and most rights
 * sentences lack their words).
 */
const execIf = (re: RegExp, text: string) => (mayMatch(re, text) ? re.exec(text) : null);

/** Rights named by a GDPR article or by what they give, the same in every language. */
function generalCues(text: string): [Right, RegExpExecArray][] {
  const found: [Right, RegExpExecArray][] = [];
  if (execIf(GDPR_NAME, text)) {
    for (const m of allMatches(ARTICLE, text)) {
      const right = GDPR_ARTICLE_RIGHTS[m[1] ?? ''];
      // "the existence of automated decision-making … Art. 22": what access returns (Art. 15(1)(h)).
      const existence =
        right === 'automatedDecisions' &&
        EXISTENCE_OF.test(text.slice(Math.max(0, m.index - 160), m.index));
      if (right && !existence && !ARTICLE_RANGE.test(text.slice(m.index + m[0].length))) {
        found.push([right, m]);
      }
    }
    const consent = ARTICLE_7_3.exec(text);
    if (consent) {
      found.push(['withdrawConsent', consent]);
    }
  }
  const portable = execIf(STRUCTURED_FORMAT, text) ?? execIf(ANOTHER_CONTROLLER, text);
  if (portable) {
    found.push(['portability', portable]);
  }
  const human = execIf(HUMAN_INTERVENTION, text);
  if (human) {
    found.push(['automatedDecisions', human]);
  }
  return found;
}

/** The clause before a match: back to the last punctuation, at most NEGATION_REACH characters. */
const NEGATION_REACH = 50;

/** "directives on the storage, erasure … of your data after your death": the object of a directive. */
function afterDeath(text: string, m: RegExpExecArray): boolean {
  return (
    DIRECTIVES_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)) &&
    AFTER_DEATH.test(text.slice(m.index + m[0].length))
  );
}

/**
 * The occurrence of a right a sentence grants, or none when the sentence denies it ("you do not
 * have the right to portability", "Diritto alla portabilità: non hai diritto alla portabilità",
 * "kein Recht auf …"): a negation word of the language (the same as for transfers) and the word
 * "right" (the language's first rights cue) in the clause just before any occurrence make the
 * sentence a denial. "We do not engage in automated decision-making" denies no right.
 */
function grantedMatch(
  text: string,
  lex: ExtractLexicon,
  right: Right,
): RegExpExecArray | undefined {
  let first: RegExpExecArray | undefined;
  for (const pattern of lex.rights[right]) {
    for (const m of allMatches(globalOf(pattern), text)) {
      if (afterDeath(text, m)) {
        continue;
      }
      const before = text.slice(Math.max(0, m.index - NEGATION_REACH), m.index);
      const clause = before.slice(before.search(/[^.,;:!?()]*$/)).replace(RIGHT_NOT_TO_BE, ' ');
      const rightWord = lex.rightsContext[0];
      if (rightWord?.test(clause) && lex.transfers.negation.some((n) => n.test(clause))) {
        return undefined;
      }
      first ??= m;
    }
  }
  return first;
}

/**
 * Automated decisions are talked about far more than granted ("we use no automated
 * decision-making", "the existence of automated decision-making" in the access right): the right
 * (GDPR Art. 22) is its own wording ("the right not to be subject to …"), or the word "right"
 * earlier in the same clause, or a heading that names it as a right.
 */
function grantsAutomatedDecisions(
  segment: Segment,
  m: RegExpExecArray,
  lex: ExtractLexicon,
  introGrants: boolean,
): boolean {
  const text = segment.text;
  if (RIGHT_NOT_TO_BE_ONCE.test(text)) {
    return true;
  }
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  if (EXISTENCE_OF.test(before.slice(-40))) {
    return false;
  }
  if (introGrants) {
    return true;
  }
  const clause = before.slice(before.search(/[^.;:!?]*$/));
  const rightWord = lex.rightsContext[0];
  const heading = segment.headingPath.at(-1) ?? '';
  return Boolean(
    rightWord &&
    ((rightWord.test(clause) && !lex.transfers.negation.some((n) => n.test(clause))) ||
      (rightWord.test(heading) && firstMatch(heading, lex.rights.automatedDecisions))),
  );
}

/** How far back a list item looks for the line that introduces its list. */
const LIST_REACH = 12;

/**
 * Is this segment an item of a list whose introducing line grants rights ("You have the right
 * to:", "Sie haben das Recht:")? Each item then reads as "you have the right to <item>".
 */
function grantedByIntro(
  segments: readonly Segment[],
  i: number,
  blocks: readonly Block[],
  lex: ExtractLexicon,
): boolean {
  const segment = segments[i] as Segment;
  if (blocks[segment.block]?.kind !== 'listItem') {
    return false;
  }
  const section = segment.headingPath.at(-1);
  for (let j = i - 1; j >= Math.max(0, i - LIST_REACH); j--) {
    const prev = segments[j] as Segment;
    if (prev.headingPath.at(-1) !== section) {
      return false;
    }
    if (blocks[prev.block]?.kind === 'listItem') {
      continue;
    }
    const rightWord = lex.rightsContext[0];
    return Boolean(
      /:\s*$/.test(prev.text) &&
      rightWord?.test(prev.text) &&
      !lex.transfers.negation.some((n) => n.test(prev.text)),
    );
  }
  return false;
}

/**
 * The rights the policy lists (GDPR Art. 13(2)(b)–(d)). Words like "access" or "object" count only
 * in a sentence about rights. A complaint to a supervisory authority (Art. 77) is told apart from
 * a complaint to the company itself.
 */
export function extractRights({ segments, blocks, lex }: ExtractContext): Found<Right>[] {
  const rights = new Collector<Right>();
  for (const [i, segment] of segments.entries()) {
    // Withdrawing consent is granted by the sentence that says one may (GDPR Art. 7(3)), wherever
    // it stands: often beside the legal basis, not in the rights section.
    const withdraw = firstMatch(segment.text, lex.rights.withdrawConsent);
    if (withdraw) {
      rights.add('withdrawConsent', evidenceOf(segment, withdraw));
    }
    // An item of a list "You have the right to:" introduces is about rights, whatever its words.
    const intro = grantedByIntro(segments, i, blocks, lex);
    if (!intro && !isAboutRights(segment, lex)) {
      continue;
    }
    for (const [right, match] of generalCues(segment.text)) {
      rights.add(right, evidenceOf(segment, match));
    }
    const toAuthority = firstMatch(segment.text, lex.rights.complaintToAuthority);
    // A rights sentence naming a supervisory authority grants the complaint to it (Art. 77).
    const authorityNamed = segmentAuthorities(segment).length > 0;
    for (const right of Object.keys(lex.rights) as Right[]) {
      if (
        (right === 'complaint' && (toAuthority || authorityNamed)) ||
        right === 'withdrawConsent'
      ) {
        continue;
      }
      const match = firstMatch(segment.text, lex.rights[right])
        ? grantedMatch(segment.text, lex, right)
        : undefined;
      if (
        match &&
        (right !== 'automatedDecisions' || grantsAutomatedDecisions(segment, match, lex, intro))
      ) {
        rights.add(right, evidenceOf(segment, match));
      }
    }
    if (authorityNamed && !toAuthority) {
      rights.add('complaintToAuthority', wholeSegment(segment));
    }
  }
  const order = Object.keys(lex.rights) as Right[];
  return rights.list().sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}
