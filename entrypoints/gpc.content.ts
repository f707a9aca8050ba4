/**
 * MAIN world, every frame, document_start: `navigator.globalPrivacyControl === true`.
 * Not in the manifest: lib/browser/gpc.ts registers it at run time only while GPC is on, with the
 * person's exception sites as excludeMatches. Defined on Navigator.prototype (where the GPC spec puts it,
 * and where DuckDuckGo's reference tests read it) as a getter, like a native attribute.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    try {
      if (Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl')?.get?.call(navigator) === true) return;
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: function globalPrivacyControl() { return true; },
        configurable: true,
        enumerable: true,
      });
    } catch {
      // A frozen or exotic navigator (some sandboxed frames): nothing we can do; the header still goes out.
    }
  },
});
