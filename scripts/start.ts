/**
 * `npm start`: build the extension, start the bundled demo site, and open Chromium with the extension
 * on it. With a display you get a real window to click around in; without one (a server) it runs
 * headless, prints what the extension recorded on each demo page and saves popup screenshots.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_URLS, startDemoServer } from './demo-server';
import { launchWithExtension } from './harness';
import { ensureCjkFont } from './fonts';
import type { SiteAnalysis } from '../lib/core/types';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

// The Chinese demo site and its popup need a font for 中文, or screenshots show boxes (one line if anything happens).
ensureCjkFont();
console.log('[start] building the extension…');
execSync('npm exec -- wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await startDemoServer();
console.log(`[start] demo site on 127.0.0.1:${server.port} (every hostname is mapped there inside the browser)`);
const session = await launchWithExtension({ hostResolverRules: server.hostResolverRules, headless });

if (!headless) {
  for (const url of Object.values(DEMO_URLS)) await (await session.context.newPage()).goto(url);
  await session.extPage.close();
  console.log('[start] Chromium is open with Fineprint loaded. Click the puzzle-piece icon → Fineprint on any demo page.');
  console.log('[start] Demo pages:', Object.values(DEMO_URLS).join('  '));
  console.log('[start] Close the browser window or press Ctrl-C to stop.');
  const stop = async () => { await session.close(); await server.close(); process.exit(0); };
  session.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
} else {
  const outDir = path.resolve('.tmp');
  mkdirSync(outDir, { recursive: true });
  console.log('[start] no display found: running headless and printing what the extension recorded.\n');
  for (const [name, url] of Object.entries(DEMO_URLS)) {
    const { page, tabId } = await session.openTab(url);
    await page.waitForTimeout(2500);
    const report = await session.send<SiteAnalysis | null>({ type: 'get-tab-report', tabId });
    console.log(`${url}`);
    if (!report || report.organizations.length === 0) console.log('  (nothing recorded)');
    for (const o of report?.organizations ?? []) {
      const verdict = o.verdict ? ` — ${o.verdict}` : '';
      console.log(`  ${o.name.padEnd(28)} ${o.category.padEnd(16)} ${String(o.requests).padStart(3)} request(s)${verdict}  [${o.hosts.join(', ')}]`);
    }
    for (const f of report?.dataFlows ?? []) console.log(`  data sent: ${f.type} → ${f.recipientOrg ?? f.recipientDomain} (${f.evidence})`);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(800);
    const shot = path.join(outDir, `popup-${name}.png`);
    await popup.screenshot({ path: shot, fullPage: true });
    console.log(`  popup screenshot: ${shot}\n`);
    await popup.close();
  }
  await session.close();
  await server.close();
}
