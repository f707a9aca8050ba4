/**
 * The bundled demo site: three realistic local sites (a news site, a shop, a Chinese-language site),
 * each with a privacy policy, plus every tracker host they load — all served over HTTPS from one local
 * port with a certificate generated at start. Chromium is pointed at it with
 * `--host-resolver-rules="MAP * 127.0.0.1:PORT"`, so https://www.google-analytics.com/... lands here.
 *
 * Realistic latencies: with `latencySeed` (or `?lat=SEED` on any request; /load passes it on to its
 * subresources) every response waits a deterministic delay of tens of milliseconds, as from a CDN across a
 * network — the same URL always waits the same time for the same seed (the bench's cache-busting `s=` is
 * ignored), so side-by-side loads meet identical networks.
 *
 * Run alone: `npm exec -- tsx scripts/demo-server.ts [--port 8443] [--latency SEED]`.
 */
import { createServer, type Server } from 'node:https';
import { createServer as createPlainServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generate } from 'selfsigned';
import { trackerResponse } from './demo-site/trackers';
import { HOSTILE_LINKS_HOST, serveHostileLinks } from './demo-site/hostile-links';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-site', 'pages');

/** Demo site hostnames → page folder. */
export const DEMO_SITES: Record<string, string> = {
  'dailyglobe.example': 'dailyglobe',
  'www.dailyglobe.example': 'dailyglobe',
  'cartwheel-shop.example': 'cartwheel',
  'www.cartwheel-shop.example': 'cartwheel',
  'xinxi-zh.example': 'xinxi',
  'www.xinxi-zh.example': 'xinxi',
  // A hostile site: markup in its title and its policy (tests/e2e/reliability-hostile.test.ts). Served in code.
  'www.hostile-markup.example': 'hostile',
  // Policy links that point outside the policy-fetch fence (tests/e2e/policy-fence.test.ts). Served in code.
  [HOSTILE_LINKS_HOST]: 'hostile-links',
};

export const DEMO_URLS = {
  news: 'https://www.dailyglobe.example/',
  shop: 'https://www.cartwheel-shop.example/',
  chinese: 'https://www.xinxi-zh.example/',
};

/** Hosts the /load generator spreads its requests over (real tracker hostnames + one unknown). */
export const LOAD_HOSTS = [
  'www.google-analytics.com', 'www.facebook.com', 'bat.bing.com', 'hm.baidu.com', 'pixel.tracksy-metrics.example',
  'securepubads.g.doubleclick.net', 'bidder.criteo.com', 'api.segment.io', 'z4.cnzz.com', 'px.ads.linkedin.com',
];

export interface ServedRequest {
  host: string; path: string; time: number; referer?: string;
  /** 'http' only when the server was started with acceptPlainHttp and a request came without TLS. */
  scheme: 'https' | 'http';
  /** Who asked and with which credentials (tests/e2e/own-traffic.test.ts): a few request headers, cookie values never kept. */
  origin?: string; fetchSite?: string; fetchMode?: string; fetchDest?: string; hasCookie?: boolean;
  /** The Global Privacy Control header as received (tests/e2e/optouts-gpc.test.ts). */
  secGpc?: string;
}

