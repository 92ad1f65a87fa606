import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanPage } from '@/lib/policy-detection/scan-page';

// Injected only on the user's click (activeTab + scripting.executeScript({ files })), never
// always-on: an unlisted script is in no manifest content_scripts entry. Its completion value
// is what executeScript hands back to the popup, which zod-checks and finishes it
// (lib/app/scan-tab.ts).
// Unlisted rather than a content script so the bundle carries no browser polyfill (size budget).
export default defineUnlistedScript(() => scanPage(document, location.href));
