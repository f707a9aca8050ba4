import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Three tiers (GUIDE §3.8): pure core in plain node, adapters/components with fake browser + DOM,
// and e2e in real Chromium and Firefox. One `npm test` runs all of them.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', environment: 'node', include: ['lib/core/**/*.test.ts', 'lib/probe/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/core/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'adapters',
          environment: 'happy-dom',
          include: ['lib/browser/**/*.test.ts', 'lib/store/**/*.test.ts', 'lib/messaging/**/*.test.ts', 'components/**/*.test.tsx', 'tests/adapters/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/adapters/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
      // The shared journeys (tests/e2e/journeys/scenarios.ts), once per browser: one file and one browser
      // session each, run side by side (same group, two workers) before the Chromium-only files above, which
      // Vitest runs last, one at a time.
      ...(['chromium', 'firefox'] as const).map((browser) => ({
        test: {
          name: `journeys-${browser}`,
          environment: 'node',
          include: [`tests/e2e/journeys/${browser}.test.ts`],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      })),
    ],
  },
});
