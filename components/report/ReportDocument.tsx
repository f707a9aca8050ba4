/**
 * The whole personal report: summary, charts, graph, organizations, policy timeline and every site.
 * Rendered to a string for the HTML export (components/report/render-html.tsx) — the same components the
 * dashboard shows, so the file and the screen cannot disagree.
 */
import type { Translate } from '../common/i18n';
import { localizeReportModel } from '../../lib/core/report/localize';
import { buildGraph } from '../../lib/core/report/graph';
import type { ReportModel } from '../../lib/core/report/types';
import { OrganizationBars, VerdictBar } from './charts';
import { day, dateTime } from './format';
import { OrganizationsTable } from './OrganizationsTable';
import { OrgGraph } from './OrgGraph';
import { PolicyTimeline } from './PolicyTimeline';
import { SiteSection } from './SiteSection';

/**
 * Up to EXPAND_LIMIT sites, each site is the shared per-site view with every organization's details
 * open (<details open>, so a printed PDF shows every quote). Bigger reports use the compact table
 * (same facts, one row per organization) to stay fast and a few MB rather than tens.
 */
export const EXPAND_LIMIT = 200;

export function ReportDocument({ model: recorded, t }: { model: ReportModel; t: Translate }) {
  // Companies in the reader's language in every chart, table and site section.
  const model = localizeReportModel(recorded, t('common_lang'));
  const compact = model.sites.length > EXPAND_LIMIT;
  const { totals, filter } = model;
  const range = filter.from != null || filter.to != null
    ? t('report_range', [day(filter.from), day(filter.to)]) : t('report_range_all');
  return (
    <main class="fp-report">
      <header>
        <h1>{t('report_title')}</h1>
        <p class="fp-meta">{t('report_generated', dateTime(model.generatedAt))} · {range}
          {filter.sites ? <> · {t('report_selected_sites', String(filter.sites.length))}</> : null}</p>
        <p class="fp-local">{t('report_local_notice')}</p>
      </header>
      <section class="fp-summary">
        <h2>{t('report_summary')}</h2>
        <p>{t('report_totals', [String(totals.sites), String(totals.visits), String(totals.organizations), String(totals.requests)])}</p>
        <VerdictBar counts={totals.verdicts} t={t} />
      </section>
      {model.organizations.length > 0 && (
        <section class="fp-charts">
          <h2>{t('report_chart_orgs')}</h2>
          <OrganizationBars orgs={model.organizations} totalSites={totals.sites} t={t} />
          <h2>{t('report_graph')}</h2>
          <OrgGraph graph={buildGraph(model)} t={t} />
        </section>
      )}
      <section>
        <h2>{t('report_organizations')}</h2>
        <OrganizationsTable orgs={model.organizations} totalSites={totals.sites} t={t} />
      </section>
      <section>
        <h2>{t('report_policy_timeline')}</h2>
        <PolicyTimeline changes={model.policyChanges} t={t} />
      </section>
      <section class="fp-sites">
        <h2>{t('report_sites')}</h2>
        {model.sites.map((s) => <SiteSection key={s.site} site={s} t={t} expandAll={!compact} compact={compact} />)}
      </section>
      <footer class="fp-meta">{t('report_attribution')}</footer>
    </main>
  );
}
