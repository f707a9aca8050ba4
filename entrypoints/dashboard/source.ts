/**
 * The dashboard's real data source. Reads go straight to IndexedDB (an extension page shares the
 * background's origin) after asking the background to flush its write queue — no message round trip
 * carrying thousands of rows. Exports, import and deletions go through the background, so the CLI and
 * the dashboard get the very same files and the background's state stays consistent.
 */
import browser from 'webextension-polyfill';
import type { DashboardSource } from '../../components/dashboard/source';
import { buildReportModel } from '../../lib/core/report/model';
import type { PageMessage, Replies } from '../../lib/messaging/protocol';
import { readSettings, updateSettings } from '../../lib/browser/settings';
import { openDb } from '../../lib/store/db';
import { loadHistory, loadRecentSites, loadSiteIndex } from '../../lib/store/history';

export function createDashboardSource(): DashboardSource {
  const db = openDb();
  const send = <R>(msg: PageMessage) => browser.runtime.sendMessage(msg) as Promise<R>;
  const flush = () => send({ type: 'flush' }).catch(() => undefined);
  return {
    async siteIndex(filter) { await flush(); return loadSiteIndex(db, filter); },
    async recentSites(limit) { await flush(); return loadRecentSites(db, limit); },
    async siteDetails(sites, filter) {
      const f = { ...filter, sites };
      return buildReportModel(await loadHistory(db, f), f).sites;
    },
    async model(filter) { await flush(); return buildReportModel(await loadHistory(db, filter), filter); },
    exportReport: (filter, format) => send<Replies['export-report']>({ type: 'export-report', filter, formats: [format] }),
    importReport: (json) => send<Replies['import-report']>({ type: 'import-report', json }),
    async deleteSite(site) { await send({ type: 'delete-site', site }); },
    async deleteAll() { await send({ type: 'delete-all' }); },
    settings: () => readSettings(),
    updateSettings: (patch) => updateSettings(patch),
    download(filename, mime, content) {
      const url = URL.createObjectURL(new Blob([content], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: the download reads the blob asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
