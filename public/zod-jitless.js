// Loaded as a classic script before the page's modules: zod probes `new Function("")` the first
// time a schema is built unless told not to, and the extension CSP (no unsafe-eval) reports every
// probe as a violation. Nothing would be evaluated either way; this keeps the pages silent.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
