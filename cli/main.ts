/**
 * Command-line entry over the same lib/ code the extension runs: npm run cli -- <command> [args].
 * Each command lives in cli/commands/<command>.ts and exports `run(args): Promise<number>`.
 */
import { dispatch, type Command } from './support/dispatch';

dispatch(
  'cli',
  {
    analyze: 'find the policy links and contacts of HTML/text files, and summarise the policy',
    draft: 'render a rights request',
    deadline: 'compute the legal deadline of a request',
    escalate: 'the follow-up or complaint letter the dashboard offers for an overdue request',
    ledger: 'ledger validate FILE: check an export file as the import would, changing nothing',
    company: "a company's record in the directory (Datenanfragen.de, CC0): domain, URL or name",
    locales: 'check: missing or untranslated UI messages per language (exit 1 if any)',
  },
  (name) => import(`./commands/${name}.ts`) as Promise<Command>,
);
