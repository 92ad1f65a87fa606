import { readFileSync } from 'node:fs';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';
import { loadPolicy } from '../support/load-policy';
import { analyzePage } from '../../lib/policy-pipeline/analyze-page';
import { CATALOGUE, Language, Law, Right, rightsOf } from '../../lib/legal/catalogue.data';
import { parseLanguageTag } from '../../lib/legal/letter-language';
import { parseRight, RIGHT_SHORT_FORMS } from '../../lib/legal/statute-word';
import { chooseLaw, usResidentLaw } from '../../lib/rights-requests/choose-law';
import { parseLaw } from '../../lib/shared/law';
import { factsFromAnalysis } from '../../lib/rights-requests/facts-from-analysis';
import {
  renderRequest,
  type RenderError,
  type RenderedRequest,
} from '../../lib/letters/render-request';
import { NO_FACTS, PolicyFacts, Profile } from '../../lib/rights-requests/schema';
import { toEml } from '../../lib/rights-requests/to-eml';
import { toMailto } from '../../lib/rights-requests/to-mailto';
import type { RecipientErrorCode } from '../../lib/rights-requests/validate-recipient';

const USAGE = `usage: npm run cli -- draft --right RIGHT --to ADDRESS [--law LAW] [--lang LANG]
       [--residence CC[-SUB]] [--policy FILE] [--profile FILE] [--controller NAME]
       [--details TEXT] [--today YYYY-MM-DD] [--format text|mailto|eml|json] [--json]
  RIGHT: ${Right.options.join(', ')} (also: know, delete, correct, ${Object.keys(RIGHT_SHORT_FORMS).join(', ')})
  LANG:  ${Language.options.join(', ')} (pt: pt-PT under the GDPR, pt-BR under the LGPD)
  LAW:   ${Law.options.join(', ')}, us-ca (= ccpa)
         (default: chosen from the recipient's domain, the policy and your residence)
  --residence: where you live, e.g. US-TX, FR (default: the profile's); a US state law
         (ccpa, us-xx) is only drafted for a resident of that state
`;

/** Plain-English reasons for refused recipients (the UI has translated ones). */
export const RECIPIENT_MESSAGES: Record<RecipientErrorCode, string> = {
  empty: 'no address given',
  'line-break':
    'it contains a line break (raw or encoded as %0A/%0D), which could add mail headers',
  'percent-encoded':
    'it contains "%", an encoded character that could hide a header or a second recipient',
  'url-query': 'it contains "?" or "&", which would add fields such as bcc= to the mail link',
  'several-addresses': 'it contains "," or ";": give exactly one address',
  quote: 'it contains quotes; give a plain address such as name@example.org',
  'angle-bracket': 'it contains "<" or ">"; give the bare address without a display name',
  space: 'it contains spaces or control characters',
  'missing-at': 'it has no "@"',
  'several-at': 'it has more than one "@"',
  'non-ascii': 'it contains non-ASCII characters, which we cannot send safely',
  'bad-local-part': 'the part before "@" is not a valid mailbox name',
  'bad-domain': 'the part after "@" is not a valid domain name',
  'too-long': 'it is longer than an address can be (254 characters)',
};

const VALUES = [
  'right',
  'to',
  'law',
  'lang',
  'residence',
  'policy',
  'profile',
  'controller',
  'details',
  'today',
  'format',
] as const;

class UsageError extends Error {}

