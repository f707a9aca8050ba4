import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Gecko id: Firefox needs a stable id for storage and for `browser_specific_settings`.
export const GECKO_ID = 'fineprint@fineprint.local';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // wxt bundles its own Vite 7 while vitest brings Vite 8: same plugin, two type identities.
  vite: () => ({ plugins: [preact() as never] }),
  // Parallel builds (tests, bench, several developers) can each use their own output folder.
  outDir: process.env.FINEPRINT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  hooks: {
    // The tracker database ships inside the extension (never downloaded at run time).
    'build:publicAssets': (_wxt, assets) => {
      assets.push({
        absoluteSrc: require.resolve('@ghostery/trackerdb').replace(/dist[\\/]cjs[\\/]index\.js$/, 'dist/trackerdb.engine'),
        relativeDest: 'trackerdb.engine',
      });
    },
    // WXT adds a runtime-registered content script's `matches` (gpc.content.ts) to host_permissions;
    // under '<all_urls>' they grant nothing more, and the permission gate (scripts/checks) rejects them.
    'build:manifestGenerated': (_wxt, manifest) => {
      const hosts = manifest.host_permissions;
      if (hosts?.includes('<all_urls>')) manifest.host_permissions = hosts.filter((p: string) => p === '<all_urls>' || !/^(https?|\*):\/\/\*\/\*$/.test(p));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'webRequest',
      'webNavigation',
      'storage',
      'unlimitedStorage',
      'tabs',
      'cookies',
      'declarativeNetRequest',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['<all_urls>'],
    // Never in private windows (Firefox) / incognito (Chrome), not even if the person allows it: everything
    // Fineprint records is kept in IndexedDB on disk, which a private window promises not to leave behind.
    incognito: 'not_allowed',
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
});
