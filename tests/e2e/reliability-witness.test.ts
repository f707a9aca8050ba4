/**
 * The page's second witness covers what a killed worker lost — including a fetch() whose response the page
 * never read, which Chromium leaves out of Resource Timing (lib/probe/network-witness.ts).
 *
 * The loss is made deterministic: after the page's first report, the visit's rows for the host are deleted
 * from the extension's IndexedDB (what a worker killed before its write leaves behind); the page's next
 * report must bring the host back to exactly what the server saw.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../scripts/demo-server';
import { eventually, useExtension } from './fixtures';
import { forgetHost, readStore } from './reliability-store';

const e2e = useExtension();
const HOST = 'analytics.tiktok.com';

describe('the page witnesses requests a killed worker lost', () => {
  it('tops a host back up to what the server saw, counting the unread fetch() pixel', async () => {
    const { session, server } = e2e;
    const url = `${DEMO_URLS.chinese}?s=witness${Date.now()}`;
    const first = server.served.length;
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1200); // the first report (500 ms after load) has been handled
    await session.send({ type: 'flush' });

    const served = server.served.slice(first).filter((r) => r.host === HOST).map((r) => r.path);
    expect(served).toEqual(['/i18n/pixel/events.js?sdkid=DEMO', '/api/v2/pixel?sdkid=DEMO']);
    // Resource Timing alone lists the script but not the pixel: the page never reads the pixel's response.
    const timing = await page.evaluate((h) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).hostname === h).length, HOST);
    expect(timing).toBe(1);

    const visitId = (await readStore(session.extPage)).visits.find((v) => v.url === url)?.id;
    expect(visitId).toBeTruthy();
    const count = async () => (await readStore(session.extPage)).stats.filter((s) => s.visitId === visitId && s.host === HOST).reduce((n, s) => n + s.count, 0);
    expect(await count()).toBe(2);
    expect(await forgetHost(session.extPage, visitId!, HOST)).toBeGreaterThan(0);
    expect(await count()).toBe(0);

    // The page's second report (4 s after load) is the witness: both requests are back, none twice.
    const after = await eventually(count, (n) => n >= 2, 8000);
    expect(after).toBe(2);
    const rows = (await readStore(session.extPage)).stats.filter((s) => s.visitId === visitId && s.host === HOST);
    expect(rows.flatMap((r) => r.sampleUrls)).toContain(`https://${HOST}/api/v2/pixel?sdkid=DEMO`);
    await page.close();
  });
});
