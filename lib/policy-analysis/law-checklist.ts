import type { Law } from '../shared/law';
import type { Evidence } from '../shared/policy-text';
import { MAX_EVIDENCE } from './extract/match';
import type { PolicyAnalysis } from './schema';

/** The set of transparency items a law asks a policy to state. */
export type ChecklistLaw = 'gdpr' | 'ccpa';

export interface LawChecklistItem {
  /** Message key suffix: summary_check_<id>. */
  id: string;
  /** Where the law asks for it: "13(1)(a)" (GDPR Art.) or "1798.100(a)(1)" (Cal. Civ. Code §). */
  article: string;
  status: 'present' | 'missing' | 'notApplicable';
  evidence: Evidence[];
}

export interface LawChecklist {
  law: ChecklistLaw;
  items: LawChecklistItem[];
}

/** Laws whose transparency duties we check. UK GDPR keeps GDPR's Art. 13/14 word for word. */
const CHECKLIST_OF: Partial<Record<Law, ChecklistLaw>> = {
  gdpr: 'gdpr',
  'uk-gdpr': 'gdpr',
  ccpa: 'ccpa',
};

const firsts = (values: readonly { evidence: Evidence[] }[]): Evidence[] =>
  values.flatMap((v) => v.evidence.slice(0, 1)).slice(0, MAX_EVIDENCE);

/** A whole sentence as evidence (for what the classifier labels, not an extractor). */
const sentence = (analysis: PolicyAnalysis, segment: number): Evidence[] => {
  const text = analysis.segments[segment]?.text;
  return text === undefined ? [] : [{ segment, start: 0, end: text.length, quote: text }];
};

function item(id: string, article: string, evidence: Evidence[]): LawChecklistItem {
  return {
    id,
    article,
    status: evidence.length > 0 ? 'present' : 'missing',
    evidence: evidence.slice(0, MAX_EVIDENCE),
  };
}

/**
 * The CCPA/CPRA notice at collection (Cal. Civ. Code §1798.100(a)(1)–(3); 11 CCR §7012(e)): the
 * categories collected, their purposes, whether they are sold or shared, how long they are kept;
 * and the consumer's rights a privacy policy must describe (§1798.130(a)(5)(A)).
 */
function ccpaItems(analysis: PolicyAnalysis): LawChecklistItem[] {
  const a = analysis.attributes;
  const saleSharing = analysis.labels
    .filter((l) => l.topics.some((t) => t.topic === 'sale-sharing-ccpa'))
    .flatMap((l) => sentence(analysis, l.segment));
  return [
    item('ccpaCategories', '1798.100(a)(1)', firsts(a.dataTypes)),
    item('ccpaPurposes', '1798.100(a)(1)', firsts(a.purposes)),
    item('ccpaSaleSharing', '1798.100(a)(1)', saleSharing),
    item(
      'ccpaRetention',
      '1798.100(a)(3)',
      a.retention.flatMap((r) => r.evidence),
    ),
    item('ccpaRights', '1798.130(a)(5)(A)', firsts(a.rights)),
  ];
}

/**
 * The checklist of the law the request goes under: GDPR (and UK GDPR) Art. 13/14, the CCPA notice
 * at collection, or none where we check no law — so a US site is never measured against the GDPR.
 * Built from the same analysis as the summary and the flags.
 */
export function checklistForLaw(law: Law, analysis: PolicyAnalysis): LawChecklist | undefined {
  const which = CHECKLIST_OF[law];
  if (which === 'gdpr') {
    return { law: 'gdpr', items: analysis.checklist };
  }
  if (which === 'ccpa') {
    return { law: 'ccpa', items: ccpaItems(analysis) };
  }
  return undefined;
}
