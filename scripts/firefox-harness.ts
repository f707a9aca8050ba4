/**
 * Drives the built Firefox extension in real Firefox (Debian firefox-esr) with puppeteer-core over WebDriver
 * BiDi — no geckodriver, nothing downloaded (GUIDE §6). The Firefox twin of scripts/harness.ts, and the
 * Firefox implementation of scripts/session.ts: launch → install the unpacked build as a temporary add-on →
 * wait for the background's readiness handshake → browse → read back what the extension recorded through
 * its own message protocol.
 *
 * What Chromium gets from flags, Firefox gets another way: `--host-resolver-rules` through a local proxy
 * that applies the same rules (scripts/firefox/proxy.ts), `--ignore-certificate-errors` as WebDriver's
 * acceptInsecureCerts, stopping the background through the devtools protocol (scripts/firefox/rdp.ts).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserMissingError, ensureFirefox } from './browsers';
import { firefoxPrefs, GECKO_ID } from './firefox/prefs';
import { parseHostResolverRules, startRulesProxy, type TunnelProxy } from './firefox/proxy';
import { freePort, RdpClient } from './firefox/rdp';
import { bidiNavigate, bidiSetViewport, firefoxPage } from './firefox/page';
import type { PageMessage } from '../lib/messaging/protocol';
import type { BrowserSession, SessionOptions, SessionPage } from './session';

export { GECKO_ID } from './firefox/prefs';
export type { TunnelProxy } from './firefox/proxy';

export const FIREFOX_BUILD = path.resolve(process.env.FINEPRINT_OUT_DIR ?? '.output', 'firefox-mv3');

/** The Firefox binary, or a clear failure (never a silent skip). */
export function requireFirefox(): string {
  const bin = ensureFirefox();
  if (!bin) {
    throw new BrowserMissingError(
      'Firefox not found and could not be installed. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH=/path/to/firefox.');
  }
  return bin;
}

export interface FirefoxSession extends BrowserSession {
  readonly browser: 'firefox';
  readonly puppeteer: Browser;
  readonly uuid: string;
  /** The rules proxy, when host-resolver rules were given (its log is what went through it). */
  readonly proxy: TunnelProxy | null;
  /** Firefox's stdout/stderr lines so far (console messages of the background and pages included). */
  readonly browserLog: string[];
  /** Timings (ms) of the launch phases. */
  readonly timings: Record<string, number>;
  tabIdOfUrl(url: string): Promise<number>;
}

