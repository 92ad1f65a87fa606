import { letterLanguage } from '../legal/letter-language';
import type { LawChoice } from '../rights-requests/choose-law';
import type { ProfileField } from '../rights-requests/schema';
import type { DirectoryCompany, Reconciled } from './reconcile';
import { requiredProfileFields } from './required-fields';

/**
 * What the company's directory record changes in the composer (issue 14, "what the company
 * needs"): the letter's language, the main way to send, the form, the postal address, the
 * identification fields, and what to say before sending. Only defaults: the user changes any.
 */
export interface CompanyHints {
  /** The composer's main action: the printed letter, or the company's own form. */
  preferred?: 'letter' | 'webform';
  /** Said before sending: the company asks for an ID document with every request. */
  needsIdDocument: boolean;
  /** The recipient is the directory's address: its snapshot date, to say how old it may be. */
  toFromDirectory?: string;
  /** The tab the popup works on is the company's request form: filling it comes first. */
  onFormPage: boolean;
}

export interface RequestDefaults {
  choice: LawChoice;
  to: string;
  webform?: string;
  postalAddress?: string;
  requiredFields?: ProfileField[];
  company?: CompanyHints;
  /** The company's name from the record, when the policy names no controller (for the letter). */
  controllerName?: string;
}

/**
 * The company's request language when the law has letters in it, with the reason shown in place
 * of the language reason chooseLaw gave (datenanfragen/data schema.json, request-language:
 * "the language in which requests should be sent to the company").
 */
export function companyLanguage(choice: LawChoice, requestLanguage: string | undefined): LawChoice {
  const lang = letterLanguage(choice.law, requestLanguage);
  if (!lang) {
    return choice;
  }
  return {
    ...choice,
    language: lang,
    reasons: [
      ...choice.reasons.filter((r) => !r.key.startsWith('req_why_lang_')),
      { key: 'req_why_lang_directory', params: [lang] },
    ],
  };
}

/** Same page, whatever the fragment, query or final slash: the user is on the form. */
export function isFormPage(pageUrl: string, form: string | undefined): boolean {
  const key = (u: string) => {
    try {
      const url = new URL(u);
      return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return undefined;
    }
  };
  return form !== undefined && key(pageUrl) !== undefined && key(pageUrl) === key(form);
}

function preferredWay(company: DirectoryCompany, webform: string | undefined) {
  // A fax is sent from a printed letter; the extension sends no fax itself.
  if (company.transport === 'letter' || company.transport === 'fax') {
    return 'letter';
  }
  return company.transport === 'webform' && webform ? 'webform' : undefined;
}

/**
 * The policy's defaults beside the company's record. The policy's own address, form and postal
 * address stay first; the directory's fill the gaps (its email only when the policy gives none).
 */
export function requestDefaults(
  policy: RequestDefaults & { facts?: { controllerName?: string | undefined } },
  reconciled: Reconciled | undefined,
  pageUrl: string,
): RequestDefaults {
  const company = reconciled?.company;
  if (!company) {
    // No record, but the policy's own form may be the page the user is on.
    const onFormPage = isFormPage(pageUrl, policy.webform);
    return onFormPage ? { ...policy, company: { needsIdDocument: false, onFormPage } } : policy;
  }
  const fromDirectory =
    !policy.to && reconciled.verdict?.status === 'directory-only' && company.email !== undefined;
  const to = fromDirectory ? (company.email ?? '') : policy.to;
  const webform = policy.webform ?? company.webform;
  const postalAddress = policy.postalAddress ?? company.address;
  const { fields } = requiredProfileFields(company.requiredElements);
  const preferred = preferredWay(company, webform);
  return {
    choice: companyLanguage(policy.choice, company.requestLanguage),
    to,
    ...(webform ? { webform } : {}),
    ...(postalAddress ? { postalAddress } : {}),
    ...(fields.length ? { requiredFields: fields } : {}),
    ...(policy.facts?.controllerName ? {} : { controllerName: company.name }),
    company: {
      ...(preferred ? { preferred } : {}),
      needsIdDocument: company.needsIdDocument,
      ...(fromDirectory ? { toFromDirectory: company.snapshot } : {}),
      onFormPage: isFormPage(pageUrl, webform),
    },
  };
}
