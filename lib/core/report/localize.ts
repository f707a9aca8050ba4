/**
 * Apply displayName() to the organization names a report carries, at the boundary where a view gets its
 * data (the popup's TabReport, the dashboard's and the exported report's ReportModel), so every row,
 * chart, table and letter below it shows the same name. Keys are untouched: an unknown party keeps its
 * domain as its name, so `domain:<name>` keys still resolve. Pure; returns new objects.
 */
import type { ReportModel, ReportSite } from './types.ts';
import type { TabReport } from '../types.ts';
import { displayName } from '../names/organizations.ts';

export function localizeNames<T extends { org: string | null; name: string }>(items: readonly T[], lang: string): T[] {
  return items.map((o) => {
    const name = displayName(o.org, o.name, lang);
    return name === o.name ? o : { ...o, name };
  });
}

export function localizeTabReport(report: TabReport, lang: string): TabReport {
  const details: TabReport['details'] = {};
  for (const [key, d] of Object.entries(report.details)) {
    const name = d.info ? displayName(d.info.key, d.info.name, lang) : undefined;
    details[key] = d.info && name !== d.info.name ? { ...d, info: { ...d.info, name: name! } } : d;
  }
  return {
    ...report,
    organizations: localizeNames(report.organizations, lang),
    consent: localizeNames(report.consent, lang),
    details,
  };
}

/** One site of a report (the dashboard's per-site view reads sites one at a time). Idempotent. */
export function localizeReportSite(site: ReportSite, lang: string): ReportSite {
  return { ...site, organizations: localizeNames(site.organizations, lang), consent: localizeNames(site.consent, lang) };
}

export function localizeReportModel(model: ReportModel, lang: string): ReportModel {
  return {
    ...model,
    organizations: localizeNames(model.organizations, lang),
    sites: model.sites.map((s) => localizeReportSite(s, lang)),
  };
}
