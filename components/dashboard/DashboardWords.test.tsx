/**
 * The dashboard in the reader's words (zh_CN): a site's detail names companies in Chinese in its rows, its
 * "Sent to" column and its consent findings, and says the data and reasons in Chinese; an import that fails
 * says why in Chinese, not with the parser's English message.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { buildReportModel, buildSiteIndex } from '../../lib/core/report/model';
import type { ReportFilter } from '../../lib/core/report/types';
import { internalWords } from '../../tests/support/reader-words';
import { wordsHistory } from '../../tests/support/words-history';
import { createTranslator, type MessagesFile } from '../common/i18n';
import { DashboardApp } from './DashboardApp';
import type { DashboardSettings, DashboardSource } from './source';

const tZh = createTranslator(JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as MessagesFile);
afterEach(cleanup);

function source(): DashboardSource {
  const h = wordsHistory(2);
  let settings: DashboardSettings = { retentionDays: 90, paused: false, neverRecord: [] };
  return {
    siteIndex: async (f: ReportFilter) => buildSiteIndex(h.visits, h.sites, f),
    siteDetails: async (sites, f) => buildReportModel(h, { ...f, sites }).sites,
    model: async (f) => buildReportModel(h, f),
    exportReport: async () => ({ filenameBase: 'x', sites: 2 }),
    importReport: async () => ({ ok: false, error: 'not a Fineprint report', code: 'not-fineprint' }),
    deleteSite: vi.fn(async () => undefined),
    deleteAll: vi.fn(async () => undefined),
    settings: async () => settings,
    updateSettings: async (p) => (settings = { ...settings, ...p }),
    download: () => undefined,
  };
}

describe('dashboard in Chinese words', () => {
  it("a site's detail: Chinese names in rows, data flows and consent; no TrackerDB key, no English of ours", async () => {
    render(<DashboardApp source={source()} t={tZh} />);
    const list = await screen.findByTestId('sites-list');
    fireEvent.click(within(list).getByText('site1.example'));
    const detail = await screen.findByTestId('site-detail');
    await waitFor(() => expect(detail.querySelector('.fp-flows')).not.toBeNull());
    const flows = detail.querySelector('.fp-flows')!.textContent!;
    for (const words of ['亚马逊', '电子邮件地址（Base64 编码）', '腾讯', '电话号码（明文）']) expect(flows).toContain(words);
    expect(detail.querySelector('.fp-consent')!.textContent).toContain('亚马逊（t0.amazonassociates-cdn.example）在您回应 Cookie 横幅之前就已加载');
    expect(internalWords(detail.textContent!, 'zh')).toEqual([]);
  });

  it('says in Chinese why an import failed', async () => {
    render(<DashboardApp source={source()} t={tZh} />);
    fireEvent.click(await screen.findByTestId('tab-data'));
    const input = await screen.findByTestId('import-file');
    fireEvent.change(input, { target: { files: [new File(['{"hello":1}'], 'x.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('导入失败：该文件不是 Fineprint 报告'));
  });
});