export interface DemoServer {
  port: number;
  served: ServedRequest[];
  /** Chromium flag value that sends every hostname to this server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

/**
 * Delay of one response for a latency seed: 15 ms plus an exponential tail (mean 25 ms, capped at 150 ms),
 * i.e. a median of ~32 ms and a p90 of ~73 ms — a CDN edge across a real network. Deterministic per
 * (seed, host, path without the `s=` cache-buster).
 */
export function responseLatencyMs(seed: string, host: string, pathAndQuery: string): number {
  const stable = pathAndQuery.replace(/([?&])s=[^&]*&?/, '$1').replace(/[?&]$/, '');
  let h = 0x811c9dc5;
  for (const ch of `${seed}|${host}|${stable}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  // mulberry32 step on the hash: a well-spread uniform in [0, 1).
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return Math.round(Math.min(150, 15 - 25 * Math.log(1 - u)));
}

function loadPage(n: number, seed: string, lat: string | null): string {
  const imgs: string[] = [];
  const latParam = lat ? `&amp;lat=${encodeURIComponent(lat)}` : '';
  for (let i = 0; i < n; i++) {
    const host = LOAD_HOSTS[i % LOAD_HOSTS.length];
    imgs.push(`<img alt="" width="1" height="1" src="https://${host}/p.gif?i=${i}&amp;s=${encodeURIComponent(seed)}${latParam}">`);
  }
  // No favicon request: the browser's own fetch would be charged to whichever page it came with (tests count exactly).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Load test ${n}</title></head><body>
<h1>A tracker-heavy page (${n} requests)</h1>${imgs.join('\n')}
<footer><a href="/privacy">Privacy Policy</a></footer></body></html>`;
}

/** Each payload sets window.__fpPwned if it ever runs as markup instead of being shown as text. */
export const HOSTILE_PAYLOADS = [
  '<img src=x onerror="window.__fpPwned=1">',
  '<script>window.__fpPwned=2</script>',
  '<svg onload="window.__fpPwned=3"></svg>',
  '<iframe srcdoc="<script>parent.__fpPwned=4</script>"></iframe>',
];

function serveHostile(p: string, send: (status: number, type: string, body: string) => void): void {
  if (p === '/') {
    // <title> is RCDATA: the browser keeps the markup as the title's literal text, which is what the extension records.
    return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop ${HOSTILE_PAYLOADS.join(' ')}</title></head>
<body><h1>Hostile markup shop</h1><img alt="" width="1" height="1" src="https://www.google-analytics.com/collect?v=1&amp;t=pageview">
<footer><a href="/privacy">Privacy Policy</a></footer></body></html>`);
  }
  if (p === '/privacy') {
    // Plain text, so every payload reaches the analyzer (and the evidence sentences) verbatim.
    return send(200, 'text/plain; charset=utf-8', `Privacy Policy of Hostile Markup Shop.
We share your email address with Google Analytics ${HOSTILE_PAYLOADS[0]} for measurement.
We use cookies from Facebook ${HOSTILE_PAYLOADS[1]} for advertising.
Your personal information may be shared with our partners ${HOSTILE_PAYLOADS[2]} ${HOSTILE_PAYLOADS[3]}.
`);
  }
  return send(404, 'text/plain', 'not found');
}

async function serveSite(folder: string, url: URL, res: ServerResponse): Promise<void> {
  const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };
  const p = url.pathname;
  if (folder === 'hostile') return serveHostile(p, send);
  if (folder === 'hostile-links') return serveHostileLinks(p, send);
  if (p === '/load') {
    const n = Math.min(Number(url.searchParams.get('n') ?? 300) || 300, 2000);
    return send(200, 'text/html; charset=utf-8', loadPage(n, url.searchParams.get('s') ?? 'x', url.searchParams.get('lat')));
  }
  if (p === '/orgs') {
    // One request to each of n distinct unknown third-party sites (bench: a popup with n organizations).
    const n = Math.min(Number(url.searchParams.get('n') ?? 300) || 300, 2000);
    const imgs = Array.from({ length: n }, (_, i) => `<img alt="" width="1" height="1" src="https://t${i + 1}.org-bench-${i + 1}.example/p.gif">`);
    return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} organizations</title></head><body>\n${imgs.join('\n')}\n</body></html>`);
  }
  if (p === '/hostile-title') {
    // A page whose title is markup: the popup must show it as text (tests/e2e/popup.test.ts).
    return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title><img src=x onerror=alert(1)></title></head>
<body><h1>Hostile title</h1><img alt="" width="1" height="1" src="https://www.google-analytics.com/collect?v=1&amp;t=pageview"></body></html>`);
  }
  if (p === '/.well-known/gpc.json') {
    if (folder === 'cartwheel') return send(200, 'application/json', JSON.stringify({ gpc: true, lastUpdate: '2026-01-15' }));
    return send(404, 'text/plain', 'not found');
  }
  if (p === '/style.css') return send(200, 'text/css', await readFile(path.join(PAGES, 'style.css')));
  // A consent-platform banner (Complianz) autoconsent has a rule for (tests/e2e/journeys/consent.scenario.ts).
  if (p === '/consent') return send(200, 'text/html; charset=utf-8', await readFile(path.join(PAGES, 'consent', 'complianz.html')));
  const file = p === '/' || p === '/article' ? 'index.html' : p === '/privacy' ? 'privacy.html' : null;
  if (!file) return send(404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><p>Not found</p>');
  // First-party cookie, so the extension sees first-party cookies too (never charged to a third party).
  return send(200, 'text/html; charset=utf-8', await readFile(path.join(PAGES, folder, file)), {
    'set-cookie': 'session=s1; Path=/; Secure; SameSite=Lax',
  });
}

export interface DemoServerOptions {
  port?: number;
  /**
   * Also answer plain-HTTP requests on the same port (the first byte tells TLS from HTTP), so a request
   * Chromium sends over http:// shows up in `served` too — the policy-fence test must be able to see one.
   */
  acceptPlainHttp?: boolean;
  /** Seeded realistic response latencies (see above); also `?lat=SEED` per request. */
  latencySeed?: string;
}

export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const pems = await generate([{ name: 'commonName', value: 'fineprint-demo.example' }], { keySize: 2048, algorithm: 'sha256' } as never);
  const served: ServedRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const h = (name: string) => { const v = req.headers[name]; return Array.isArray(v) ? v.join(', ') : v; };
    served.push({
      host, path: url.pathname + url.search, time: Date.now(), referer: req.headers.referer,
      scheme: (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http',
      origin: h('origin'), fetchSite: h('sec-fetch-site'), fetchMode: h('sec-fetch-mode'), fetchDest: h('sec-fetch-dest'), hasCookie: Boolean(req.headers.cookie),
      secGpc: h('sec-gpc'),
    });
    const lat = url.searchParams.get('lat') ?? opts.latencySeed;
    if (lat) setTimeout(() => answer(host, url, req, res), responseLatencyMs(lat, host, url.pathname + url.search));
    else answer(host, url, req, res);
  };
  const answer = (host: string, url: URL, req: IncomingMessage, res: ServerResponse) => {
    const folder = DEMO_SITES[host];
    if (folder) {
      serveSite(folder, url, res).catch(() => { res.writeHead(500); res.end(); });
      return;
    }
    const r = trackerResponse(host, url.pathname + url.search);
    const origin = req.headers.origin;
    res.writeHead(r.status, {
      'content-type': r.type, 'set-cookie': r.cookies, 'cache-control': 'no-store',
      // Credentialed fetches from the demo pages need an explicit origin, not '*'.
      'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true', 'timing-allow-origin': '*',
    });
    res.end(r.body);
  };
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, handler);
  const plain = opts.acceptPlainHttp ? createPlainServer(handler) : null;
  const sockets = new Set<Socket>();
  // One port for both: a TLS ClientHello starts with 0x16, anything else is handed to the plain server.
  const front = plain ? createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? server : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  }) : null;
  const listening = front ?? server;
  await new Promise<void>((resolve, reject) => {
    listening.once('error', reject);
    listening.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    served,
    hostResolverRules: `MAP * 127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      plain?.closeAllConnections();
      for (const s of sockets) s.destroy();
      if (front) front.close(() => resolve()); else server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8443;
  const latArg = process.argv.indexOf('--latency');
  const server = await startDemoServer({ port, latencySeed: latArg > 0 ? process.argv[latArg + 1] : undefined });
  console.log(`[demo] serving on 127.0.0.1:${server.port}; start Chromium with --host-resolver-rules="${server.hostResolverRules}" --ignore-certificate-errors`);
  for (const url of Object.values(DEMO_URLS)) console.log(`[demo] ${url}`);
}
