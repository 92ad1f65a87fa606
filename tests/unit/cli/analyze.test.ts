import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, run } from '../../../cli/commands/analyze';
import { AnalyzeOutput } from '../../../lib/policy-detection/schema';
import { captureOutput } from '../../support/capture-output';

const FILE = join(process.cwd(), 'tests/fixtures/cli/fernhill-policy.txt');
const text = readFileSync(FILE, 'utf8');

const output = captureOutput();

/** Runs the command and returns what it printed. */
async function runCaptured(args: string[]): Promise<{ code: number; out: string }> {
  const code = await run(args);
  return { code, out: output.out };
}

describe('cli analyze: contacts and the analysis of the same text', () => {
  it('--json prints a valid AnalyzeOutput with summary, attributes, checklist, flags, lastUpdated', async () => {
    const { code, out } = await runCaptured([FILE, '--json', '--today', '2026-11-26']);
    expect(code).toBe(0);
    const parsed = AnalyzeOutput.parse(JSON.parse(out));
    expect(parsed.dpo).toMatchObject({ name: 'Clara Voss', email: 'dpo@fernhill.example' });
    expect(parsed.lastUpdated).toBe('2020-03-03');
    expect(parsed.summary.length).toBeGreaterThan(0);
    expect(parsed.checklist.length).toBeGreaterThan(0);
    expect(parsed.flags.map((f) => f.id)).toContain('oldPolicy');
  });

  const out = analyze('fernhill-policy.txt', text, undefined, '2026-11-26');

  it('gives the attributes the text states', () => {
    const values = <T>(xs: { value: T }[]): T[] => xs.map((x) => x.value);
    expect(values(out.attributes.dataTypes)).toEqual(
      expect.arrayContaining(['name', 'postalAddress', 'billing']),
    );
    expect(values(out.attributes.legalBases).sort()).toEqual(['consent', 'contract']);
    expect(out.attributes.retention).toEqual([
      expect.objectContaining({ duration: 'P6Y', bound: 'max', dataTypes: ['billing'] }),
    ]);
    expect(values(out.attributes.children.ageThresholds)).toEqual([13]);
    expect(values(out.attributes.rights)).toEqual(
      expect.arrayContaining(['access', 'rectification', 'complaintToAuthority']),
    );
  });

  it.each([
    ['retention_max', 'Keeps billing data for at most 6 years.'],
    ['children_age', 'Treats people under 13 as children.'],
  ])('renders the summary item %s in English, with its evidence', (id, sentence) => {
    const item = out.summary.find((i) => i.id === id);
    expect(item?.text).toBe(sentence);
    expect(item?.evidence.length).toBeGreaterThan(0);
  });

  it('contacts and analysis share one segmentation', () => {
    const best = out.contacts[0];
    expect(best?.value).toBe('dpo@fernhill.example');
    const dpoName = out.attributes.dpo.name?.evidence[0];
    // The DPO's name and address are in the same sentence: the same segment index for both.
    expect(best?.at?.segment).toBe(dpoName?.segment);
  });

  it('a recent --today raises no "old policy" flag', () => {
    const recent = analyze('fernhill-policy.txt', text, undefined, '2020-06-01');
    expect(recent.flags.map((f) => f.id)).not.toContain('oldPolicy');
  });

  it('human output has a readable summary section', async () => {
    const { code, out: printed } = await runCaptured([FILE, '--today', '2026-11-26']);
    expect(code).toBe(0);
    expect(printed).toContain('last updated: 2020-03-03');
    expect(printed).toContain('- Keeps billing data for at most 6 years.');
    expect(printed).toContain("a data protection officer's address");
    expect(printed).toContain('retention: max P6Y (billing)');
  });

  it.each([[['x.txt', '--today', 'yesterday']], [['x.txt', '--today', '2026-13-45']]])(
    'run(%j) exits 2 with a message',
    async (args) => {
      expect((await runCaptured(args)).code).toBe(2);
    },
  );
});
