/**
 * Drives the built extension in real Chromium (playwright-core + Debian chromium). Shared by the e2e
 * tests, `npm start`, the CLI's `audit` and the benchmark, so they all meet the extension the same way:
 * launch → wait for the background's readiness handshake → browse → read what the extension recorded
 * through its own message protocol (never re-computed outside it).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, ensureChromium } from './browsers';
import type { PageMessage } from '../lib/messaging/protocol';
import { evaluateInFrameOf, type BrowserSession, type SessionOptions, type SessionPage } from './session';

export const CHROME_BUILD = path.resolve(process.env.FINEPRINT_OUT_DIR ?? '.output', 'chrome-mv3');

export interface LaunchOptions {
  extensionPath?: string;
  hostResolverRules?: string | null;
  ignoreCertErrors?: boolean;
  headless?: boolean;
  /** Browser UI language, e.g. 'zh-CN'. */
  locale?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** An extension page used to talk to the background like the popup does. */
  extPage: Page;
  send<R = unknown>(msg: PageMessage): Promise<R>;
  /** Open a web page in a new tab and return it with the tab id the extension knows it by. */
  openTab(url: string, waitUntil?: 'load' | 'domcontentloaded' | 'networkidle'): Promise<{ page: Page; tabId: number }>;
  tabIdOf(page: Page): Promise<number>;
  /** Stop the MV3 service worker (as Chrome does when idle, or when it is killed). */
  stopWorker(): Promise<void>;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionPath = opts.extensionPath ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath} — run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fineprint-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: opts.headless ?? true,
    locale: opts.locale,
    args: [
      ...chromiumArgs(extensionPath, opts.hostResolverRules ?? null, opts.ignoreCertErrors ?? true),
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
    ignoreHTTPSErrors: opts.ignoreCertErrors ?? true,
    viewport: { width: 1100, height: 800 },
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL((await worker()).url()).host;
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/popup.html?tab=-1`);

  const send = async <R>(msg: PageMessage): Promise<R> =>
    extPage.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg) as Promise<R>;

  // Readiness handshake: the background answers `ping` only after its listeners are registered,
  // the visit map is restored and the tracker engine is loaded — so no early request is missed.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const reply = await send<{ ready?: boolean } | undefined>({ type: 'ping' }).catch(() => undefined);
    if (reply?.ready) break;
    if (Date.now() > deadline) throw new Error('The extension background never became ready');
    await new Promise((r) => setTimeout(r, 100));
  }

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const ids = await extPage.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
      return tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
    }, url);
    if (ids.length === 0) throw new Error(`No tab shows ${url}`);
    return Math.max(...ids);
  };

  return {
    context,
    extensionId,
    extPage,
    send,
    tabIdOf,
    worker,
    async openTab(url, waitUntil = 'load') {
      const page = await context.newPage();
      await page.goto(url, { waitUntil });
      return { page, tabId: await tabIdOf(page) };
    },
    async stopWorker() {
      const cdp = await context.newCDPSession(extPage);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The browser-neutral session (scripts/session.ts) on top of the Chromium one

/** A playwright page as a SessionPage. */
export function chromiumPage(page: Page): SessionPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: (urlPart, fn) => evaluateInFrameOf(() => page.frames() as never[], () => page.url(), urlPart, fn),
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    reload: async () => { await page.reload({ waitUntil: 'load' }); },
    click: (selector) => page.locator(selector).first().click(),
    waitFor: (selector, timeoutMs = 15_000) => page.locator(selector).first().waitFor({ timeout: timeoutMs }),
    select: async (selector, value) => { await page.locator(selector).first().selectOption(value); },
    text: async (selector) => ((await page.locator(selector).count()) ? page.locator(selector).first().textContent() : null),
    attribute: async (selector, name) => ((await page.locator(selector).count()) ? page.locator(selector).first().getAttribute(name) : null),
    count: (selector) => page.locator(selector).count(),
    title: () => page.title(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => { await page.screenshot({ path: file, fullPage: true }); },
    close: () => page.close(),
  };
}

/** Chromium with the extension, as a BrowserSession (the raw playwright session stays reachable as `raw`). */
export async function launchChromiumSession(opts: SessionOptions = {}): Promise<BrowserSession & { raw: ExtensionSession }> {
  const raw = await launchWithExtension(opts);
  const pages = new WeakMap<SessionPage, Page>();
  const wrap = (page: Page): SessionPage => { const p = chromiumPage(page); pages.set(p, page); return p; };
  const closed = new Promise<void>((resolve) => raw.context.on('close', () => resolve()));
  return {
    browser: 'chromium',
    raw,
    extensionOrigin: `chrome-extension://${raw.extensionId}/`,
    extPage: wrap(raw.extPage),
    send: raw.send,
    closed,
    newPage: async () => wrap(await raw.context.newPage()),
    async openTab(url) {
      const { page, tabId } = await raw.openTab(url);
      return { page: wrap(page), tabId };
    },
    tabIdOf: (page) => raw.tabIdOf(pages.get(page)!),
    async openExtensionPage(pathAndQuery, viewport) {
      const page = await raw.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${raw.extensionId}/${pathAndQuery}`);
      return wrap(page);
    },
    suspendBackground: () => raw.stopWorker(),
    async download(page, selector) {
      const p = pages.get(page)!;
      const [download] = await Promise.all([p.waitForEvent('download'), p.locator(selector).first().click()]);
      const file = await download.path();
      return { filename: download.suggestedFilename(), content: readFileSync(file, 'utf8') };
    },
    async cookies(urls) {
      return (await raw.context.cookies(urls)).map(({ name, value, domain }) => ({ name, value, domain }));
    },
    async deleteCookies(url, names) {
      for (const c of await raw.context.cookies([url])) {
        if (names.includes(c.name)) await raw.context.clearCookies({ name: c.name, domain: c.domain, path: c.path });
      }
    },
    close: () => raw.close(),
  };
}
