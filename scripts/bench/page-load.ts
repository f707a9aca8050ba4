/**
 * page-load: what the extension costs a page. The same local tracker-heavy page (/load?n=300 on the
 * demo server: 300 image requests to 10 tracker hosts) is loaded in two persistent Chromium contexts
 * launched with the same flags, one with the built extension and one without, alternating
 * (with, without, with, …). Each run is a fresh navigation with the HTTP cache disabled
 * (CDP Network.setCacheDisabled) and a unique ?s= seed; the load time is the page's own Navigation
 * Timing (loadEventEnd - startTime). Figure: median(with) ÷ median(without). Budget ≤ 1.03.
 *
 * Side by side in the same run, a third context loads the page with a minimal extension that registers the same
 * three webRequest listeners and does nothing in them (scripts/bench/listener-floor.ts): `listener_floor_ratio`
 * is what Chromium itself charges for observing every request, the floor under `ratio`.
 *
 * Between runs the tabs sit on about:blank and we wait `settleMs`, so the extension's after-load work
 * (recorder flush, the content script's resource-timing report) cannot land inside the other context's
 * measurement and flatter the ratio.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, ensureChromium } from '../browsers.ts';
import { CHROME_BUILD, launchWithExtension } from '../harness.ts';
import { startDemoServer } from '../demo-server.ts';
import { writeListenerFloorExtension } from './listener-floor.ts';
import { log, median, quantile, round, sleep } from './stats.ts';

export interface PageLoadBenchResult {
  name: 'page-load';
  ratio: number;
  with_ms: number;
  without_ms: number;
  with_p90_ms: number;
  without_p90_ms: number;
  /** median(listener-only extension) ÷ median(without): the cost of the webRequest listeners alone. */
  listener_floor_ratio: number;
  listener_floor_ms: number;
  requests: number;
  runs: number;
}

/** A context with the same flags as the harness: no extension, or `extension` (whose worker is waited for). */
async function launchPlain(hostResolverRules: string, extension: string | null = null): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fineprint-bench-plain-'));
  let args = chromiumArgs(extension ?? CHROME_BUILD, hostResolverRules, true);
  if (!extension) args = args.filter((a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: ensureChromium(), headless: true, args, ignoreHTTPSErrors: true, viewport: { width: 1100, height: 800 },
  });
  // The listeners are registered when the worker has run; measuring before that would flatter the floor.
  if (extension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      if (extension) rmSync(extension, { recursive: true, force: true });
    },
  };
}

async function preparePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/** One fresh navigation; returns loadEventEnd - startTime from the page's Navigation Timing entry. */
async function loadOnce(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // loadEventEnd is filled in just after the load handlers return: wait for it.
  await page.waitForFunction(() => ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0) > 0, undefined, { polling: 10 });
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await page.goto('about:blank');
  return ms;
}

export async function benchPageLoad(opts: { runs?: number; requests?: number; settleMs?: number; warmup?: number } = {}): Promise<PageLoadBenchResult> {
  const { runs = 12, requests = 300, settleMs = 1000, warmup = 2 } = opts;
  const server = await startDemoServer();
  const session = await launchWithExtension({ hostResolverRules: server.hostResolverRules });
  const plain = await launchPlain(server.hostResolverRules);
  const floor = await launchPlain(server.hostResolverRules, writeListenerFloorExtension());
  try {
    const pages = { with: await preparePage(session.context), without: await preparePage(plain.context), floor: await preparePage(floor.context) };
    const times = { with: [] as number[], without: [] as number[], floor: [] as number[] };
    const url = (side: string, i: number) => `https://www.dailyglobe.example/load?n=${requests}&s=${side}-${i}-${Date.now().toString(36)}`;
    for (let i = -warmup; i < runs; i++) {
      // Alternate which side goes first in each pair so neither always follows the other's after-load work.
      const order: Array<'with' | 'without' | 'floor'> = i % 2 === 0 ? ['with', 'floor', 'without'] : ['without', 'floor', 'with'];
      for (const side of order) {
        const ms = await loadOnce(pages[side], url(side, i));
        if (i >= 0) times[side].push(ms);
        await sleep(settleMs);
      }
      if (i >= 0) log(`page-load run ${i + 1}/${runs}: with ${times.with.at(-1)?.toFixed(1)} ms, listeners only ${times.floor.at(-1)?.toFixed(1)} ms, without ${times.without.at(-1)?.toFixed(1)} ms`);
    }
    const w = median(times.with);
    const wo = median(times.without);
    const fl = median(times.floor);
    return {
      name: 'page-load',
      ratio: round(w / wo),
      with_ms: round(w, 1),
      without_ms: round(wo, 1),
      with_p90_ms: round(quantile(times.with, 0.9), 1),
      without_p90_ms: round(quantile(times.without, 0.9), 1),
      listener_floor_ratio: round(fl / wo),
      listener_floor_ms: round(fl, 1),
      requests,
      runs,
    };
  } finally {
    await session.close();
    await plain.close();
    await floor.close();
    await server.close();
  }
}
