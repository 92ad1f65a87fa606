import { defineConfig } from 'wxt';
import { browserLocaleDirs, mergeLocale, UI_LANGUAGES } from './scripts/locales';

// public/icon/<size>.png, rendered from assets/icon*.svg by `npm run icons` (committed PNGs).
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [s, `icon/${s}.png`]));

// The e2e build (RIGHTFUL_E2E=1) may reach the local test site without a toolbar click;
// the production build never carries a host permission (asserted in tests/meta).
const e2e = process.env.RIGHTFUL_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Firefox gets MV3 too: optional_host_permissions and scripting behave as in Chrome.
  manifestVersion: 3,
  outDir: e2e ? '.output-e2e' : '.output',
  // npm run zip: the store zips plus, for Firefox, the sources AMO reviewers rebuild from. The
  // sources are an allowlist of what the build reads (and the documents), so nothing local —
  // node_modules, outputs, test results, corpora or eval data — can slip in; tests/manifest checks.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/locales.ts',
      // patch-package applies these at npm ci (postinstall): the build is the same only with them
      'patches/**',
      '{entrypoints,components,lib,locales,public,assets}/**',
      '{README,PRIVACY,PERMISSIONS,SECURITY,CHANGELOG}.md',
    ],
    excludeSources: ['**/*.test.*', '**/*.e2e.ts'],
  },
  hooks: {
    // locales/<lang>/*.json → _locales/<lang>/messages.json (see scripts/locales.ts).
    'build:publicAssets': (wxt, assets) => {
      for (const lang of UI_LANGUAGES) {
        const contents = JSON.stringify(mergeLocale(wxt.config.root, lang));
        for (const dir of browserLocaleDirs(lang)) {
          assets.push({ relativeDest: `_locales/${dir}/messages.json`, contents });
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // Notifications are asked for only when the user turns reminders on (PERMISSIONS.md).
    optional_permissions: ['notifications'],
    // Per-origin access to fetch a policy hosted on another origin, asked on a click.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // Opens the popup; users can change it in chrome://extensions/shortcuts or Firefox's
    // "Manage Extension Shortcuts" (the popup's help shows the key actually assigned).
    // Not Alt+Shift+R: Chromium 156 leaves that one (and Alt+Shift+P, +W) unassigned, measured
    // with chrome.commands.getAll() on a fresh profile; Alt+Shift+D ("data") is assigned.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+D' } } },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rightful@rightful.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
