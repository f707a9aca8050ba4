/**
 * Chromium's `--host-resolver-rules` as Firefox gets them through the rules proxy: parsing, the precedence
 * Chromium gives rules, and a real CONNECT through the proxy to a loopback server the rules map to.
 */
import { connect, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseHostResolverRules, resolveThroughRules, startRulesProxy } from './proxy';

describe('host-resolver rules for Firefox', () => {
  it('maps every host (and port) with MAP *, keeps the requested port when the target names none', () => {
    const all = parseHostResolverRules('MAP * 127.0.0.1:8443');
    expect(resolveThroughRules(all, 'www.google-analytics.com', 443)).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(resolveThroughRules(parseHostResolverRules('MAP *.example 127.0.0.1'), 'a.b.example', 443)).toEqual({ host: '127.0.0.1', port: 443 });
  });

  it('applies exclusions first, then the first matching map; unmapped hosts go where they resolve', () => {
    const rules = parseHostResolverRules('MAP *.tracker.example 127.0.0.2:9000, EXCLUDE keep.tracker.example, MAP * 127.0.0.1:8443, MAP nowhere.example ~NOTFOUND');
    expect(resolveThroughRules(rules, 'x.tracker.example', 443)).toEqual({ host: '127.0.0.2', port: 9000 });
    expect(resolveThroughRules(rules, 'keep.tracker.example', 443)).toEqual({ host: 'keep.tracker.example', port: 443 });
    expect(resolveThroughRules(rules, 'nowhere.example', 443)).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(resolveThroughRules(parseHostResolverRules('MAP nowhere.example ~NOTFOUND'), 'nowhere.example', 443)).toBeNull();
    expect(resolveThroughRules(parseHostResolverRules('MAP a.example 127.0.0.1'), 'B.example', 443)).toEqual({ host: 'B.example', port: 443 });
    // A port in the pattern only matches that port.
    const byPort = parseHostResolverRules('MAP a.example:80 127.0.0.1:8080');
    expect(resolveThroughRules(byPort, 'a.example', 80)).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(resolveThroughRules(byPort, 'a.example', 443)).toEqual({ host: 'a.example', port: 443 });
  });

  it('refuses rules it cannot honour, with the rule in the message', () => {
    expect(() => parseHostResolverRules('MAP *')).toThrow(/"MAP \*"/);
    expect(() => parseHostResolverRules('REDIRECT a b')).toThrow(/REDIRECT a b/);
    expect(() => parseHostResolverRules('EXCLUDE a b')).toThrow(/EXCLUDE a b/);
  });

  it('tunnels a CONNECT for any host to where the rules map it, and logs it', async () => {
    const target = createServer((socket) => socket.once('data', (d) => socket.end(`echo:${d.toString()}`)));
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()));
    const port = (target.address() as { port: number }).port;
    const proxy = await startRulesProxy(parseHostResolverRules(`MAP * 127.0.0.1:${port}`));
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(proxy.port, '127.0.0.1', () => socket.write('CONNECT www.google-analytics.com:443 HTTP/1.1\r\nHost: www.google-analytics.com:443\r\n\r\n'));
        let data = '';
        let sent = false;
        socket.on('data', (chunk) => {
          data += chunk.toString();
          if (!sent && data.includes('\r\n\r\n')) { sent = true; socket.write('hello'); }
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n\r\necho:hello$/);
      expect(proxy.log.map((e) => `${e.method} ${e.target}`)).toEqual(['CONNECT www.google-analytics.com:443']);
    } finally {
      await proxy.close();
      await new Promise((r) => target.close(r));
    }
  });
});
