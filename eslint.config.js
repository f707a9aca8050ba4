// Lint: TypeScript rules everywhere, and the purity rule for lib/core (GUIDE §2): the core runs in
// plain node and is shared with the CLI, so it may not import browser, Dexie or WXT code, nor touch
// browser globals.
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'indexedDB', 'location', 'fetch', 'XMLHttpRequest'];

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
    ignores: ['lib/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'lib/core is pure: no WXT.' },
          { group: ['dexie', 'dexie/*'], message: 'lib/core is pure: storage lives in lib/store.' },
          { group: ['webextension-polyfill', '**/lib/browser/**', '../browser/*', '../../browser/*', '**/store/**'], message: 'lib/core is pure: browser APIs live in lib/browser.' },
          { group: ['node:*', 'fs', 'path', 'crypto'], message: 'lib/core runs in the browser too: no node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'lib/core is pure: inject what you need.' }))],
    },
  },
);
