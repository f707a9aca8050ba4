/**
 * Journey 9 — private windows: Fineprint keeps what it records in IndexedDB on disk, so it never runs in a
 * private window (Firefox) or incognito (Chrome), even when a person tries to allow it there — the manifest
 * says `incognito: not_allowed`, and the browser itself reports no private-window access. Same in both browsers.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from './context';

export function privateScenario(j: Journey): void {
  describe('private windows', () => {
    it('the browser runs Fineprint in no private window', async () => {
      const seen = await j.session.extPage.evaluate(async () => {
        type Api = { runtime: { getManifest(): { incognito?: string } }; extension: { isAllowedIncognitoAccess(): Promise<boolean> } };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return { incognito: api.runtime.getManifest().incognito, allowed: await api.extension.isAllowedIncognitoAccess() };
      });
      expect(seen).toEqual({ incognito: 'not_allowed', allowed: false });
    });
  });
}
