import { classifySegments } from '../../lib/policy-analysis/classify';
import { runEval } from '../support/run-eval';
import { detectLanguage } from '../../lib/policy-analysis/language';
import { segmentBlocks } from '../../lib/policy-text/segment-blocks';
import {
  GDPR_REQUIREMENTS,
  gdprRequirementByName,
  type GdprRequirement,
} from '../../lib/policy-analysis/taxonomy';
import { accuracy, count, emptyCounts, mean, prf, round3, type Counts } from '../support/metrics';
import { gdprPassageBlocks, readGdpr200, type GdprPolicy } from '../support/gdpr200';

/**
 * GDPR Art. 13/14 disclosure detection on GDPR Transparency 200:
 *   npm run eval -- gdpr --gdpr200 <policies.jsonl> [--json]
 *
 * Each passage is one block (headlines are headings; `context` is the heading path); a passage
 * is predicted to disclose a requirement when one of its sentences is labelled with it. A policy
 * discloses a requirement when any passage does.
 *
 * Gold: a label counts only when `performed` is not false. `performed: false` marks a statement
 * that the practice does NOT happen ("we do not collect personal data", "we do not share"): the
 * annotators recorded the words but nothing is disclosed about an actual practice, so such a
 * passage is gold-negative (a prediction there is a false positive).
 */
type Sets = Map<GdprRequirement, Set<number>>;

export function predictPassages(policy: GdprPolicy): Sets {
  const text = policy.passages.map((p) => p.text).join('\n');
  const detected = detectLanguage(text);
  const lang = detected === 'und' ? 'en' : detected;
  const segments = segmentBlocks(gdprPassageBlocks(policy), lang);
  const predicted: Sets = new Map();
  for (const labels of classifySegments(segments, lang)) {
    const block = segments[labels.segment]?.block ?? 0;
    for (const { requirement } of labels.gdpr) {
      predicted.set(requirement, (predicted.get(requirement) ?? new Set()).add(block));
    }
  }
  return predicted;
}

export function goldPassages(policy: GdprPolicy): Sets {
  const gold: Sets = new Map();
  policy.passages.forEach((passage, i) => {
    for (const label of passage.labels) {
      const id = gdprRequirementByName(label.requirement);
      if (id && label.performed !== false) {
        gold.set(id, (gold.get(id) ?? new Set()).add(i));
      }
    }
  });
  return gold;
}

export function evaluateGdpr(policies: GdprPolicy[]) {
  const policyCounts = new Map<GdprRequirement, Counts>();
  const passageCounts = new Map<GdprRequirement, Counts>();
  for (const { id } of GDPR_REQUIREMENTS) {
    policyCounts.set(id, emptyCounts());
    passageCounts.set(id, emptyCounts());
  }
  for (const policy of policies) {
    const predicted = predictPassages(policy);
    const gold = goldPassages(policy);
    for (const { id } of GDPR_REQUIREMENTS) {
      const p = predicted.get(id) ?? new Set<number>();
      const g = gold.get(id) ?? new Set<number>();
      count(policyCounts.get(id)!, p.size > 0, g.size > 0);
      for (let i = 0; i < policy.passages.length; i++) {
        count(passageCounts.get(id)!, p.has(i), g.has(i));
      }
    }
  }
  const perRequirement: Record<string, Record<string, number>> = {};
  for (const { id, name } of GDPR_REQUIREMENTS) {
    const atPolicy = policyCounts.get(id)!;
    const { precision, recall } = prf(atPolicy);
    perRequirement[name] = {
      policyAccuracy: round3(accuracy(atPolicy)),
      policyPrecision: round3(precision),
      policyRecall: round3(recall),
      passageF1: round3(prf(passageCounts.get(id)!).f1),
      policiesDisclosing: atPolicy.tp + atPolicy.fn,
    };
  }
  const rows = Object.values(perRequirement);
  return {
    perRequirement,
    meanPolicyAccuracy: round3(mean(rows.map((r) => r.policyAccuracy ?? 0))),
    meanPassageF1: round3(mean(rows.map((r) => r.passageF1 ?? 0))),
    policies: policies.length,
    passages: policies.reduce((n, p) => n + p.passages.length, 0),
  };
}

export function run(args: string[]): Promise<number> {
  return runEval(args, {
    command: 'gdpr',
    flag: 'gdpr200',
    usage: 'usage: npm run eval -- gdpr --gdpr200 <policies.jsonl> [--json]',
    evaluate: (path) => evaluateGdpr(readGdpr200(path)),
    report,
  });
}

function report(result: ReturnType<typeof evaluateGdpr>): string {
  const f = (x: number | undefined) => (x ?? 0).toFixed(3);
  const rows = Object.entries(result.perRequirement).map(
    ([name, m]) =>
      `${name.padEnd(38)} ${f(m.policyAccuracy)}  ${f(m.policyPrecision)}  ${f(m.policyRecall)}  ${f(m.passageF1)}  ${String(m.policiesDisclosing).padStart(4)}`,
  );
  return [
    `GDPR-200: ${result.policies} policies, ${result.passages} passages`,
    `${'requirement'.padEnd(38)} acc.   prec.  recall pass.F1 gold`,
    ...rows,
    `mean policy accuracy ${f(result.meanPolicyAccuracy)}   mean passage F1 ${f(result.meanPassageF1)}`,
    '',
  ].join('\n');
}