/** The new files in `dir` with their sizes, or null while one of them vanishes between listing and stat. */
function newFiles(dir: string, before: Set<string>): Map<string, number> | null {
  const files = new Map<string, number>();
  for (const name of readdirSync(dir)) {
    if (before.has(name)) continue;
    try {
      files.set(name, statSync(path.join(dir, name)).size);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
  return files;
}

/**
 * Waits for a new, complete file in `dir` that was not in `before`; returns its name and removes it.
 * Firefox may first write under a random temporary name and a `.part` file, then rename, so a download counts
 * as complete only when no `.part` file is left and the new files (names and sizes) stayed the same between two
 * looks — a file that vanishes between listing and stat is a rename in progress, not an error.
 */
async function takeDownload(dir: string, before: Set<string>, timeoutMs = 15_000): Promise<{ filename: string; content: string }> {
  const end = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const files = newFiles(dir, before);
    const names = files ? [...files.keys()] : [];
    const settled = files !== null && names.length === 1 && !names.some((n) => n.endsWith('.part'));
    const key = files ? JSON.stringify([...files].sort()) : '';
    if (settled && key === last) {
      const file = path.join(dir, names[0]!);
      const content = readFileSync(file, 'utf8');
      rmSync(file);
      return { filename: names[0]!, content };
    }
    last = settled ? key : '';
    if (Date.now() > end) throw new Error(`No download arrived in ${dir} (saw ${names.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function launchFirefoxSession(opts: SessionOptions = {}): Promise<FirefoxSession> {
  const t0 = Date.now();
  const timings: Record<string, number> = {};
  const mark = (name: string, since: number) => { timings[name] = Date.now() - since; return Date.now(); };
  const extensionPath = path.resolve(opts.extensionPath ?? FIREFOX_BUILD);
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extensionPath} — run \`npm run build:firefox\` first.`);
  }
  const executablePath = requireFirefox();
  // Firefox writes into $HOME: a throwaway one per launch, with the downloads folder inside.
  const home = mkdtempSync(path.join(tmpdir(), 'fineprint-ff-home-'));
  const downloadDir = path.join(home, 'downloads');
  mkdirSync(downloadDir);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}/`;
  const proxy = opts.hostResolverRules ? await startRulesProxy(parseHostResolverRules(opts.hostResolverRules)) : null;
  const debuggerPort = await freePort();
  const browserLog: string[] = [];
  let browser: Browser | undefined;
  let rdp: RdpClient | undefined;
  const cleanup = async () => {
    rdp?.close();
    await browser?.close().catch(() => undefined);
    await proxy?.close();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    let t = Date.now();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      acceptInsecureCerts: opts.ignoreCertErrors ?? true,
      defaultViewport: { width: 1100, height: 800 },
      args: ['--remote-allow-system-access', '--start-debugger-server', String(debuggerPort)],
      env: { ...process.env, HOME: home, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: firefoxPrefs({ uuid, proxyPort: proxy?.port ?? null, downloadDir, debuggerPort }),
    });
    t = mark('launch', t);
    for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        browserLog.push(...lines.filter((l) => l.trim()));
      });
    }
    const installedId = await browser.installExtension(extensionPath);
    if (installedId !== GECKO_ID) throw new Error(`Installed add-on id ${installedId} is not ${GECKO_ID}`);
    t = mark('install', t);

    const b = browser;
    const rawExtPage = await b.newPage();
    await bidiNavigate(b, rawExtPage, `${origin}popup.html?tab=-1`);
    const extPage = firefoxPage(b, rawExtPage);
    // The reply crosses WebDriver BiDi as JSON text: BiDi's own serialisation sends an object met a second time
    // as a bare reference, which puppeteer reads back as null — one evidence object shared by several
    // organizations of a report came back on the first only. JSON is also how Chrome passes messages.
    const send = async <R>(msg: PageMessage): Promise<R> => {
      const json = await rawExtPage.evaluate(async (m) => JSON.stringify(await (globalThis as unknown as { browser: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(m)) ?? null, msg);
      return (json === null ? undefined : JSON.parse(json)) as R;
    };

    // Readiness handshake: `ping` is answered only once listeners, visit map and tracker engine are ready.
    const deadline = Date.now() + 30_000;
    let lastError = '';
    for (;;) {
      const reply = await send<{ ready?: boolean } | undefined>({ type: 'ping' }).catch((e: unknown) => { lastError = String(e); return undefined; });
      if (reply?.ready) break;
      if (Date.now() > deadline) throw new Error(`The extension background never became ready in Firefox (last reply ${JSON.stringify(reply)}${lastError ? `, last error ${lastError}` : ''})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    mark('ready', t);

    const tabIdOfUrl = async (url: string): Promise<number> => {
      const ids = await rawExtPage.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser.tabs.query({});
        return tabs.filter((x) => x.url === u).map((x) => x.id ?? -1);
      }, url);
      if (ids.length === 0) throw new Error(`No tab shows ${url}`);
      return Math.max(...ids);
    };
    const raw = new WeakMap<SessionPage, Page>();
    const wrap = (page: Page): SessionPage => { const p = firefoxPage(b, page); raw.set(p, page); return p; };
    const closed = new Promise<void>((resolve) => b.on('disconnected', () => resolve()));
    timings.total = Date.now() - t0;
    return {
      browser: 'firefox', puppeteer: b, uuid, extensionOrigin: origin, proxy, extPage, send, timings, browserLog, closed, tabIdOfUrl,
      newPage: async () => wrap(await b.newPage()),
      async openTab(url) {
        const page = await b.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return { page: wrap(page), tabId: await tabIdOfUrl(page.url()) };
      },
      tabIdOf: (page) => tabIdOfUrl(page.url()),
      async openExtensionPage(pathAndQuery, viewport) {
        const page = await b.newPage();
        if (viewport) await bidiSetViewport(b, page, viewport.width, viewport.height);
        await bidiNavigate(b, page, `${origin}${pathAndQuery}`);
        return wrap(page);
      },
      async suspendBackground() {
        rdp ??= await RdpClient.connect(debuggerPort);
        // Firefox quietly declines to terminate while a listener's promise is pending (it clears them and
        // waits for the next idle timeout instead), so mark the running background page, ask, and check that
        // the page is gone or is a new one — without waking it (extension.getBackgroundPage() does not).
        const mark = () => rawExtPage.evaluate(() => {
          const page = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Record<string, unknown> | null } } }).browser.extension.getBackgroundPage();
          if (!page) return null;
          page.__fineprintSuspendMark ??= Math.random().toString(36).slice(2);
          return page.__fineprintSuspendMark as string;
        });
        const before = await mark();
        if (before === null) return;
        for (let attempt = 0; attempt < 50; attempt++) {
          await rdp.terminateBackground(GECKO_ID);
          if ((await mark()) !== before) return;
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error('[firefox] the background page did not suspend');
      },
      async download(page, selector) {
        const before = new Set(readdirSync(downloadDir));
        await page.click(selector);
        return takeDownload(downloadDir, before);
      },
      async cookies(urls) {
        const hosts = urls.map((u) => new URL(u).hostname);
        const applies = (domain: string) => { const d = domain.replace(/^\./, ''); return hosts.some((h) => h === d || h.endsWith(`.${d}`)); };
        return (await b.cookies()).filter((c) => applies(c.domain)).map(({ name, value, domain }) => ({ name, value, domain }));
      },
      async deleteCookies(url, names) {
        const host = new URL(url).hostname;
        const doomed = (await b.cookies()).filter((c) => names.includes(c.name) && (host === c.domain.replace(/^\./, '') || host.endsWith(`.${c.domain.replace(/^\./, '')}`)));
        if (doomed.length) await b.deleteCookie(...doomed);
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
