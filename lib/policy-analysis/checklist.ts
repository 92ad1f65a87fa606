import type { Evidence } from '../shared/policy-text';
import type { SegmentLabels } from './classify';
import { MAX_EVIDENCE } from './extract/match';
import type { Attributes, ChecklistId, ChecklistItem, Right } from './schema';
import type { GdprRequirement } from './taxonomy';

interface ItemRule {
  id: ChecklistId;
  /** Where the duty comes from: GDPR Art. 13 (data from the person) / 14 (from elsewhere). */
  article: string;
  requirement?: GdprRequirement;
  /** Evidence from the extracted attributes; labels and attributes both count. */
  fromAttributes: (a: Attributes) => Evidence[];
}

const flat = (values: { evidence: Evidence[] }[]) => values.flatMap((v) => v.evidence);
const right = (r: Right) => (a: Attributes) => flat(a.rights.filter((x) => x.value === r));

/** The information GDPR Art. 13/14 says a policy must give, in the order of the articles. */
const ITEMS: readonly ItemRule[] = [
  {
    id: 'controllerIdentity',
    article: '13(1)(a)',
    requirement: 'controller-name',
    fromAttributes: () => [],
  },
  {
    id: 'controllerContact',
    article: '13(1)(a)',
    requirement: 'controller-contact',
    fromAttributes: (a) => flat(a.emails),
  },
  {
    id: 'dpoContact',
    article: '13(1)(b)',
    requirement: 'dpo-contact',
    fromAttributes: (a) => flat(a.dpo.contacts),
  },
  {
    id: 'purposes',
    article: '13(1)(c)',
    requirement: 'processing-purpose',
    fromAttributes: (a) => flat(a.purposes),
  },
  {
    id: 'legalBases',
    article: '13(1)(c)',
    requirement: 'legal-basis',
    fromAttributes: (a) => flat(a.legalBases),
  },
  {
    id: 'legitimateInterests',
    article: '13(1)(d)',
    requirement: 'legitimate-interests',
    fromAttributes: (a) =>
      flat(a.legalBases.find((b) => b.value === 'legitimateInterest')?.purposes ?? []),
  },
  {
    id: 'recipients',
    article: '13(1)(e)',
    requirement: 'data-recipients',
    fromAttributes: (a) => flat(a.recipients),
  },
  {
    id: 'transfers',
    article: '13(1)(f)',
    requirement: 'third-country-transfers',
    fromAttributes: (a) => [...a.transfers.outsideEea, ...flat(a.transfers.safeguards)],
  },
  {
    id: 'retention',
    article: '13(2)(a)',
    requirement: 'retention-period',
    fromAttributes: (a) => flat(a.retention),
  },
  {
    id: 'rightAccess',
    article: '13(2)(b), 15',
    requirement: 'right-access',
    fromAttributes: right('access'),
  },
  {
    id: 'rightRectification',
    article: '13(2)(b), 16',
    requirement: 'right-rectification',
    fromAttributes: right('rectification'),
  },
  {
    id: 'rightErasure',
    article: '13(2)(b), 17',
    requirement: 'right-erasure',
    fromAttributes: right('erasure'),
  },
  {
    id: 'rightRestriction',
    article: '13(2)(b), 18',
    requirement: 'right-restrict',
    fromAttributes: right('restriction'),
  },
  {
    id: 'rightObjection',
    article: '13(2)(b), 21',
    requirement: 'right-object',
    fromAttributes: right('objection'),
  },
  {
    id: 'rightPortability',
    article: '13(2)(b), 20',
    requirement: 'right-portability',
    fromAttributes: right('portability'),
  },
  {
    id: 'rightWithdrawConsent',
    article: '13(2)(c), 7(3)',
    requirement: 'right-withdraw-consent',
    fromAttributes: right('withdrawConsent'),
  },
  {
    id: 'rightComplaint',
    article: '13(2)(d), 77',
    requirement: 'right-lodge-complaint',
    fromAttributes: right('complaintToAuthority'),
  },
  {
    id: 'automatedDecisions',
    article: '13(2)(f), 22',
    requirement: 'automated-decision-making',
    fromAttributes: (a) => [
      ...a.automatedDecisions,
      ...a.profiling,
      ...right('automatedDecisions')(a),
    ],
  },
  {
    id: 'mandatoryData',
    article: '13(2)(e)',
    requirement: 'mandatory-disclosure',
    fromAttributes: () => [],
  },
  {
    id: 'sourceOfData',
    article: '14(2)(f)',
    requirement: 'source-of-data',
    // Art. 14 is about data not obtained from the person: what you give or we observe does not count.
    fromAttributes: (a) =>
      flat(a.sources.filter((s) => s.value !== 'fromYou' && s.value !== 'automatically')),
  },
];

/**
 * Per GDPR requirement, the first cue of each label with it, in the segments' order: one pass
 * over the labels for all items (speed: each item walked every segment's labels in turn).
 */
function labelEvidence(labels: readonly SegmentLabels[]): Map<GdprRequirement, Evidence[]> {
  const byRequirement = new Map<GdprRequirement, Evidence[]>();
  for (const l of labels) {
    for (const g of l.gdpr) {
      const first = g.cues[0];
      if (first) {
        const list = byRequirement.get(g.requirement);
        if (list) {
          list.push(first);
        } else {
          byRequirement.set(g.requirement, [first]);
        }
      }
    }
  }
  return byRequirement;
}

/** One passage per sentence, attribute evidence first (it is the more specific). */
function distinct(evidence: Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return evidence.filter((e) => !seen.has(e.segment) && seen.add(e.segment)).slice(0, MAX_EVIDENCE);
}

/**
 * The GDPR Art. 13/14 transparency checklist: each item present (with the passages) or missing.
 * An item counts as present when the classifier labels a passage with it or an extractor found it.
 */
export function buildChecklist(
  attributes: Attributes,
  labels: readonly SegmentLabels[],
): ChecklistItem[] {
  const reliesOnInterest = attributes.legalBases.some((b) => b.value === 'legitimateInterest');
  const fromLabels = labelEvidence(labels);
  return ITEMS.map(({ id, article, requirement, fromAttributes }) => {
    const evidence = distinct([
      ...fromAttributes(attributes),
      ...((requirement && fromLabels.get(requirement)) || []),
    ]);
    const status =
      evidence.length > 0
        ? 'present'
        : id === 'legitimateInterests' && !reliesOnInterest
          ? 'notApplicable'
          : 'missing';
    return { id, article, status, evidence };
  });
}
