/**
 * Drives the built Firefox extension in real Firefox (Debian firefox-esr, headless) with puppeteer-core
 * over WebDriver BiDi — no geckodriver, nothing downloaded (GUIDE §6). The Firefox twin of
 * scripts/harness.ts: launch → install the unpacked build as a temporary add-on → wait for the
 * background's readiness handshake → browse → read back what the extension recorded through its own
 * message protocol.
 *
 * Firefox has no `--host-resolver-rules`, so every request goes through a tiny local proxy that tunnels
 * each CONNECT (whatever host it names) to the demo server; plain-HTTP proxy requests are refused. The
 * proxy logs what it saw, so a test can tell page traffic from Firefox's own background traffic.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserMissingError, ensureFirefox } from './browsers';
import type { PageMessage } from '../lib/messaging/protocol';

/**
 * Must equal `GECKO_ID` in wxt.config.ts (duplicated, not imported: importing wxt.config.ts pulls in
 * wxt and Vite). tests/e2e/firefox.test.ts asserts the built manifest carries this id.
 */
export const GECKO_ID = 'fineprint@fineprint.local';

export const FIREFOX_BUILD = path.resolve(process.env.FINEPRINT_OUT_DIR ?? '.output', 'firefox-mv3');

// ---------------------------------------------------------------------------------------------------
// The CONNECT proxy

export interface ProxyLogEntry { method: string; target: string; time: number }

export interface TunnelProxy {
  port: number;
  /** Every request the proxy saw, in order (CONNECT host:port, or the absolute URL of a plain request). */
  log: ProxyLogEntry[];
  close(): Promise<void>;
}

/** A forward proxy that tunnels every CONNECT to 127.0.0.1:`targetPort`, whatever host it names. */
export async function startTunnelProxy(targetPort: number): Promise<TunnelProxy> {
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain http:// through the proxy: the demo server speaks HTTPS only, and nothing may leave the machine.
    log.push({ method: req.method ?? '?', target: req.url ?? '', time: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
    res.end('fineprint test proxy: plain HTTP is not served\n');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', time: Date.now() });
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    const done = () => { client.destroy(); upstream.destroy(); };
    upstream.on('error', done);
    client.on('error', done);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    log,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Preferences

/** Route all http(s) through the proxy — localhost included — and keep Firefox's own traffic down. */
export function firefoxPrefs(proxyPort: number, uuid: string): Record<string, unknown> {
  return {
    // The extension's moz-extension:// origin is known in advance.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // Everything through the tunnel proxy.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.socks_remote_dns': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.http.http3.enable': false,
    // Firefox's own background traffic (puppeteer already disables updates, safebrowsing, normandy's URL…).
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // Release builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set in the launch env).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.update.enabled': false,
    'browser.contentblocking.report.lockwise.enabled': false,
    'identity.fxaccounts.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    // Console messages (the background's included) go to Firefox's stdout, collected as `browserLog`.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    // Fineprint must see trackers as a person using default Firefox would in a normal window; the
    // tracking-protection lists are never downloaded here anyway.
    'privacy.trackingprotection.enabled': false,
    'privacy.trackingprotection.socialtracking.enabled': false,
  };
}

// ---------------------------------------------------------------------------------------------------
// The session

export interface FirefoxLaunchOptions {
  extensionPath?: string;
  /** Port of the HTTPS demo server every CONNECT is tunnelled to. */
  demoPort: number;
  headless?: boolean;
  /** Give up on the readiness handshake after this long. */
  readyTimeoutMs?: number;
}

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** `moz-extension://UUID/` */
  origin: string;
  proxy: TunnelProxy;
  /** An extension page used to talk to the background like the popup does. */
  extPage: Page;
  send<R = unknown>(msg: PageMessage): Promise<R>;
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  tabIdOf(url: string): Promise<number>;
  /** Firefox's stdout/stderr lines so far (console messages of the background and pages included). */
  browserLog: string[];
  /** Timings (ms) of the launch phases. */
  timings: Record<string, number>;
  close(): Promise<void>;
}

/** The Firefox binary, or a clear failure (never a silent skip). */
export function requireFirefox(): string {
  const bin = ensureFirefox();
  if (!bin) {
    throw new BrowserMissingError(
      'Firefox not found and could not be installed. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH=/path/to/firefox.');
  }
  return bin;
}

type BidiConnection = { send(method: string, params: object): Promise<unknown> };

/** puppeteer's `page.goto` hangs on moz-extension:// — navigate with a raw BiDi command instead (GUIDE §6). */
async function bidiNavigate(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const t0 = Date.now();
  const timings: Record<string, number> = {};
  const mark = (name: string, since: number) => { timings[name] = Date.now() - since; return Date.now(); };
  const extensionPath = path.resolve(opts.extensionPath ?? FIREFOX_BUILD);
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extensionPath} — run \`npm run build:firefox\` first.`);
  }
  const executablePath = requireFirefox();
  const home = mkdtempSync(path.join(tmpdir(), 'fineprint-ff-home-'));
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}/`;
  const proxy = await startTunnelProxy(opts.demoPort);
  const browserLog: string[] = [];
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await proxy.close();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    let t = Date.now();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, HOME: home, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: firefoxPrefs(proxy.port, uuid),
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

    const extPage = await browser.newPage();
    await bidiNavigate(browser, extPage, `${origin}popup.html?tab=-1`);
    const send = async <R>(msg: PageMessage): Promise<R> =>
      extPage.evaluate((m) => (globalThis as unknown as { browser: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(m), msg) as Promise<R>;

    // Readiness handshake: `ping` is answered only once listeners, visit map and tracker engine are ready.
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 30_000);
    let lastError = '';
    for (;;) {
      const reply = await send<{ ready?: boolean } | undefined>({ type: 'ping' }).catch((e: unknown) => { lastError = String(e); return undefined; });
      if (reply?.ready) break;
      if (Date.now() > deadline) throw new Error(`The extension background never became ready in Firefox (last reply ${JSON.stringify(reply)}${lastError ? `, last error ${lastError}` : ''})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    mark('ready', t);

    const tabIdOf = async (url: string): Promise<number> => {
      const ids = await extPage.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser.tabs.query({});
        return tabs.filter((x) => x.url === u).map((x) => x.id ?? -1);
      }, url);
      if (ids.length === 0) throw new Error(`No tab shows ${url}`);
      return Math.max(...ids);
    };

    timings.total = Date.now() - t0;
    const b = browser;
    return {
      browser: b, uuid, origin, proxy, extPage, send, tabIdOf, timings, browserLog,
      async openTab(url) {
        const page = await b.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return { page, tabId: await tabIdOf(page.url()) };
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
