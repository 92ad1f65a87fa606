import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

// Pure domains run unchanged in Node (CLI, evaluator, benchmarks): no extension, UI or DOM globals.
const PURE_DOMAINS = [
  'lib/shared/**',
  'lib/policy-detection/**',
  'lib/policy-analysis/**',
  'lib/rights-requests/**',
  'lib/deadlines/**',
  'lib/legal/**',
  'lib/directory/**',
  'lib/policy-pipeline/**',
  'lib/letters/**',
];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'localStorage',
  'fetch',
  'DOMParser',
].map((name) => ({
  name,
  message: 'Pure domains take what they need as parameters (DESIGN.md, layers).',
}));

// One door for mail links (issue 10, item 5): only lib/rights-requests builds mailto: URLs (and
// .eml files and webmail links), validating the recipient and encoding every value. Detection only
// reads links; tests and the demo site hold literal links on purpose.
const MAILTO_DOOR = {
  files: ['**/*.ts', '**/*.tsx'],
  ignores: [
    'lib/rights-requests/**',
    'lib/policy-detection/**',
    'tests/**',
    'fuzz/**',
    'demo-site/**',
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      ...['Literal[value=/^\\s*mailto:/i]', 'TemplateElement[value.raw=/^\\s*mailto:/i]'].map(
        (selector) => ({
          selector,
          message:
            'Build mail links with lib/rights-requests (toMailto, toEml, webmailUrl): they validate the recipient and encode subject and body (SECURITY.md, finding 8).',
        }),
      ),
    ],
  },
};

// One door for storage (issue 12): every storage item (key, area, version, migrations) is defined
// in lib/storage/items.ts; the rest of the code imports the item from there.
const STORAGE_DOOR_MESSAGE =
  'Storage items are defined in one place: import the item from lib/storage/items.ts, or add it there (key, area, version, migrations) and validate its value where you read it.';
const STORAGE_MODULES = ['wxt/utils/storage', 'wxt/storage', '@wxt-dev/storage', '#imports'];

/** The imports refused everywhere; `storageDoor: false` only in lib/storage/items.ts. */
function restrictedImports({ storageDoor }) {
  return {
    paths: [
      {
        name: 'webextension-polyfill',
        message: "Import { browser } from 'wxt/browser' so tests get the fake browser.",
      },
      ...(storageDoor
        ? STORAGE_MODULES.map((name) => ({
            name,
            importNames: ['storage'],
            message: STORAGE_DOOR_MESSAGE,
          }))
        : []),
    ],
    patterns: [
      {
        group: ['**/letters/*/*'],
        message:
          'Letter data is read through lib/letters (registry.ts and the render-* functions), which check and fill it.',
      },
    ],
  };
}

// Layer zones (DESIGN.md, house style 15): each says what to do instead.
const LAYER_ZONES = [
  {
    files: ['lib/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/*', '@/lib/ui/*', '**/components/*', '@/components/*', 'solid-js'],
              message:
                'lib/app sits below the UI: return a Message (lib/app/message.ts) for lib/ui to say, or take what the UI provides as a parameter (a `say` function, the UI language).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/storage/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/ui/*', '**/components/*', '@/*'],
              message:
                'lib/storage holds the storage items, their schemas and migrations: lib/app and lib/ui read them, never the reverse. Move what the item needs into lib/storage or a pure domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '**/storage/*', '@/lib/storage/*', '**/app/*', '@/lib/app/*'],
              allowTypeImports: true,
              message:
                'Components are presentational: take data and callbacks as props; lib/ui (create-*) wires them to lib/app and lib/storage. Type imports are fine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only lib/ui speaks to the user: it alone reads the browser's messages.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/ui/**', 'tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['browser', 'chrome'].map((object) => ({
          object,
          property: 'i18n',
          message:
            'Only lib/ui/i18n.ts reads browser.i18n: call t() or say() from lib/ui/i18n in the UI, or return a Message (lib/app/message.ts) from lib/app.',
        })),
        ...['browser', 'chrome'].map((object) => ({
          object,
          property: 'storage',
          message: STORAGE_DOOR_MESSAGE,
        })),
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.output-e2e', '.wxt', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', restrictedImports({ storageDoor: true })],
    },
  },
  {
    // The one home of storage items (DESIGN.md, house style 6 and 13).
    files: ['lib/storage/items.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports({ storageDoor: false })] },
  },
  { files: ['**/*.tsx'], ...solid },
  {
    files: PURE_DOMAINS,
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'webextension-polyfill',
                'solid-js',
                'solid-js/*',
                '@wxt-dev/*',
              ],
              message: 'Pure domains import only zod, lib/shared and data.',
            },
            {
              group: ['**/app/*', '**/ui/*', '**/storage/*', '**/components/*'],
              message: 'Layers go one way: app → domains → shared.',
            },
            {
              // Only lib/letters' own files import it with a path ending in letters/…
              group: ['**/letters/*'],
              message:
                'lib/letters builds on rights-requests, deadlines and legal, never the reverse: call its render-* functions from lib/app, lib/ui or the CLI.',
            },
          ],
        },
      ],
    },
  },
  MAILTO_DOOR,
  ...LAYER_ZONES,
  {
    // node:test's describe/it return promises the runner itself awaits.
    files: ['tests/e2e/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
