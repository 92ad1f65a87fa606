/**
 * Command-line entry over the same lib/ code the extension runs:
 *   npm run cli -- <command> [args]
 * Each command lives in cli/commands/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code). Errors print a one-line message, never a stack, and exit 2.
 */
const COMMANDS: Record<string, string> = {
  analyze: 'find the policy links and contacts of HTML/text files, and summarise the policy',
  draft: 'render a rights request',
  deadline: 'compute the legal deadline of a request',
};

interface Command {
  run(args: string[]): Promise<number>;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || !(name in COMMANDS)) {
    process.stderr.write(
      `usage: npm run cli -- <command> [args]\n\n${Object.entries(COMMANDS)
        .map(([cmd, what]) => `  ${cmd.padEnd(10)} ${what}`)
        .join('\n')}\n`,
    );
    return name && name !== '--help' ? 2 : 0;
  }
  const command = (await import(`./commands/${name}.ts`)) as Command;
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
