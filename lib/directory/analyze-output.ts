import * as z from 'zod';
import { AnalyzeOutput } from '../policy-detection/schema';
import { DirectoryCompany, DirectoryVerdict, SourcedContact } from './reconcile';

/**
 * `npm run cli -- analyze --json` once reconciled with the directory: each contact marked with
 * its `source` (page, policy, directory), the directory record matched (`company`) and the
 * verdict on the address (`directory`: agrees, differs, directory-only).
 */
export const ReconciledAnalyzeOutput = AnalyzeOutput.extend({
  contacts: z.array(SourcedContact),
  company: DirectoryCompany.nullable(),
  directory: DirectoryVerdict.nullable(),
});
export type ReconciledAnalyzeOutput = z.infer<typeof ReconciledAnalyzeOutput>;
