import type { PolicyAnalysis } from '../policy-analysis/schema';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block, Evidence } from '../shared/policy-text';
import { landOfAddress } from '../legal/german-land';
import { PolicyFacts } from './schema';

/**
 * What the request can use from the policy, read off the analysis (attributes with evidence) and
 * the contacts: the one bridge from "what the policy says" to "what the letter asks". Quotes are
 * the whole sentences behind each fact, so the letter cites the controller's own words.
 */
export function factsFromAnalysis(
  analysis: PolicyAnalysis,
  contacts: ContactsResult,
  policyUrl?: string,
  blocks?: readonly Block[],
): PolicyFacts {
  const a = analysis.attributes;
  // The first sentence that says something: a heading ("Information from our partners") is
  // evidence for the analysis, but a letter quotes a full statement when there is one.
  const sentence = (evidence: readonly Evidence[] | undefined): string | undefined => {
    const texts = (evidence ?? []).map((e) =>
      (analysis.segments[e.segment]?.text ?? e.quote).trim(),
    );
    const full = (text: string) => text.split(/\s+/).length >= 6;
    return (
      texts.find((text) => full(text) && /[.;:!?)]$/.test(text)) ?? texts.find(full) ?? texts[0]
    );
  };
  // A sentence about where data come from ("reaches us from our partners") is evidence of a
  // source, not of disclosure: quoting it as "you disclose data to partners" misquotes the policy.
  const sourceSegments = new Set(a.sources.flatMap((s) => s.evidence.map((e) => e.segment)));
  const disclosures = a.recipients
    .filter((r) => r.kind === 'partners' || r.kind === 'thirdParties' || r.kind === 'advertisers')
    .flatMap((r) => r.evidence)
    .filter((e) => !sourceSegments.has(e.segment));
  const named = [
    ...new Set(a.recipients.flatMap((r) => (r.kind === 'named' && r.name ? [r.name] : []))),
  ];
  const fromPartners = a.sources.find((s) => s.value === 'partners');
  const publicSources = a.sources.find((s) => s.value === 'publicSources');
  // The longest stated maximum is what the controller says it may keep: the one to hold it to.
  const retention = a.retention.find((r) => r.duration && r.bound !== 'min') ?? a.retention[0];
  const legitimate = a.legalBases.find((b) => b.value === 'legitimateInterest');
  const facts: PolicyFacts = {
    ...(contacts.controller ? { controllerName: contacts.controller.name } : {}),
    // A policy naming its supervisory authority names the controller's country (the lead authority).
    ...(contacts.authority ? { controllerCountry: contacts.authority.country } : {}),
    ...subdivisionOf(contacts),
    ...(analysis.language !== 'und' ? { policyLanguage: analysis.language } : {}),
    ...(policyUrl ? { policyUrl } : {}),
    partners: {
      mentioned: disclosures.length > 0 || named.length > 0,
      named,
      ...optionalQuote(sentence(disclosures)),
    },
    partnerSources: {
      mentioned: fromPartners !== undefined,
      ...optionalQuote(sentence(fromPartners?.evidence)),
    },
    ...(publicSources
      ? { publicSources: { mentioned: true, ...optionalQuote(sentence(publicSources.evidence)) } }
      : {}),
    ...(retention
      ? {
          retention: {
            ...(retention.duration ? { duration: retention.duration } : {}),
            quote: sentence(retention.evidence) ?? '',
          },
        }
      : {}),
    legitimateInterestPurposes: [
      ...new Set([
        ...listAfter(legitimate?.evidence ?? [], analysis, blocks),
        ...(legitimate?.purposes ?? []).flatMap((p) =>
          p.evidence.map((e) => analysis.segments[e.segment]?.text.trim() ?? e.quote),
        ),
      ]),
    ].map((text) => ({ text })),
    ...(a.partnerMarketing.length > 0
      ? { marketing: { quote: sentence(a.partnerMarketing) ?? '' } }
      : {}),
  };
  return PolicyFacts.parse(facts);
}

/**
 * The controller's subdivision where it decides the authority and the holidays: a Land authority
 * the policy names, else the Land of a German postal address (BDSG § 40). A proposal: the user
 * can change it.
 */
function subdivisionOf(contacts: ContactsResult): { controllerSubdivision?: string } {
  const named = contacts.authority?.subdivision;
  if (named) {
    return { controllerSubdivision: named };
  }
  if (contacts.authority && contacts.authority.country !== 'DE') {
    return {};
  }
  for (const contact of contacts.contacts) {
    const land = contact.kind === 'address' ? landOfAddress(contact.value) : undefined;
    if (land) {
      return { controllerSubdivision: land };
    }
  }
  return {};
}

const optionalQuote = (quote: string | undefined) => (quote ? { quote } : {});

/**
 * The list items right after a sentence that introduces them ("…for the following purposes:"):
 * every purpose the policy lists under a basis, whether or not the analysis recognised it.
 */
function listAfter(
  evidence: readonly Evidence[],
  analysis: PolicyAnalysis,
  blocks: readonly Block[] | undefined,
): string[] {
  if (!blocks) {
    return [];
  }
  return evidence.flatMap((e) => {
    const segment = analysis.segments[e.segment];
    if (!segment || !/:\s*$/.test(segment.text)) {
      return [];
    }
    const items: string[] = [];
    for (let i = segment.block + 1; blocks[i]?.kind === 'listItem'; i++) {
      items.push((blocks[i]?.text ?? '').trim());
    }
    return items;
  });
}
