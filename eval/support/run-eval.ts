import { flag } from '../../cli/support/args';
import { parseOrUsage } from '../../cli/support/parse-or-usage';

/**
 * The shape every corpus evaluator shares: one required file flag, the evaluation, then JSON
 * (--json) or a readable report; a bad file or argument prints one line and exits 2.
 */
export function runEval<R>(
  args: string[],
  spec: {
    command: string;
    flag: string;
    usage: string;
    evaluate: (path: string) => R;
    report: (result: R) => string;
  },
): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: spec.command,
    usage: spec.usage,
    values: [spec.flag],
    booleans: ['json'],
  });
  if (!outcome.ok) {
    return Promise.resolve(outcome.code);
  }
  try {
    const parsed = outcome.args;
    const path = flag(parsed, spec.flag);
    if (!path) {
      throw new Error(spec.usage);
    }
    const result = spec.evaluate(path);
    process.stdout.write(
      flag(parsed, 'json') ? `${JSON.stringify(result, null, 2)}\n` : spec.report(result),
    );
    return Promise.resolve(0);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return Promise.resolve(2);
  }
}
