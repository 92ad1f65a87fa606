import { createResource, type Resource } from 'solid-js';
import type { DocumentAnalysis } from '../app/analyze-document';
import { reconcileWithDirectory } from '../app/directory';
import type { Reconciled } from '../directory/reconcile';

/**
 * The directory's word on a read policy, as a resource that fills in after the policy is shown.
 * The data and the lookup are loaded on demand (lib/app/directory.ts), so they are not in the
 * popup's first chunk. A failure to load leaves the note out (undefined), never the policy.
 */
export function createDirectoryNote(
  result: () => DocumentAnalysis,
  pageUrl: () => string,
): Resource<Reconciled | undefined> {
  const [reconciled] = createResource(
    () => ({ result: result(), url: pageUrl() }),
    ({ result, url }) => reconcileWithDirectory(result, url).catch(() => undefined),
  );
  return reconciled;
}
