/**
 * The shared journeys (scenarios.ts) in real Firefox (Debian firefox-esr, headless, driven over WebDriver BiDi)
 * with the Firefox build installed as a temporary add-on — one session for all of them — followed by what
 * only Firefox needs checking: the build Firefox installs, Firefox's own traffic kept out of the demo
 * server, and a background that logged no error through the whole journey.
 * No Firefox → the run fails with how to get one (tests/e2e/global-setup.ts); it never skips.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, GECKO_ID, requireFirefox, type FirefoxSession } from '../../../scripts/firefox-harness';
import { useJourneySession } from './context';
import { registerScenarios } from './scenarios';

const figures: Record<string, number> = {};
const j = useJourneySession<FirefoxSession>('firefox', figures);
/** Console lines of the background's own error/drop logging. */
const BACKGROUND_LINE = /\[(background|web-request|nav|router|engine|offscreen|gpc|dnr|badge|consent|policy)\]/;

afterAll(() => {
  if (j.session) console.log(`[firefox] launch figures (ms): ${JSON.stringify({ ...j.session.timings, ...figures })}`);
});

describe('journeys in Firefox', () => {
  describe('the Firefox build', () => {
    it('carries the gecko id the harness pins the UUID for, and installs in the Firefox under test', () => {
      const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
      expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
      // …and wxt.config.ts still declares the same constant (scripts/firefox/prefs.ts duplicates it).
      expect(readFileSync(path.resolve('wxt.config.ts'), 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
      // An event page (background.scripts), not a service worker: Firefox MV3 has no background service worker.
      expect(manifest.background?.scripts).toBeDefined();
      expect(manifest.background?.service_worker).toBeUndefined();
      // A strict_min_version above the installed Firefox makes the add-on uninstallable there (Debian ships ESR 140).
      const installed = Number(/(\d+)\.\d+/.exec(execFileSync(requireFirefox(), ['--version'], { encoding: 'utf8' }))?.[1]);
      expect(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version)).toBeLessThanOrEqual(installed);
      expect(j.session.extensionOrigin).toBe(`moz-extension://${j.session.uuid}/`);
    });
  });

  registerScenarios(j);

  describe('Firefox only', () => {
    it('kept Firefox\'s own traffic out of the demo server', () => {
      // Only demo-site hosts went through the rules proxy: no update, telemetry or remote-settings calls.
      const foreign = (j.session.proxy?.log ?? []).filter((e) => /mozilla|firefox|dummy\.test/.test(e.target));
      expect(j.session.proxy?.log.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
    });

    it('logged no background error through all the journeys', () => {
      // Closing a tab makes the content script send its last report (visibilitychange → hidden, or a pending
      // timer): Firefox delivers it without `sender.tab` since the tab is already gone, and the router rightly
      // refuses a content message it cannot pin to a tab. Anything else is an error.
      const errors = j.session.browserLog.filter((l) => BACKGROUND_LINE.test(l) && !/dropped [a-z-]+: content message without a tab/.test(l));
      expect(errors).toEqual([]);
    });
  });
});
