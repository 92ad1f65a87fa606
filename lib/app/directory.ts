import type { DirectoryIndex } from '../directory/lookup';
import type { Reconciled } from '../directory/reconcile';
import { requestDefaults } from '../directory/request-defaults';
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

/**
 * The composer's defaults beside the company's record (lib/directory/request-defaults.ts): the
 * directory's email when the policy gives none, its language, form, postal address, fields, and
 * what to say before sending. `pageUrl` is the tab's page: on the company's form, filling it leads.
 */
export function withDirectory(
  ctx: RequestContext,
  reconciled: Reconciled | undefined,
  pageUrl: string,
): RequestContext {
  const { controllerName, ...defaults } = requestDefaults(ctx, reconciled, pageUrl);
  // The letter and the printed letter's recipient name the company when the policy does not.
  return {
    ...ctx,
    ...defaults,
    ...(controllerName ? { facts: { ...ctx.facts, controllerName } } : {}),
  };
}
