/**
 * What the dashboard needs from the extension, injected so the components stay pure (props in, JSX
 * out) and testable with a fake: entrypoints/dashboard/source.ts is the real one.
 */
import type { ReportFilter, ReportModel, ReportSite, SiteIndexEntry } from '../../lib/core/report/types';
import type { Replies } from '../../lib/messaging/protocol';

export interface DashboardSettings {
  retentionDays: 30 | 90 | 365;
  paused: boolean;
  neverRecord: string[];
}

export type ExportFormat = 'html' | 'json' | 'csv';

export interface DashboardSource {
  /** First view: one row per site (visits + sites tables only). */
  siteIndex(filter: ReportFilter): Promise<SiteIndexEntry[]>;
  /** The first screen of the unfiltered list, read before the whole index (optional: tests may omit it). */
  recentSites?(limit: number): Promise<SiteIndexEntry[]>;
  /** Full per-site reports for the visible page of the list (one indexed read for all of them). */
  siteDetails(sites: string[], filter: ReportFilter): Promise<ReportSite[]>;
  /** The whole report model (organizations, graph, timeline views). */
  model(filter: ReportFilter): Promise<ReportModel>;
  exportReport(filter: ReportFilter, format: ExportFormat): Promise<Replies['export-report']>;
  importReport(json: string): Promise<Replies['import-report']>;
  deleteSite(site: string): Promise<void>;
  deleteAll(): Promise<void>;
  settings(): Promise<DashboardSettings>;
  updateSettings(patch: Partial<DashboardSettings>): Promise<DashboardSettings>;
  /** Saves a file through a blob URL and <a download> (no downloads permission). */
  download(filename: string, mime: string, content: string): void;
}
