/**
 * npm run cli -- escalate --kind follow-up|complaint --law L --right R --lang X --sent DATE
 *   --to ADDRESS --controller NAME --country CC [--subdivision S] [--today DATE] [--json]
 * Prints the letter the dashboard offers for an overdue request: `to`, `subject`, `body` and the
 * supervisory `authority`, from the very functions the dashboard calls (renderFollowUp,
 * renderComplaint, findAuthority) over a tracked request built from the options.
 */
import { findAuthorityFor } from '../../lib/legal/find-authority';
import type { EscalationLetter as Letter } from '../../lib/letters/escalation-context';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import { TrackedRequest } from '../../lib/deadlines/schema';
import { parseRight } from '../../lib/legal/statute-word';
import { Right } from '../../lib/legal/catalogue.data';
import { Law, parseLaw } from '../../lib/shared/law';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';

const USAGE = `usage: npm run cli -- escalate --kind follow-up|complaint --law LAW --right RIGHT
       --lang LANG --sent YYYY-MM-DD --to ADDRESS --controller NAME --country CC
       [--subdivision CC-SUB] [--public-body] [--today YYYY-MM-DD] [--json]
  LAW:   ${Law.options.join(', ')}, us-ca (= ccpa)
  RIGHT: ${Right.options.join(', ')} (the CCPA's know, delete, correct also accepted)
  --to: the address the request went to (the follow-up goes there too)
  --public-body: Spain: the controller is a public body of its autonomous community or a local
         entity there, so Catalonia's, the Basque Country's or Andalusia's own authority hears
         the complaint (LOPDGDD art. 57.1); otherwise the AEPD`;

const VALUES = [
  'kind',
  'law',
  'right',
  'lang',
  'sent',
  'to',
  'controller',
  'country',
  'subdivision',
  'today',
] as const;

function fail(message: string): number {
  process.stderr.write(`escalate: ${message}\n${USAGE}\n`);
  return 2;
}

function text(letter: Letter, authority: Letter['authority']): string {
  const lines = [
    ...(letter.to ? [`To: ${letter.to}`] : ['To: (no address: use the authority’s form)']),
    `Subject: ${letter.subject}`,
    ...(authority
      ? [
          `Authority: ${authority.name}${authority.complaintUrl ? ` — ${authority.complaintUrl}` : ''}`,
        ]
      : ['Authority: none in our data for this country']),
    ...(letter.fallback ? [`Note: ${letter.fallback.note}`] : []),
  ];
  return `${lines.join('\n')}\n\n${letter.body}\n`;
}

export function run(args: string[]): Promise<number> {
  return Promise.resolve(runSync(args));
}

function runSync(args: string[]): number {
  const outcome = parseOrUsage(args, {
    command: 'escalate',
    usage: USAGE,
    values: VALUES,
    booleans: ['json', 'public-body'],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  const parsed = outcome.args;
  const missing = VALUES.filter((v) => !['subdivision', 'today'].includes(v)).filter(
    (v) => flag(parsed, v) === undefined,
  );
  if (missing.length > 0) {
    return fail(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  }
  const kind = flag(parsed, 'kind');
  if (kind !== 'follow-up' && kind !== 'complaint') {
    return fail('--kind must be follow-up or complaint');
  }
  const law = parseLaw(flag(parsed, 'law') ?? '');
  if (!law) {
    return fail(`unknown law "${flag(parsed, 'law')}" (one of: ${Law.options.join(', ')})`);
  }
  const right = parseRight(flag(parsed, 'right') ?? '');
  if (!right) {
    return fail(`unknown right "${flag(parsed, 'right')}"`);
  }
  const to = flag(parsed, 'to') ?? '';
  const today = flag(parsed, 'today') ?? new Date().toISOString().slice(0, 10);
  const subdivision = flag(parsed, 'subdivision')?.toUpperCase();
  // The same boundary as a ledger import: a hostile address or name is refused here too.
  const request = TrackedRequest.safeParse({
    id: 'cli',
    site: `https://${to.split('@').at(-1) ?? 'example.invalid'}`,
    controller: flag(parsed, 'controller'),
    recipient: to,
    channel: { kind: 'email' },
    right,
    law,
    language: flag(parsed, 'lang'),
    country: flag(parsed, 'country')?.toUpperCase(),
    ...(subdivision ? { subdivision } : {}),
    sentDate: flag(parsed, 'sent'),
    events: [],
  });
  if (!request.success) {
    const issue = request.error.issues[0];
    return fail(`--${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < request.data.sentDate) {
    return fail('--today must be a date YYYY-MM-DD, not before --sent');
  }
  const lang = request.data.language;
  // The follow-up names the authority it warns of; the complaint goes to it.
  const found = findAuthorityFor(request.data.law, request.data.country, request.data.subdivision, {
    regionalPublicBody: flag(parsed, 'public-body') !== undefined,
  });
  const options = found ? { authority: found } : {};
  const letter =
    kind === 'complaint'
      ? renderComplaint(request.data, today, lang, options)
      : renderFollowUp(request.data, today, lang, options);
  const authority =
    letter.authority ??
    (found
      ? { name: found.name, complaintUrl: found.complaintUrl, email: found.email }
      : undefined);
  if (flag(parsed, 'json')) {
    const { subject, body, language } = letter;
    const json = { to: letter.to ?? null, subject, body, language, authority: authority ?? null };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(text(letter, authority));
  }
  return 0;
}
