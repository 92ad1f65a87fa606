import { parseArgs, type ParsedArgs } from './args';

/** What a command accepts: every flag it knows, and how many positional arguments. */
export interface ArgSpec {
  /** Names the command in messages: `deadline: unknown option --x`. */
  command: string;
  /** Printed on --help (stdout) and after an argument error (stderr). */
  usage: string;
  /** Flags that take a value (`--law gdpr`, `--law=gdpr`). */
  values?: readonly string[];
  /** Flags that take none (`--json`). `--help` is always known. */
  booleans?: readonly string[];
  /** Positional arguments allowed, [min, max]; default none. */
  positional?: readonly [number, number];
}

export type ParseOutcome = { ok: true; args: ParsedArgs } | { ok: false; code: 0 | 2 };

function nameOf(arg: string): string {
  const eq = arg.indexOf('=');
  return eq === -1 ? arg.slice(2) : arg.slice(2, eq);
}

function problem(args: string[], spec: ArgSpec, known: Set<string>): string | ParsedArgs {
  // Checked before parsing, so an unknown flag never swallows the next argument as its value.
  const unknown = args.find((a) => a.startsWith('--') && !known.has(nameOf(a)));
  if (unknown !== undefined) {
    return `unknown option ${unknown.split('=')[0] ?? unknown}`;
  }
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, ['help', ...(spec.booleans ?? [])]);
  } catch (error) {
    return (error as Error).message;
  }
  const [min, max] = spec.positional ?? [0, 0];
  const count = parsed.positional.length;
  if (count > max) {
    return `unexpected argument ${JSON.stringify(parsed.positional[max])}`;
  }
  if (count < min && !parsed.flags.has('help')) {
    return min === 1 ? 'an argument is missing' : `${min} arguments are needed`;
  }
  return parsed;
}

/**
 * The one argument check of every CLI, eval and bench command: `--help` prints the usage and
 * returns exit 0; an unknown option, a flag without its value or a wrong number of positional
 * arguments prints `<command>: <what>` then the usage on stderr and returns exit 2. Callers
 * return `code` when `ok` is false.
 */
export function parseOrUsage(args: string[], spec: ArgSpec): ParseOutcome {
  const known = new Set(['help', ...(spec.values ?? []), ...(spec.booleans ?? [])]);
  const result = problem(args, spec, known);
  if (typeof result === 'string') {
    process.stderr.write(`${spec.command}: ${result}\n${spec.usage.trimEnd()}\n`);
    return { ok: false, code: 2 };
  }
  if (result.flags.has('help')) {
    process.stdout.write(`${spec.usage.trimEnd()}\n`);
    return { ok: false, code: 0 };
  }
  return { ok: true, args: result };
}
