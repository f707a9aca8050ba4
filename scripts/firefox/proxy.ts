/**
 * Firefox has no `--host-resolver-rules`. To give `audit --browser firefox`, `npm start -- --browser firefox`
 * and the e2e journeys the same mapping Chromium gets, Firefox is pointed at this tiny local forward proxy,
 * which applies Chromium's rules itself: every CONNECT (and plain-HTTP proxy request) is sent where the
 * rules map its host, and anything the rules do not map goes where its name resolves, as in Chromium.
 *
 * Supported rule syntax (a comma-separated list, as Chromium's flag): `MAP <pattern> <host>[:<port>]`,
 * `MAP <pattern> ~NOTFOUND`, `EXCLUDE <pattern>`; `<pattern>` is a hostname glob (`*`, `*.example.com`),
 * optionally with `:<port>`. Exclusions win over maps; the first matching map wins; a replacement without a
 * port keeps the requested one. The proxy logs what it saw, so a test can tell page traffic from Firefox's own.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface ResolverRule {
  kind: 'map' | 'exclude';
  host: RegExp;
  port: number | null;
  /** MAP target; null for ~NOTFOUND. */
  target?: { host: string; port: number | null } | null;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

function splitHostPort(value: string): { host: string; port: number | null } {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(value) ?? /^([^:]+)(?::(\d+))?$/.exec(value);
  if (!m) throw new Error(`--host-resolver-rules: cannot read "${value}"`);
  return { host: m[1], port: m[2] ? Number(m[2]) : null };
}

/** Parses Chromium's `--host-resolver-rules` value; throws on a rule Firefox's proxy cannot honour. */
export function parseHostResolverRules(rules: string): ResolverRule[] {
  return rules.split(',').map((r) => r.trim()).filter(Boolean).map((rule) => {
    const [verb, pattern, replacement, ...rest] = rule.split(/\s+/);
    const kind = verb?.toUpperCase();
    if (!pattern || rest.length || (kind === 'MAP' && !replacement) || (kind === 'EXCLUDE' && replacement) || (kind !== 'MAP' && kind !== 'EXCLUDE')) {
      throw new Error(`--host-resolver-rules: "${rule}" is not a MAP or EXCLUDE rule Firefox can use`);
    }
    const p = splitHostPort(pattern);
    const base = { host: globToRegExp(p.host), port: p.port };
    if (kind === 'EXCLUDE') return { kind: 'exclude', ...base };
    return { kind: 'map', ...base, target: replacement === '~NOTFOUND' ? null : splitHostPort(replacement) };
  });
}

/** Where a request for host:port goes under these rules: the mapped address, itself, or nowhere (null). */
export function resolveThroughRules(rules: ResolverRule[], host: string, port: number): { host: string; port: number } | null {
  const h = host.toLowerCase();
  const matches = (r: ResolverRule) => r.host.test(h) && (r.port === null || r.port === port);
  if (rules.some((r) => r.kind === 'exclude' && matches(r))) return { host, port };
  const map = rules.find((r) => r.kind === 'map' && matches(r));
  if (!map) return { host, port };
  if (!map.target) return null;
  return { host: map.target.host, port: map.target.port ?? port };
}

export interface ProxyLogEntry { method: string; target: string; time: number }

export interface TunnelProxy {
  port: number;
  /** Every request the proxy saw, in order (CONNECT host:port, or the absolute URL of a plain request). */
  log: ProxyLogEntry[];
  close(): Promise<void>;
}

/** A forward proxy on 127.0.0.1 that sends each request where `rules` map its host. */
export async function startRulesProxy(rules: ResolverRule[]): Promise<TunnelProxy> {
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    log.push({ method: req.method ?? '?', target: req.url ?? '', time: Date.now() });
    let url: URL;
    try { url = new URL(req.url ?? ''); } catch { res.writeHead(400).end(); return; }
    const to = resolveThroughRules(rules, url.hostname, Number(url.port || 80));
    if (!to) { res.writeHead(502, { connection: 'close' }).end('host not found (~NOTFOUND)\n'); return; }
    const upstream = httpRequest({ host: to.host, port: to.port, method: req.method, path: url.pathname + url.search, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', time: Date.now() });
    const { host, port } = splitHostPort(req.url ?? '');
    const to = resolveThroughRules(rules, host, port ?? 443);
    if (!to) { client.end('HTTP/1.1 502 Host Not Found\r\n\r\n'); return; }
    const upstream = connect(to.port, to.host, () => {
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
