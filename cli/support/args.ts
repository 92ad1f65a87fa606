/** Minimal flag parser shared by the CLI, eval and bench commands: --flag value, --flag=value, --bool. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

export function parseArgs(args: string[], booleans: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (booleans.includes(name)) {
      value = 'true';
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new Error(`--${name} needs a value`);
      }
      value = next;
      i++;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
}

/** The last value of a flag, or undefined. */
export function flag(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.flags.get(name)?.at(-1);
}
