/**
 * worker-heap and store: what a browse leaves behind. The built extension records a 200-page browse of the
 * demo server (4 tabs; /load pages of 10–50 tracker requests on the three demo sites, every 20th page a demo
 * site's own page with its scripts, beacons and policy), then:
 *  - worker-heap: the service worker's JS heap after a full garbage collection, through the DevTools protocol
 *    on the worker's own target (HeapProfiler.collectGarbage + Runtime.getHeapUsage), at start and after;
 *  - store: IndexedDB bytes per recorded request — the quota manager's usage for IndexedDB after ÷ before,
 *    per request the store holds for the browse (sum of its host counts), read once the figure stops moving.
 *    The same in structured-clone-free terms (`json_bytes_per_request`: every row as JSON) is a figure that
 *    does not depend on LevelDB's compaction state.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, ensureChromium } from '../browsers.ts';
import { CHROME_BUILD } from '../harness.ts';
import { DEMO_URLS, startDemoServer } from '../demo-server.ts';
import { log, round, sleep } from './stats.ts';

export interface WorkerHeapResult { name: 'worker-heap'; mb: number; mb_at_start: number; total_mb: number; pages: number }
export interface StoreResult { name: 'store'; bytes_per_request: number; json_bytes_per_request: number; requests: number; rows: number; pages: number }

interface Cdp { send(method: string, params?: object): Promise<Record<string, unknown>>; close(): void }

/** A raw DevTools connection to one target (Node's WebSocket; the port is the browser's own, on loopback). */
async function connect(wsUrl: string): Promise<Cdp> {
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => { ws.onopen = () => resolve(); ws.onerror = () => reject(new Error(`[bench] cannot connect to ${wsUrl}`)); });
  let id = 0;
  const waiting = new Map<number, { resolve(v: Record<string, unknown>): void; reject(e: Error): void }>();
  ws.onmessage = (ev) => {
    const msg = JSON.parse(String(ev.data)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    const w = msg.id !== undefined ? waiting.get(msg.id) : undefined;
    if (!w) return;
    waiting.delete(msg.id!);
    if (msg.error) w.reject(new Error(msg.error.message)); else w.resolve(msg.result ?? {});
  };
  return {
    send: (method, params = {}) => new Promise((resolve, reject) => { const n = ++id; waiting.set(n, { resolve, reject }); ws.send(JSON.stringify({ id: n, method, params })); }),
    close: () => ws.close(),
  };
}

async function workerHeapMb(port: number, extensionId: string): Promise<{ used: number; total: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl?: string }[];
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw?.webSocketDebuggerUrl) throw new Error('[bench] the extension\'s service worker target was not found');
  const cdp = await connect(sw.webSocketDebuggerUrl);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage') as { usedSize: number; totalSize: number };
    return { used: u.usedSize / 2 ** 20, total: u.totalSize / 2 ** 20 };
  } finally {
    cdp.close();
  }
}

async function idbUsage(page: Page): Promise<number> {
  // The quota manager's figure lags behind writes: read until it stops moving.
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const usage = await page.evaluate(async () => {
      const e = await navigator.storage.estimate() as StorageEstimate & { usageDetails?: { indexedDB?: number } };
      return e.usageDetails?.indexedDB ?? e.usage ?? 0;
    });
    if (usage === last) return usage;
    last = usage;
    await sleep(500);
  }
  return last;
}

/** Every request the store holds, its rows, and their size as JSON — read from an extension page. */
async function storeTotals(page: Page): Promise<{ requests: number; rows: number; jsonBytes: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fineprint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      let requests = 0;
      let rows = 0;
      let jsonBytes = 0;
      for (const name of [...db.objectStoreNames]) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        rows += all.length;
        for (const row of all) {
          jsonBytes += JSON.stringify(row).length;
          if (name === 'hostStats') requests += (row as { count: number }).count;
        }
      }
      return { requests, rows, jsonBytes };
    } finally {
      db.close();
    }
  });
}

export async function benchBrowse(opts: { pages?: number; tabs?: number } = {}): Promise<[WorkerHeapResult, StoreResult]> {
  const { pages = 200, tabs = 4 } = opts;
  const server = await startDemoServer();
  const dir = mkdtempSync(path.join(tmpdir(), 'fineprint-bench-browse-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: ensureChromium(), headless: true, ignoreHTTPSErrors: true,
      // The DevTools port is the browser's own, on loopback: how the worker's heap is read.
      args: [...chromiumArgs(CHROME_BUILD, server.hostResolverRules, true), '--remote-debugging-port=0'],
    });
    const ctx = context;
    const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 30_000 });
    const extensionId = new URL(sw.url()).host;
    const port = Number(readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    const ext = await ctx.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html?tab=-1`);
    const send = (m: object) => ext.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg), m);
    for (let i = 0; i < 100 && !((await send({ type: 'ping' }).catch(() => null)) as { ready?: boolean } | null)?.ready; i++) await sleep(100);
    const start = await workerHeapMb(port, extensionId);
    await send({ type: 'flush' });
    const before = await idbUsage(ext);
    const recordedBefore = await storeTotals(ext);

    const sites = ['https://www.dailyglobe.example', 'https://www.cartwheel-shop.example', 'https://www.xinxi-zh.example'];
    const demos = [DEMO_URLS.news, DEMO_URLS.shop, DEMO_URLS.chinese];
    const urls = Array.from({ length: pages }, (_, i) => (i % 20 === 19
      ? `${demos[(i / 20 | 0) % 3]}?s=b${i}`
      : `${sites[i % 3]}/load?n=${10 + (i * 7) % 41}&s=browse-${i}`));
    let next = 0;
    const t0 = Date.now();
    await Promise.all(Array.from({ length: tabs }, async () => {
      const page = await ctx.newPage();
      for (let i = next++; i < pages; i = next++) {
        await page.goto(urls[i], { waitUntil: 'load', timeout: 60_000 });
        await sleep(150);
      }
      await page.close();
    }));
    log(`browse: ${pages} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    // Late beacons, the content scripts' reports and the idle step, then everything written.
    await sleep(2000);
    await send({ type: 'flush' });
    const after = await idbUsage(ext);
    const recorded = await storeTotals(ext);
    const end = await workerHeapMb(port, extensionId);
    const requests = recorded.requests - recordedBefore.requests;
    return [
      { name: 'worker-heap', mb: round(end.used, 2), mb_at_start: round(start.used, 2), total_mb: round(end.total, 2), pages },
      {
        name: 'store', bytes_per_request: round((after - before) / Math.max(1, requests), 1),
        json_bytes_per_request: round((recorded.jsonBytes - recordedBefore.jsonBytes) / Math.max(1, requests), 1),
        requests, rows: recorded.rows - recordedBefore.rows, pages,
      },
    ];
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}
