import type { DirectoryIndex } from '../directory/lookup';
import type { Reconciled } from '../directory/reconcile';
import { requiredProfileFields } from '../directory/required-fields';
import type { RequestContext } from './request-flow';
import type { DocumentAnalysis } from './analyze-document';

let loading: Promise<DirectoryIndex> | undefined;

/**
 * The company directory, loaded on first use: a separate chunk (1.4 MB of text, 310 KB gzipped)
 * that the popup's first paint never waits for, read as text (lib/directory/parse-directory.ts).
 */
function loadDirectory(): Promise<DirectoryIndex> {
  loading ??= Promise.all([
    import('../directory/companies.data.json?raw'),
    import('../directory/parse-directory'),
  ]).then(([text, { parseDirectory }]) => parseDirectory(text.default));
  return loading;
}

/**
 * After the analysis: the directory beside what the policy says (issue 14). `pageUrl` is the
 * site the user is on; the policy's own URL is the fallback (a policy hosted elsewhere says less
 * about whose site it is).
 */
export async function reconcileWithDirectory(
  result: DocumentAnalysis,
  pageUrl: string,
): Promise<Reconciled> {
  const [index, { reconcileSite }] = await Promise.all([
    loadDirectory(),
    import('../directory/reconcile'),
  ]);
  return reconcileSite(index, {
    contacts: result.contacts.contacts,
    url: pageUrl,
    controller: result.contacts.controller?.name,
    source: 'policy',
    policyDate: result.analysis.lastUpdated,
  });
}

/** The request's address: the policy's, else the directory's email when it is the only one. */
export function requestAddress(policyTo: string, reconciled: Reconciled | undefined): string {
  const company = reconciled?.company;
  return policyTo || (reconciled?.verdict?.status === 'directory-only' && company?.email) || '';
}

/** What the company's record changes in the request: its identification fields decide the profile's. */
export function directoryRequest(
  reconciled: Reconciled | undefined,
): Pick<RequestContext, 'requiredFields'> {
  const elements = reconciled?.company?.requiredElements ?? [];
  const { fields } = requiredProfileFields(elements);
  return fields.length ? { requiredFields: fields } : {};
}
