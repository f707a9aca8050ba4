import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import en from '../../public/_locales/en/messages.json';
import type { PopupSource } from './source';
import type { TabReport } from '../../lib/core/types';
import { createTranslator, type MessagesFile } from '../common/i18n';
import { baseReport } from '../site/sample-report';
import { PopupApp } from './PopupApp';

const t = createTranslator(en as MessagesFile);

function source(report: TabReport | null | Error, tabId: number | null = 7): PopupSource & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    tabId: async () => tabId,
    tabReport: async (id) => { calls.push(id); if (report instanceof Error) throw report; return report; },
    visitHosts: async () => ({ visitId: null, pageUrl: null, hosts: [] }),
    send: async <R,>() => undefined as R,
  };
}

describe('PopupApp', () => {
  it("reads the tab's report and shows its organizations, the dashboard link and the TrackerDB credit", async () => {
    const src = source(baseReport({ organizations: [{ org: 'google', name: 'Google', category: 'site_analytics', requests: 4, hosts: ['www.google-analytics.com'], verdict: null, evidence: null }] }));
    const { container, findByText } = render(<PopupApp source={src} t={t} refreshMs={0} />);
    expect(await findByText('Google')).toBeTruthy();
    expect(src.calls).toEqual([7]);
    expect(container.querySelector('main')).not.toBeNull();
    expect(container.querySelector('footer a[href="dashboard.html"]')!.textContent).toBe('All sites');
    expect(container.querySelector('[data-testid="attribution"]')!.textContent).toContain('Tracker data: Ghostery TrackerDB, CC BY-NC-SA 4.0');
  });

  it('explains an unrecorded page, a missing tab and a failure in words', async () => {
    const empty = render(<PopupApp source={source(null)} t={t} refreshMs={0} />);
    expect(await empty.findByText(/Nothing has been recorded on this page yet/)).toBeTruthy();
    empty.unmount();
    const noTab = render(<PopupApp source={source(null, null)} t={t} refreshMs={0} />);
    expect(await noTab.findByText('There is no page to show.')).toBeTruthy();
    noTab.unmount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failed = render(<PopupApp source={source(new Error('boom'))} t={t} refreshMs={0} />);
    expect((await failed.findByRole('alert')).textContent).toContain('Something went wrong');
    warn.mockRestore();
  });

  it('reads again while verdicts are pending, and stops once they land', async () => {
    const pending = baseReport({ organizations: [{ org: 'a', name: 'A', category: 'advertising', requests: 1, hosts: ['a.example'], verdict: null, evidence: null }] });
    const judged = { ...pending, organizations: [{ ...pending.organizations[0], verdict: 'undisclosed' as const }] };
    const replies = [pending, judged];
    const src = source(pending);
    src.tabReport = async (id) => { src.calls.push(id); return replies[Math.min(src.calls.length - 1, 1)]; };
    const { container } = render(<PopupApp source={src} t={t} refreshMs={5} />);
    await waitFor(() => expect(container.querySelector('[data-verdict-group="undisclosed"]')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 50));
    expect(src.calls).toHaveLength(2);
  });

  it('tells the person when full storage forced old visits out, until they dismiss it', async () => {
    const sent: unknown[] = [];
    const src = source(baseReport({ storageWarning: { time: 1, prunedVisits: 42 } }));
    src.send = async <R,>(msg: unknown) => { sent.push(msg); return undefined as R; };
    const { findByRole, getByText } = render(<PopupApp source={src} t={t} refreshMs={0} />);
    expect((await findByRole('status')).textContent).toContain('the oldest 42 visits were deleted');
    getByText('Got it').click();
    await waitFor(() => expect(sent).toEqual([{ type: 'dismiss-storage-warning' }]));
  });
});
