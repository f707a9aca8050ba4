/**
 * The policy-fetch fence as a hostile page meets it (lib/core/policy/fence.ts, lib/browser/policy-fetch.ts):
 * a page whose footer offers "privacy policy" links to 127.0.0.1, 127.0.0.2, localhost, [::1], a tracker with
 * ?uid=…, an unrelated site, plain http and a same-site redirect chain ending on loopback. The demo server's
 * own request log is the witness: none of those is fetched, while the site's real policy is.
 *
 * Everything here stays on loopback: Chromium maps every name (and, as the control shows, every address) to
 * the demo server with --host-resolver-rules, and the server also answers plain HTTP so an http:// fetch
 * would be logged. The control proves the log would see each target: the extension's own page fetches
 * each of them once, unfenced, and each one arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer, type ServedRequest } from '../../scripts/demo-server';
import { launchWithExtension, type ExtensionSession } from '../../scripts/harness';
import { HOSTILE_LINKS_HOST, HOSTILE_POLICY_LINKS, REDIRECT_CHAIN, REDIRECT_CHAIN_END } from '../../scripts/demo-site/hostile-links';
import type { TabReport } from '../../lib/core/types';
import { eventually } from './fixtures';

let server: DemoServer;
let session: ExtensionSession;
beforeAll(async () => {
  server = await startDemoServer({ acceptPlainHttp: true });
  session = await launchWithExtension({ hostResolverRules: server.hostResolverRules });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const CONTROL_PATH = '/fp-reachability-control';
const hostOf = (u: string) => new URL(u).hostname;
const describeReq = (r: ServedRequest) => `${r.scheme}://${r.host}${r.path}`;

describe('policy-fetch fence (hostile page, real Chromium)', () => {
  it('control: an unfenced fetch from the extension to each hostile target reaches the demo server', async () => {
    const mark = server.served.length;
    const targets = HOSTILE_POLICY_LINKS.map((u) => { const x = new URL(u); x.pathname = CONTROL_PATH; x.search = ''; return x.href; });
    const results = await session.extPage.evaluate(async (urls) => Promise.all(urls.map((u) => fetch(u, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(() => 'ok', (e) => String(e)))), targets);
    console.log(`[policy-fence] control fetches: ${targets.map((t, i) => `${t} → ${results[i]}`).join(', ')}`);
    const arrived = await eventually(async () => server.served.slice(mark).filter((r) => r.path === CONTROL_PATH),
      (list) => targets.every((t) => list.some((r) => r.host === hostOf(t) && r.scheme === new URL(t).protocol.slice(0, -1))), 10_000);
    for (const t of targets) {
      expect(arrived.some((r) => r.host === hostOf(t) && r.scheme === new URL(t).protocol.slice(0, -1)), t).toBe(true);
    }
  });

  it('fetches none of the hostile links, stops the redirect chain before loopback, and still reads the real policy', async () => {
    const mark = server.served.length;
    const { page, tabId } = await session.openTab(`https://${HOSTILE_LINKS_HOST}/`);
    const report = await eventually(() => session.send<TabReport | null>({ type: 'get-tab-report', tabId }),
      (r) => Boolean(r?.policy && r.policy.status !== 'pending'), 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    const log = server.served.slice(mark);
    console.log(`[policy-fence] served while the page was read:\n  ${log.map(describeReq).join('\n  ')}`);

    // The real policy was found, at the one link inside the fence.
    expect(report?.policy).toMatchObject({ status: 'found', url: `https://${HOSTILE_LINKS_HOST}/privacy` });
    expect(log.some((r) => r.host === HOSTILE_LINKS_HOST && r.path === '/privacy' && r.scheme === 'https')).toBe(true);

    // No hostile target was asked for anything: no loopback address, no localhost, no tracker, no other site.
    const hostileHosts = new Set(HOSTILE_POLICY_LINKS.map(hostOf).filter((h) => h !== HOSTILE_LINKS_HOST));
    expect(log.filter((r) => hostileHosts.has(r.host)).map(describeReq)).toEqual([]);
    // Nothing over plain http, and not the same-site link that carries an identifier.
    expect(log.filter((r) => r.scheme !== 'https').map(describeReq)).toEqual([]);
    expect(log.filter((r) => r.path.includes('uid=')).map(describeReq)).toEqual([]);
    // The redirect chain was followed hop by hop while it stayed on the site, and stopped before 127.0.0.1.
    expect(log.some((r) => r.host === HOSTILE_LINKS_HOST && r.path === REDIRECT_CHAIN[0])).toBe(true);
    expect(log.some((r) => r.host === HOSTILE_LINKS_HOST && r.path === REDIRECT_CHAIN[1])).toBe(true);
    expect(log.some((r) => r.host === hostOf(REDIRECT_CHAIN_END))).toBe(false);
    await page.close();
  });
});
