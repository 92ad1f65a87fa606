/**
 * Evaluation against annotated corpora (formats: see README, Evaluation), over the same lib/ code:
 *   npm run eval -- <command> [args]
 * Each command lives in eval/commands/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code). Errors print a one-line message, never a stack, and exit 2.
 */
const COMMANDS: Record<string, string> = {
  contacts: 'privacy-contact email precision/recall on GDPR-200 and OPP-115 files',
  categories: 'OPP-115 segment classification: per-category P/R/F1, macro and micro F1',
  gdpr: 'GDPR-200 Art. 13/14 disclosure detection: policy accuracy and passage F1',
};

interface Command {
  run(args: string[]): Promise<number>;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || !(name in COMMANDS)) {
    process.stderr.write(
      `usage: npm run eval -- <command> [args]\n\n${Object.entries(COMMANDS)
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
