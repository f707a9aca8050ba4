/**
 * Firefox smoke test (GUIDE §6): the Firefox build, installed as a temporary add-on in headless
 * firefox-esr driven over WebDriver BiDi, records the demo news page's trackers like Chrome does.
 *
 * The global setup builds only Chrome, so this file builds the Firefox target itself (unless
 * FINEPRINT_SKIP_BUILD=1). No Firefox → the test fails with how to get one; it never skips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_URLS, startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { FIREFOX_BUILD, GECKO_ID, launchFirefoxWithExtension, requireFirefox, type FirefoxSession } from '../../scripts/firefox-harness';
import { eventually } from './fixtures';
import type { Replies } from '../../lib/messaging/protocol';

let server: DemoServer | undefined;
let session: FirefoxSession | undefined;
const figures: Record<string, number> = {};
/** Console lines of the background's own error/drop logging. */
const BACKGROUND_LINE = /\[(background|web-request|nav|router|engine|offscreen)\]/;

beforeAll(async () => {
  requireFirefox();
  if (process.env.FINEPRINT_SKIP_BUILD !== '1') {
    const t = Date.now();
    // FINEPRINT_OUT_DIR (read by wxt.config.ts) is inherited, so the build lands where FIREFOX_BUILD points.
    execSync('npm exec -- wxt build -b firefox', { stdio: ['ignore', 'ignore', 'inherit'] });
    figures.buildMs = Date.now() - t;
  }
  server = await startDemoServer();
  session = await launchFirefoxWithExtension({ demoPort: server.port, extensionPath: FIREFOX_BUILD });
  Object.assign(figures, session.timings);
}, 600_000); // a Firefox build + launch: ~10 s idle, but minutes on a loaded 2-core machine

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (Object.keys(figures).length) console.log(`[firefox] cycle figures (ms): ${JSON.stringify(figures)}`);
});

describe('the extension in real Firefox', () => {
  it('is built with the gecko id the harness pins the UUID for', () => {
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    // …and wxt.config.ts still declares the same constant (the harness duplicates it, see firefox-harness.ts).
    expect(readFileSync(path.resolve('wxt.config.ts'), 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
    expect(manifest.background?.scripts).toBeDefined();
    expect(session?.origin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
  });

  it('records the demo news page\'s trackers against its tab', async () => {
    const s = session!;
    const t = Date.now();
    const { page, tabId } = await s.openTab(DEMO_URLS.news);
    // Third-party hosts the page really loaded: the proxy's log is the ground truth (taken inside the
    // check, so a beacon sent after it cannot make the assertion below race).
    const loaded = () => new Set(s.proxy.log.filter((e) => e.method === 'CONNECT')
      .map((e) => e.target.replace(/:\d+$/, '')).filter((h) => !h.endsWith('dailyglobe.example')));
    let expected = new Set<string>();
    const report = await eventually(
      () => s.send<Replies['get-visit-hosts']>({ type: 'get-visit-hosts', tabId }),
      (r) => {
        expected = loaded();
        return ['www.google-analytics.com', 'static.hotjar.com', ...expected].every((h) => r?.hosts.some((x) => x.host === h));
      },
      15_000,
    );
    figures.pageToRecordedMs = Date.now() - t;
    expect(report.pageUrl).toBe(DEMO_URLS.news);
    const ga = report.hosts.find((h) => h.host === 'www.google-analytics.com');
    const hotjar = report.hosts.find((h) => h.host === 'static.hotjar.com');
    expect(ga).toMatchObject({ thirdParty: true, org: 'google' });
    expect(hotjar).toMatchObject({ thirdParty: true, org: 'hotjar' });
    expect(report.hosts.find((h) => h.host === 'www.dailyglobe.example')?.thirdParty).toBe(false);
    const recordedThirdParties = report.hosts.filter((h) => h.thirdParty).map((h) => h.host);
    for (const host of expected) expect(recordedThirdParties).toContain(host);
    // While the tab is open, nothing at all was dropped or failed in the background.
    expect(s.browserLog.filter((l) => BACKGROUND_LINE.test(l))).toEqual([]);
    await page.close();
  });

  it('kept Firefox\'s own traffic out and the background free of errors', () => {
    const s = session!;
    // Only demo-site hosts went through the proxy: no update, telemetry or remote-settings calls.
    const foreign = s.proxy.log.filter((e) => /mozilla|firefox|dummy\.test/.test(e.target));
    expect(foreign).toEqual([]);
    // Closing the tab makes the content script send its last report (visibilitychange → hidden, or a
    // pending timer): Firefox delivers it without `sender.tab` since the tab is already gone, and the
    // router rightly refuses a content message it cannot pin to a tab. Anything else is an error.
    const errors = s.browserLog.filter((l) => BACKGROUND_LINE.test(l) && !/dropped [a-z-]+: content message without a tab/.test(l));
    expect(errors).toEqual([]);
  });
});
