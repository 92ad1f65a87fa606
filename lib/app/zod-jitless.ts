// Imported first by the analysis worker, which does not run public/zod-jitless.js: zod probes
// whether it may compile code (an empty Function constructor call) when its first schema is built
// unless told not to, and the extension CSP (no unsafe-eval) reports every probe as a violation.
const scope = globalThis as { __zod_globalConfig?: object };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
