// Lint: TypeScript rules everywhere, and the purity rule for lib/core (GUIDE §2): the core runs in
// plain node and is shared with the CLI, so it may not import UI (components/, public/, Preact), browser,
// Dexie or WXT code, nor touch browser globals. lib/core/purity.test.ts proves the same on the import graph.
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'fetch', 'XMLHttpRequest', 'self', 'caches'];

export default tseslint.config(
  { ignores: ['.output*/**', '.tmp*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'web-ext-artifacts/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['lib/core/**/*.ts', 'lib/core/**/*.tsx'],
    ignores: ['lib/core/**/*.test.ts', 'lib/core/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'lib/core is pure: no WXT.' },
          { group: ['**/components', '**/components/**', '**/public/**', '**/entrypoints/**'], message: 'lib/core ends at the report model: UI lives in components/.' },
          { group: ['preact', 'preact/*', 'preact-render-to-string', 'preact-render-to-string/*', '@preact/*'], message: 'lib/core is pure: no UI library (render in components/).' },
          { group: ['dexie', 'dexie/*'], message: 'lib/core is pure: storage lives in lib/store.' },
          { group: ['webextension-polyfill', 'webextension-polyfill/*', '@types/webextension-polyfill', '**/lib/browser/**', '../browser/*', '../../browser/*', '**/store/**', '**/messaging/**', '**/lib/dom/**', '**/probe/**'], message: 'lib/core is pure: browser APIs live in lib/browser.' },
          { group: ['node:*', 'fs', 'path', 'crypto'], message: 'lib/core runs in the browser too: no node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'lib/core is pure: inject what you need.' }))],
    },
  },
);
