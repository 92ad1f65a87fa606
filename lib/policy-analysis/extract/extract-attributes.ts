import type { Block, Segment } from '../../shared/policy-text';
import type { Attributes } from '../schema';
import { AUTHORITY_NAMES } from './authorities.data';
import { extractChildren } from './children';
import { extractLastUpdated } from './dates';
import { extractDpo, extractEmails } from './dpo';
import { extractLegalBases } from './legal-bases';
import type { ExtractContext } from './lexicon';
import { lexiconFor } from './lexicons';
import { Collector, MAX_EVIDENCE, evidenceOf, matchTable, matchingSegments } from './match';
import {
  extractPartnerMarketing,
  extractPartnersListPromised,
  extractRecipients,
} from './recipients';
import { extractRetention } from './retention';
import { extractRights, isAboutRights } from './rights';
import { extractTransfers } from './transfers';

/** One pass to tell whether a sentence names any authority at all. */
const ANY_AUTHORITY = new RegExp(
  Object.values(AUTHORITY_NAMES)
    .map((p) => `(?:${p.source})`)
    .join('|'),
  'u',
);

/** A line this short that names the topic is a section title, even when not marked as a heading. */
const SECTION_TITLE_CHARS = 40;

function extractAuthority({ segments, blocks, lex }: ExtractContext): Attributes['authority'] {
  const named = new Collector<string>();
  for (const segment of segments) {
    if (!ANY_AUTHORITY.test(segment.text)) {
      continue;
    }
    for (const [name, pattern] of Object.entries(AUTHORITY_NAMES)) {
      const match = pattern.exec(segment.text);
      if (match) {
        named.add(name, evidenceOf(segment, match));
      }
    }
  }
  const mentions = matchingSegments(segments, lex.authority.mentioned).slice(0, MAX_EVIDENCE);
  const isTitle = (s: Segment) =>
    blocks[s.block]?.kind === 'heading' || s.text.length <= SECTION_TITLE_CHARS;
  const sections = matchingSegments(segments, lex.authority.mentioned, isTitle);
  return { mentions, sections: sections.slice(0, MAX_EVIDENCE), named: named.list() };
}

/** Profiling declared by the controller — not the right against it listed among the rights. */
function extractProfiling(
  ctx: ExtractContext,
): Pick<Attributes, 'profiling' | 'automatedDecisions'> {
  const notRights = (s: Segment) => !isAboutRights(s, ctx.lex);
  return {
    profiling: matchingSegments(ctx.segments, ctx.lex.profiling, notRights).slice(0, MAX_EVIDENCE),
    automatedDecisions: matchingSegments(ctx.segments, ctx.lex.automatedDecisions, notRights).slice(
      0,
      MAX_EVIDENCE,
    ),
  };
}

/**
 * Every attribute the policy states, normalised, each with the passages it comes from.
 * `lang` picks the patterns (English for languages without their own).
 */
export function extractAttributes(
  segments: readonly Segment[],
  blocks: readonly Block[],
  lang: string,
): Attributes {
  const ctx: ExtractContext = { segments, blocks, lex: lexiconFor(lang) };
  const lastUpdated = extractLastUpdated(ctx);
  return {
    dataTypes: matchTable(segments, ctx.lex.dataTypes),
    // "Object to direct marketing" in the rights section is not a purpose the policy declares.
    purposes: matchTable(segments, ctx.lex.purposes, (s) => !isAboutRights(s, ctx.lex)),
    legalBases: extractLegalBases(ctx),
    recipients: extractRecipients(ctx),
    sources: matchTable(segments, ctx.lex.sources),
    retention: extractRetention(ctx),
    children: extractChildren(ctx),
    ...(lastUpdated ? { lastUpdated } : {}),
    transfers: extractTransfers(ctx),
    security: matchTable(segments, ctx.lex.security),
    ...extractProfiling(ctx),
    partnerMarketing: extractPartnerMarketing(ctx),
    rights: extractRights(ctx),
    dpo: extractDpo(ctx),
    emails: extractEmails(ctx),
    partnersListPromised: extractPartnersListPromised(ctx),
    authority: extractAuthority(ctx),
  };
}
