import type { Block, Segment } from '../../shared/policy-text';
import type { Attributes } from '../schema';
import { segmentAuthorities } from '../../policy-detection/find-authority';
import { extractChildren } from './children';
import { extractLastUpdated } from './dates';
import { extractDpo, extractEmails } from './dpo';
import { extractLegalBases } from './legal-bases';
import type { ExtractContext } from './lexicon';
import { lexiconFor } from './lexicons';
import { Collector, MAX_EVIDENCE, matchTable, matchingSegments, wholeSegment } from './match';
import {
  extractPartnerMarketing,
  extractPartnersListPromised,
  extractRecipients,
} from './recipients';
import { extractRetention } from './retention';
import { extractRights, isAboutRights } from './rights';
import { extractTransfers } from './transfers';

/** A line this short that names the topic is a section title, even when not marked as a heading. */
const SECTION_TITLE_CHARS = 40;

function extractAuthority({ segments, blocks, lex }: ExtractContext): Attributes['authority'] {
  // The one recogniser of authorities (lib/policy-detection), which the contacts use too.
  const named = new Collector<string>();
  for (const segment of segments) {
    for (const found of segmentAuthorities(segment)) {
      named.add(found.name, wholeSegment(segment));
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
