/**
 * One way to drive the built extension in either browser. The e2e journeys (tests/e2e/journeys), `audit`
 * and `npm start` are written against this interface; scripts/harness.ts implements it for Chromium
 * (playwright-core) and scripts/firefox-harness.ts for Firefox (puppeteer-core over WebDriver BiDi).
 * Both meet the extension the same way: launch → readiness handshake → browse real pages → read what the
 * extension recorded through its own message protocol.
 */
import type { PageMessage } from '../lib/messaging/protocol';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** `--browser` values: `chromium` (or `chrome`) and `firefox`. */
export function parseBrowserName(value: string | undefined): BrowserName {
  if (value === undefined || value === 'chromium' || value === 'chrome') return 'chromium';
  if (value === 'firefox') return 'firefox';
  throw new Error(`unknown browser "${value}" (chromium or firefox)`);
}

/** A page (web page or extension page) in either browser: just what the journeys and scripts need. */
export interface SessionPage {
  url(): string;
  /** Runs `fn` in the page's main world (functions are serialised: no closures over test variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` in the first frame whose URL contains `urlPart` (waits up to 10 s for such a frame). */
  evaluateInFrame<R>(urlPart: string, fn: () => R | Promise<R>): Promise<R>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A real pointer click on the first element matching `selector` (waits for it). */
  click(selector: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Chooses `value` in the first <select> matching `selector`, as a person would (input + change events). */
  select(selector: string, value: string): Promise<void>;
  /** textContent of the first match, null when nothing matches (no waiting: use waitFor first). */
  text(selector: string): Promise<string | null>;
  attribute(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  title(): Promise<string>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface DownloadedFile { filename: string; content: string }
export interface CookieInfo { name: string; value: string; domain: string }

export interface SessionOptions {
  /** Unpacked build to load; defaults to the browser's build in .output/. */
  extensionPath?: string;
  /** Chromium's `--host-resolver-rules` syntax (`MAP * 127.0.0.1:8443`); Firefox honours it through a local proxy. */
  hostResolverRules?: string | null;
  ignoreCertErrors?: boolean;
  headless?: boolean;
  /** Browser UI language, e.g. 'zh-CN' (Chromium only). */
  locale?: string;
}

export interface BrowserSession {
  readonly browser: BrowserName;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly extensionOrigin: string;
  /** An extension page the session talks to the background through, like the popup does. */
  readonly extPage: SessionPage;
  send<R = unknown>(msg: PageMessage): Promise<R>;
  newPage(): Promise<SessionPage>;
  /** Opens a web page in a new tab, waits for `load`, and returns it with the tab id the extension knows. */
  openTab(url: string): Promise<{ page: SessionPage; tabId: number }>;
  tabIdOf(page: SessionPage): Promise<number>;
  /** Opens an extension page by path (`popup.html?tab=12`, `dashboard.html`) in a new tab. */
  openExtensionPage(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<SessionPage>;
  /**
   * Stops the background as the browser itself does when it is idle: Chromium stops the MV3 service worker,
   * Firefox terminates the MV3 event page (about:debugging's "Terminate background script"). The next event
   * wakes it again.
   */
  suspendBackground(): Promise<void>;
  /** Clicks `selector` on `page` and returns the file the browser downloaded because of it. */
  download(page: SessionPage, selector: string): Promise<DownloadedFile>;
  /** The browser's own cookie jar (unpartitioned cookies) for these URLs. */
  cookies(urls: string[]): Promise<CookieInfo[]>;
  deleteCookies(url: string, names: string[]): Promise<void>;
  /** Resolves when the browser is closed (by the person, in a window). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Waits (10 s at most) for a frame whose URL contains `urlPart` and evaluates `fn` in it; both browser
 * harnesses use it with their own frame lists.
 */
export async function evaluateInFrameOf<F extends { url(): string; evaluate(fn: never): Promise<unknown> }>(
  frames: () => F[], pageUrl: () => string, urlPart: string, fn: unknown,
): Promise<never> {
  const end = Date.now() + 10_000;
  for (;;) {
    const frame = frames().find((f) => f.url().includes(urlPart));
    if (frame) return frame.evaluate(fn as never) as never;
    if (Date.now() > end) throw new Error(`No frame showing ${urlPart} in ${pageUrl()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