function parseEnum<T extends string>(
  schema: { options: readonly T[] },
  value: string,
  what: string,
): T {
  if (!(schema.options as readonly string[]).includes(value)) {
    throw new UsageError(`unknown ${what} "${value}" (one of: ${schema.options.join(', ')})`);
  }
  return value as T;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the ${what} file ${path}`);
  }
}

/**
 * The facts a policy file gives, read by the very analysis the extension runs (analyzePage →
 * factsFromAnalysis): partners, sources, retention, legitimate-interest purposes.
 */
export function loadPolicyFacts(path: string, today: string): PolicyFacts {
  const { blocks, doc, lang } = loadPolicy(path, readText(path, 'policy'));
  const { analysis, contacts } = analyzePage({
    blocks,
    today,
    ...(doc ? { doc } : {}),
    ...(lang ? { lang } : {}),
  });
  return factsFromAnalysis(analysis, contacts, undefined, blocks);
}

function loadProfile(path: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'profile'));
  } catch (error) {
    throw error instanceof UsageError
      ? error
      : new UsageError(`the profile file ${path} is not valid JSON`);
  }
  const parsed = Profile.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(
      `the profile file ${path} is not a profile {name?, email?, postalAddress?, accountId?}`,
    );
  }
  return parsed.data;
}

/**
 * A US state law claims the user lives in that state ("I am a resident of …"): refuse it for
 * anyone else, and say which law their residence gives (Cal. Civ. Code §1798.140(i)).
 */
function checkResidency(law: Law, residence: string | undefined, today: string): void {
  const isStateLaw = law === 'ccpa' || (law.startsWith('us-') && law !== 'us-none');
  if (!isStateLaw) {
    return;
  }
  const own = residence?.startsWith('US-') ? usResidentLaw(residence, today).law : undefined;
  if (own === law) {
    return;
  }
  const state = law === 'ccpa' ? 'US-CA' : law.toUpperCase();
  const hint =
    residence === undefined
      ? `give --residence ${state} if you live there, or omit --law`
      : `you live in ${residence}: ${own ? `use --law ${own} (${CATALOGUE[own].name}) or ` : ''}omit --law`;
  throw new UsageError(
    `${CATALOGUE[law].name} protects residents of ${state} only, and its letter says so; ${hint}`,
  );
}

function describe(error: RenderError, to: string): string {
  switch (error.code) {
    case 'invalid-recipient':
      return `refused recipient ${JSON.stringify(to)}: ${RECIPIENT_MESSAGES[error.reason]}`;
    case 'unsupported-right':
      return `${CATALOGUE[error.law].name} has no "${error.right}" right here (offered: ${rightsOf(error.law).join(', ')})`;
    case 'not-in-force':
      return `${CATALOGUE[error.law].name} gives no "${error.right}" right before ${error.since} (request date earlier)`;
    case 'unsupported-language':
      return `no ${error.language} letters for ${CATALOGUE[error.law].name} (offered: ${CATALOGUE[error.law].languages.join(', ')})`;
  }
}

function output(request: RenderedRequest, format: string): { text: string; code: number } {
  switch (format) {
    case 'json': {
      const { to, subject, body, law, right, language, citations, fieldsUsed } = request;
      return {
        text: `${JSON.stringify({ to, subject, body, law, right, language, citations, fieldsUsed }, null, 2)}\n`,
        code: 0,
      };
    }
    case 'mailto': {
      const url = toMailto(request);
      if (url.ok) {
        return { text: `${url.value}\n`, code: 0 };
      }
      if (url.error.code !== 'too-long') {
        return { text: 'error: invalid recipient\n', code: 2 };
      }
      // Still print it: many mail clients take longer links; the user is warned.
      process.stderr.write(
        `warning: the mailto link is ${url.error.length} characters (over ${url.error.max}); some mail clients cut it — prefer --format text or eml\n`,
      );
      const long = toMailto(request, Number.POSITIVE_INFINITY);
      return long.ok ? { text: `${long.value}\n`, code: 0 } : { text: 'error\n', code: 2 };
    }
    case 'eml': {
      const eml = toEml(request, new Date());
      return eml.ok
        ? { text: eml.value, code: 0 }
        : { text: 'error: invalid recipient\n', code: 2 };
    }
    default:
      return {
        text: `To: ${request.to}\nSubject: ${request.subject}\n\n${request.body}\n`,
        code: 0,
      };
  }
}

export function run(args: string[]): Promise<number> {
  return Promise.resolve(runSync(args));
}

function runSync(args: string[]): number {
  try {
    const outcome = parseOrUsage(args, {
      command: 'draft',
      usage: USAGE,
      values: VALUES,
      booleans: ['json'],
    });
    if (!outcome.ok) {
      return outcome.code;
    }
    const parsed = outcome.args;
    const rightFlag = flag(parsed, 'right');
    const to = flag(parsed, 'to');
    if (!rightFlag || to === undefined) {
      throw new UsageError('--right and --to are required');
    }
    const right = parseEnum(Right, parseRight(rightFlag) ?? rightFlag, 'right');
    const today = flag(parsed, 'today') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
      throw new UsageError('--today must be a date YYYY-MM-DD');
    }
    const policy = flag(parsed, 'policy');
    const facts = policy ? loadPolicyFacts(policy, today) : { ...NO_FACTS };
    const controller = flag(parsed, 'controller');
    if (controller) {
      facts.controllerName = controller;
    }
    const profilePath = flag(parsed, 'profile');
    const profile = profilePath ? loadProfile(profilePath) : {};
    const residence = (flag(parsed, 'residence') ?? profile.residence)?.toUpperCase();
    if (residence !== undefined && !/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(residence)) {
      throw new UsageError('--residence must be a country or subdivision code, e.g. US-TX or FR');
    }
    const proposal = chooseLaw({
      domain: to.split('@').at(-1),
      policyLanguage: facts.policyLanguage,
      controllerCountry: facts.controllerCountry,
      ...(residence ? { residence } : {}),
      today,
    });
    const lawFlag = flag(parsed, 'law');
    const law = lawFlag ? (parseLaw(lawFlag) ?? parseEnum(Law, lawFlag, 'law')) : proposal.law;
    checkResidency(law, residence, today);
    const langFlag = flag(parsed, 'lang');
    const language = langFlag
      ? (parseLanguageTag(langFlag) ?? parseEnum(Language, langFlag, 'language'))
      : proposal.language;
    const details = flag(parsed, 'details');
    const result = renderRequest({
      law,
      right,
      language,
      to,
      facts: PolicyFacts.parse(facts),
      profile,
      today,
      ...(details ? { details } : {}),
    });
    if (!result.ok) {
      process.stderr.write(`error: ${describe(result.error, to)}\n`);
      return 2;
    }
    const format = flag(parsed, 'json') ? 'json' : (flag(parsed, 'format') ?? 'text');
    parseEnum({ options: ['text', 'mailto', 'eml', 'json'] as const }, format, 'format');
    const { text, code } = output(result.value, format);
    (code === 0 ? process.stdout : process.stderr).write(text);
    return code;
  } catch (error) {
    process.stderr.write(
      `error: ${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? USAGE : ''}`,
    );
    return 2;
  }
}
