/** A command of `npm run cli` or `npm run eval`: cli/commands/<name>.ts, eval/commands/<name>.ts. */
export interface Command {
  run(args: string[]): Promise<number>;
}

/**
 * Runs `<command> [args]` from argv: usage on --help or an unknown command (exit 0 / 2), otherwise
 * the command's exit code; a thrown error prints one line, never a stack, and exits 2.
 */
export function dispatch(
  program: string,
  commands: Record<string, string>,
  load: (name: string) => Promise<Command>,
): void {
  const [name, ...args] = process.argv.slice(2);
  const usage = () =>
    process.stderr.write(
      `usage: npm run ${program} -- <command> [args]\n\n${Object.entries(commands)
        .map(([cmd, what]) => `  ${cmd.padEnd(10)} ${what}`)
        .join('\n')}\n`,
    );
  const main = async (): Promise<number> => {
    if (!name || name === '--help' || !(name in commands)) {
      usage();
      return name && name !== '--help' ? 2 : 0;
    }
    return (await load(name)).run(args);
  };
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
