import { US_STATE_LAW_IDS } from '../shared/law';
import type { Law as RequestLaw } from '../legal/catalogue.data';
import { chooseLaw, countryOfDomain, type LawChoice } from '../rights-requests/choose-law';
import { factsFromAnalysis } from '../rights-requests/facts-from-analysis';
import type { CompanyHints } from '../directory/request-defaults';
import type { RenderedRequest } from '../letters/render-request';
import type { PolicyFacts, ProfileField } from '../rights-requests/schema';
import type { DocumentAnalysis } from './analyze-document';
import type { SentRequest } from './ledger-service';
import type { Channel, ChannelKind } from '../deadlines/schema';
import { bestContact } from '../policy-detection/best-contact';

/** Everything the request composer starts from, for one read policy. */
export interface RequestContext {
  to: string;
  facts: PolicyFacts;
  choice: LawChoice;
  /** The site's origin, where the request is filed in the ledger. */
  site: string;
  /** The controller's country as far as we can tell: its holidays count for the deadline. */
  country: string;
  /** The privacy request form, when the policy or page gives one (the way in without an email). */
  webform?: string;
  /** The controller's postal address, for a printed letter. */
  postalAddress?: string;
  /**
   * The policy ranks a request form above every email address it gives, and none of those is a
   * privacy or DPO address (shop@, info@): the form is the composer's main action (a company's own
   * preference, from the directory, still wins).
   */
  formFirst?: boolean;
  /**
   * Its subdivision where we can tell (a German Land from the address: BDSG § 40 authority and
   * Land holidays). Without one, UK deadlines count England and Wales' bank holidays.
   */
  subdivision?: string;
  /** The company's own identification fields, from the company directory (lib/app/directory.ts). */
  requiredFields?: ProfileField[];
  /** What the company's directory record, or being on its form, changes in the composer. */
  company?: CompanyHints;
}

/** The country a law belongs to, where the law itself says (GDPR does not: it is the EU's). */
const LAW_COUNTRY: Partial<Record<RequestLaw, string>> = {
  ...Object.fromEntries(US_STATE_LAW_IDS.map((id) => [id, 'US'])),
  'us-none': 'US',
  'uk-gdpr': 'GB',
  ccpa: 'US',
  lgpd: 'BR',
  revfadp: 'CH',
  pipeda: 'CA',
};

/** The composer's defaults: best email, the policy's facts, law and language with their reasons. */
export function requestContext(
  read: DocumentAnalysis,
  pageUrl: string,
  uiLocale: string,
  user: { residence?: string; today?: string } = {},
): RequestContext {
  const facts = factsFromAnalysis(read.analysis, read.contacts, read.url, read.blocks);
  const first = (kind: string) => read.contacts.contacts.find((c) => c.kind === kind);
  const email = first('email');
  const to = email?.value ?? '';
  const webform = first('webform')?.value;
  const postalAddress = first('address')?.value;
  // The first way to write the verdict and the contacts panel show too (bestContact).
  const formFirst = email !== undefined && bestContact(read.contacts.contacts)?.kind === 'webform';
  const host = new URL(pageUrl).hostname;
  // The site's domain says where the controller is (shop.fr); failing that (shop.com, an IP),
  // the domain of the address the policy gives (contact@magneta.fr) often does.
  const domain = countryOfDomain(host) ? host : (to.split('@')[1] ?? host);
  const [uiLanguage, uiRegion] = uiLocale.split(/[-_]/);
  const choice = chooseLaw({
    ...(facts.controllerCountry ? { controllerCountry: facts.controllerCountry } : {}),
    domain,
    ...(facts.policyLanguage ? { policyLanguage: facts.policyLanguage } : {}),
    ...(uiRegion ? { userCountry: uiRegion.toUpperCase() } : {}),
    ...(uiLanguage ? { uiLanguage } : {}),
    ...(user.residence ? { residence: user.residence } : {}),
    ...(user.today ? { today: user.today } : {}),
  });
  // Controller's country from the policy, else the domains, else the law's own country,
  // else the user's (GDPR Art. 77 lets the user complain where they live).
  const country =
    facts.controllerCountry ??
    countryOfDomain(domain) ??
    LAW_COUNTRY[choice.law] ??
    uiRegion?.toUpperCase() ??
    'IE';
  const subdivision = facts.controllerSubdivision?.startsWith(`${country}-`)
    ? facts.controllerSubdivision
    : undefined;
  return {
    to,
    facts,
    choice,
    site: new URL(pageUrl).origin,
    country,
    ...(webform ? { webform } : {}),
    ...(postalAddress ? { postalAddress } : {}),
    ...(formFirst ? { formFirst } : {}),
    ...(subdivision ? { subdivision } : {}),
  };
}

/**
 * The channel of a request sent through the controller's web form or by post, with the form's or
 * the postal address the page gave; undefined when it gave none (the UI then asks the user).
 */
export function channelFrom(kind: ChannelKind, ctx: RequestContext): Channel | undefined {
  if (kind === 'web-form') {
    return ctx.webform ? { kind, url: ctx.webform } : undefined;
  }
  if (kind === 'postal') {
    return ctx.postalAddress ? { kind, address: ctx.postalAddress } : undefined;
  }
  return { kind };
}

/**
 * What the ledger records when the user confirms "I sent it" — by e-mail to `rendered.to` unless
 * `channel` says a web form or a letter (the address is then kept only if there is one).
 */
export function sentRequest(
  rendered: RenderedRequest,
  sentDate: string,
  ctx: RequestContext,
  channel: Channel = { kind: 'email' },
): SentRequest {
  return {
    site: ctx.site,
    controller: ctx.facts.controllerName ?? new URL(ctx.site).hostname,
    ...(channel.kind === 'email' || rendered.to.trim() ? { recipient: rendered.to } : {}),
    channel,
    right: rendered.right,
    law: rendered.law,
    language: rendered.language,
    country: ctx.country,
    ...(ctx.subdivision ? { subdivision: ctx.subdivision } : {}),
    sentDate,
  };
}
