/** The policy-analysis domain's public face: what lib/app, the CLI, the evaluator and the bench import. */
export {
  analyzePolicy,
  locateEvidence,
  ANALYSIS_VERSION,
  type AnalyzeOptions,
} from './analyze-policy';
export { hashBlocks, hashText, normalizeText } from './hash';
export { renderMessage, translateFrom, type Translate } from './summarize';
export * from './schema';
