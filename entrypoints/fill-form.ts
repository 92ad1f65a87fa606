import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillForm } from '@/lib/directory/fill-form';
import type { FillPayload } from '@/lib/directory/fill-schema';

// Injected only on the user's click ("Fill the form on this page", lib/app/fill-form.ts), like the
// scanner: no manifest content script, no zod, no polyfill. The letter was handed over just before,
// in this extension's own isolated world (the page cannot read it there); read once, forgotten.
// The completion value is the report executeScript returns; the popup zod-checks it.
export default defineUnlistedScript(() => {
  const scope = globalThis as { __rightfulFillPayload?: Partial<FillPayload> };
  const payload = scope.__rightfulFillPayload;
  delete scope.__rightfulFillPayload;
  return typeof payload?.message === 'string' && payload.message
    ? fillForm(document, payload as FillPayload)
    : undefined;
});
