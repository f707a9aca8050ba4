import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DashboardApp, dateBound } from './DashboardApp';
import type { DashboardSettings, DashboardSource } from './source';
import { buildReportModel, buildSiteIndex, searchSites } from '../../lib/core/report/model';
import { generateHistory } from '../../tests/support/generate-history';
import { englishT } from '../report/render-html';
import type { ReportFilter } from '../../lib/core/report/types';

function fakeSource(nSites: number) {
  const h = generateHistory(nSites, { hostile: '<img src=x onerror="globalThis.pwned=1">' });
  let settings: DashboardSettings = { retentionDays: 90, paused: false, neverRecord: [] };
  const calls: { details: number; model: number; downloads: [string, string, string][] } = { details: 0, model: 0, downloads: [] };
  const source: DashboardSource = {
    siteIndex: async (f: ReportFilter) => buildSiteIndex(h.visits, h.sites, f),
    siteDetails: async (sites, f) => { calls.details++; return buildReportModel(h, { ...f, sites }).sites; },
    model: async (f) => { calls.model++; return buildReportModel(h, f); },
    exportReport: async () => ({ filenameBase: 'fineprint-report-2026-01-31', sites: nSites, csv: 'site\r\n' }),
    importReport: async () => ({ ok: true, result: { sites: 2, visits: 3, hostStats: 0, dataFlows: 0, consentFindings: 0, verdicts: 0, skipped: 0 } }),
    deleteSite: vi.fn(async () => undefined),
    deleteAll: vi.fn(async () => undefined),
    settings: async () => settings,
    updateSettings: async (p) => (settings = { ...settings, ...p }),
    download: (name, mime, content) => { calls.downloads.push([name, mime, content]); },
  };
  return { h, source, calls };
}

afterEach(cleanup);

describe('DashboardApp', () => {
  it('lists 2,000 sites one page at a time and loads details for the visible page only', async () => {
    const { source, calls } = fakeSource(2000);
    const { container } = render(<DashboardApp source={source} t={englishT} />);
    expect(await screen.findByTestId('local-notice')).toHaveProperty('textContent', expect.stringContaining('only in this browser'));
    const list = await screen.findByTestId('sites-list');
    expect(list.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(screen.getAllByTestId('page-range')[0].textContent).toBe('1–50 of 2000');
    await waitFor(() => expect(calls.details).toBe(1));
    expect(calls.model).toBe(0); // organizations/graph/timeline are built only when opened
    fireEvent.click(screen.getAllByText('Next')[0]);
    expect(screen.getAllByTestId('page-range')[0].textContent).toBe('51–100 of 2000');
    // Hostile titles are text, never markup.
    expect(container.querySelector('img')).toBeNull();
  }, 60_000); // generating and indexing 2,000 sites is slow on a loaded 2-core CI box; no timing is asserted

  it('searches, opens the per-site view and deletes a site', async () => {
    const { source, h } = fakeSource(30);
    render(<DashboardApp source={source} t={englishT} />);
    await screen.findByTestId('sites-list');
    fireEvent.input(screen.getByTestId('search'), { target: { value: 'site17.example' } });
    const rows = screen.getByTestId('sites-list').querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-site'))).toEqual(searchSites(buildSiteIndex(h.visits, h.sites), 'site17.example').map((e) => e.site));
    fireEvent.click(within(rows[0] as HTMLElement).getByText('site17.example'));
    const detail = await screen.findByTestId('site-detail');
    expect(detail.querySelector('.fp-site-name')?.textContent).toBe('site17.example');
    expect(detail.querySelector('[data-testid="judged-against"]')?.textContent).toMatch(/Privacy policy/);
    fireEvent.click(within(detail).getByText(/Delete everything recorded on/));
    await waitFor(() => expect(source.deleteSite).toHaveBeenCalledWith('site17.example'));
  });

  it('shows organizations across sites, the bounded graph and the policy timeline', async () => {
    const { source } = fakeSource(300);
    render(<DashboardApp source={source} t={englishT} />);
    fireEvent.click(await screen.findByTestId('tab-organizations'));
    const orgs = await screen.findByTestId('organizations');
    expect(orgs.textContent).toMatch(/Google saw you on \d+ of 300 sites/);
    fireEvent.click(screen.getByTestId('tab-graph'));
    const graph = await screen.findByTestId('graph');
    expect(graph.querySelectorAll('svg text').length).toBeLessThanOrEqual(21 + 13);
    expect(graph.textContent).toContain('+280 other sites');
    fireEvent.click(screen.getByTestId('tab-timeline'));
    expect((await screen.findByTestId('timeline')).textContent).toMatch(/policy changed/);
  });

  it('exports through the source and offers retention, pause, never-record and a two-step delete-all', async () => {
    const { source, calls } = fakeSource(5);
    render(<DashboardApp source={source} t={englishT} />);
    fireEvent.click(await screen.findByTestId('tab-data'));
    fireEvent.click(await screen.findByTestId('export-csv'));
    await waitFor(() => expect(calls.downloads).toEqual([['fineprint-report-2026-01-31.csv', 'text/csv;charset=utf-8', 'site\r\n']]));
    const retention = await screen.findByTestId('retention') as HTMLSelectElement;
    expect(retention.value).toBe('90');
    fireEvent.change(retention, { target: { value: '30' } });
    await waitFor(async () => expect((await source.settings()).retentionDays).toBe(30));
    fireEvent.click(screen.getByTestId('paused'));
    await waitFor(async () => expect((await source.settings()).paused).toBe(true));
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(source.deleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('delete-all-confirm'));
    await waitFor(() => expect(source.deleteAll).toHaveBeenCalledTimes(1));
  });

  it('turns date inputs into inclusive UTC bounds', () => {
    expect(dateBound('2026-01-02', false)).toBe(Date.UTC(2026, 0, 2));
    expect(dateBound('2026-01-02', true)).toBe(Date.UTC(2026, 0, 3) - 1);
    expect(dateBound('', false)).toBeNull();
  });
});
