/**
 * A puppeteer (WebDriver BiDi) page in Firefox as a SessionPage (scripts/session.ts). moz-extension:// pages
 * are navigated and reloaded with raw BiDi commands: puppeteer's own `goto` waits for navigation events
 * Firefox does not send for extension pages, and hangs (GUIDE §6).
 */
import type { Browser, Page } from 'puppeteer-core';
import { evaluateInFrameOf, type SessionPage } from '../session';

type BidiConnection = { send(method: string, params: object): Promise<unknown> };

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

export async function bidiNavigate(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** puppeteer's setViewport also sends a screen-orientation command Firefox ESR 140 does not know: the plain BiDi one. */
export async function bidiSetViewport(browser: Browser, page: Page, width: number, height: number): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browsingContext.setViewport', { context: contextOf(page), viewport: { width, height } });
}

async function bidiReload(browser: Browser, page: Page): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browsingContext.reload', { context: contextOf(page), wait: 'complete' });
}

const isExtensionUrl = (url: string) => url.startsWith('moz-extension://');

export function firefoxPage(browser: Browser, page: Page): SessionPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: (urlPart, fn) => evaluateInFrameOf(() => page.frames() as never[], () => page.url(), urlPart, fn),
    async goto(url) {
      if (isExtensionUrl(url)) await bidiNavigate(browser, page, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      if (isExtensionUrl(page.url())) await bidiReload(browser, page);
      else await page.reload({ waitUntil: 'load' });
    },
    async click(selector) {
      await page.waitForSelector(selector, { visible: true, timeout: 15_000 });
      await page.click(selector);
    },
    async waitFor(selector, timeoutMs = 15_000) {
      await page.waitForSelector(selector, { visible: true, timeout: timeoutMs });
    },
    async select(selector, value) {
      await page.waitForSelector(selector, { visible: true, timeout: 15_000 });
      await page.select(selector, value);
    },
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    attribute: (selector, name) => page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    title: () => page.title(),
    setViewport: (width, height) => bidiSetViewport(browser, page, width, height),
    screenshot: async (file) => { await page.screenshot({ path: file as `${string}.png`, fullPage: true }); },
    close: () => page.close(),
  };
}
