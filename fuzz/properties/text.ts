import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import { PolicyAnalysis } from '../../lib/policy-analysis/schema';
import { segmentBlocks, segmentText } from '../../lib/policy-text/segment-blocks';
import { Segment } from '../../lib/shared/policy-text';
import { blocks, langTag, policyText } from '../arbitraries/text';
import type { FuzzProperty } from '../property';

/** Sentences: in order, inside the text, trimmed, and each one the exact slice it claims. */
function checkSegments([text, lang]: [string, string]): void {
  let previousEnd = 0;
  for (const span of segmentText(text, lang || 'en')) {
    assert.ok(span.start >= previousEnd && span.start < span.end && span.end <= text.length);
    assert.equal(span.text, text.slice(span.start, span.end));
    assert.equal(span.text, span.text.trim());
    previousEnd = span.end;
  }
}

/** Every Evidence-shaped object of the analysis, wherever it sits. */
function evidenceIn(
  value: unknown,
  out: { segment: number; start: number; end: number; quote: string }[],
): void {
  if (Array.isArray(value)) {
    value.forEach((v) => evidenceIn(v, out));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.segment === 'number' && typeof o.quote === 'string') {
      out.push(o as never);
    }
    Object.values(o).forEach((v) => evidenceIn(v, out));
  }
}

/** Classification and attributes: schema-valid, and every quote is really in its sentence. */
function checkAnalysis([input, lang]: [Parameters<typeof analyzePolicy>[0], string]): void {
  z.array(Segment).parse(segmentBlocks(input, lang || 'en'));
  const analysis = analyzePolicy(input, { today: '2026-11-26', ...(lang ? { lang } : {}) });
  PolicyAnalysis.parse(analysis);
  const evidence: { segment: number; start: number; end: number; quote: string }[] = [];
  evidenceIn(analysis.attributes, evidence);
  evidenceIn(analysis.labels, evidence);
  for (const e of evidence) {
    const segment = analysis.segments[e.segment];
    assert.ok(segment, `evidence points at segment ${e.segment}`);
    assert.equal(segment.text.slice(e.start, e.end), e.quote, 'quote is the slice it claims');
  }
}

export const TEXT_PROPERTIES = [
  {
    name: 'segmentText · random text',
    arbitrary: fc.tuple(policyText, langTag),
    check: checkSegments,
  } satisfies FuzzProperty<[string, string]>,
  {
    name: 'analyzePolicy · random blocks',
    arbitrary: fc.tuple(blocks, langTag),
    check: checkAnalysis,
  } satisfies FuzzProperty<[Parameters<typeof analyzePolicy>[0], string]>,
];
