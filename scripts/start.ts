/**
 * `npm start [-- --browser firefox]`: build the extension for the browser, start the bundled demo site, and
 * open that browser (Chromium by default, or Firefox with the Firefox build as a temporary add-on) with the
 * extension on it. With a display you get a real window to click around in; without one (a server) it runs
 * headless, prints what the extension recorded on each demo page and saves popup screenshots — Chromium's as
 * .tmp/popup-<page>.png, Firefox's as .tmp/popup-<page>-firefox.png next to them, so the two can be compared.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './cli/args';
import { DEMO_URLS, startDemoServer } from './demo-server';
import { launchSession } from './launch-session';
import { parseBrowserName, type BrowserSession } from './session';
import { ensureChromium } from './browsers';
import { requireFirefox } from './firefox-harness';
import { ensureCjkFont } from './fonts';
import type { SiteAnalysis } from '../lib/core/types';

const args = parseArgs(process.argv.slice(2), { browser: 'string' });
const browser = parseBrowserName(args.flags.browser as string | undefined);
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const label = browser === 'firefox' ? 'Firefox' : 'Chromium';

// Find (or install, as root on Debian) the browser before spending time on the build.
if (browser === 'firefox') requireFirefox(); else ensureChromium();
// The Chinese demo site and its popup need a font for 中文, or screenshots show boxes (one line if anything happens).
ensureCjkFont();
console.log(`[start] building the extension for ${label}…`);
execSync(browser === 'firefox' ? 'npm exec -- wxt build -b firefox' : 'npm exec -- wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await startDemoServer();
console.log(`[start] demo site on 127.0.0.1:${server.port} (every hostname is mapped there inside the browser)`);
const session: BrowserSession = await launchSession(browser, { hostResolverRules: server.hostResolverRules, ignoreCertErrors: true, headless });

if (!headless) {
  for (const url of Object.values(DEMO_URLS)) await (await session.newPage()).goto(url);
  await session.extPage.close();
  console.log(browser === 'firefox'
    ? '[start] Firefox is open with Fineprint installed as a temporary add-on. Click the Fineprint toolbar button (or the puzzle piece) on any demo page.'
    : '[start] Chromium is open with Fineprint loaded. Click the puzzle-piece icon → Fineprint on any demo page.');
  console.log('[start] Demo pages:', Object.values(DEMO_URLS).join('  '));
  console.log('[start] Close the browser window or press Ctrl-C to stop.');
  const stop = async () => { await session.close(); await server.close(); process.exit(0); };
  void session.closed.then(stop);
  process.on('SIGINT', () => void stop());
} else {
  const outDir = path.resolve('.tmp');
  mkdirSync(outDir, { recursive: true });
  console.log(`[start] no display found: running ${label} headless and printing what the extension recorded.\n`);
  for (const [name, url] of Object.entries(DEMO_URLS)) {
    const { page, tabId } = await session.openTab(url);
    await new Promise((r) => setTimeout(r, 2500));
    const report = await session.send<SiteAnalysis | null>({ type: 'get-tab-report', tabId });
    console.log(`${url}`);
    if (!report || report.organizations.length === 0) console.log('  (nothing recorded)');
    for (const o of report?.organizations ?? []) {
      const verdict = o.verdict ? ` — ${o.verdict}` : '';
      console.log(`  ${o.name.padEnd(28)} ${o.category.padEnd(16)} ${String(o.requests).padStart(3)} request(s)${verdict}  [${o.hosts.join(', ')}]`);
    }
    for (const f of report?.dataFlows ?? []) console.log(`  data sent: ${f.type} → ${f.recipientOrg ?? f.recipientDomain} (${f.evidence})`);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`, { width: 420, height: 640 });
    await popup.waitFor('li.fp-org').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 800));
    const shot = path.join(outDir, browser === 'firefox' ? `popup-${name}-firefox.png` : `popup-${name}.png`);
    await popup.screenshot(shot);
    console.log(`  popup screenshot: ${shot}\n`);
    await popup.close();
    await page.close();
  }
  await session.close();
  await server.close();
}
