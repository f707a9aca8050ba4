/**
 * The whole personal report: summary, charts, graph, organizations, policy timeline and every site.
 * Rendered to a string for the HTML export (lib/core/report/html.tsx) — the same components the
 * dashboard shows, so the file and the screen cannot disagree.
 */
import type { VNode } from 'preact';
import type { Translate } from '../common/i18n';
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

/** How a report shows a site: the shared view expanded, or the compact table (see EXPAND_LIMIT). */
function siteSection(model: ReportModel, s: ReportModel['sites'][number], t: Translate) {
  const compact = model.sites.length > EXPAND_LIMIT;
  return <SiteSection key={s.site} site={s} t={t} expandAll={!compact} compact={compact} />;
}

/**
 * The inside of the "sites" section rendered one site at a time by `render` (preact-render-to-string
 * in the export) and joined. One 2,000-site tree rendered as a whole spent more than half its time
 * in garbage collection of the intermediate strings; per-site renders keep every piece small.
 * The markup is the same as rendering the tree in one go.
 */
export function renderSiteSections(model: ReportModel, t: Translate, render: (node: VNode) => string): string {
  const parts = [render(<h2>{t('report_sites')}</h2>)];
  for (const s of model.sites) parts.push(render(siteSection(model, s, t)));
  return parts.join('');
}

/**
 * `sitesHtml`: the sites section's content already rendered by renderSiteSections (the export);
 * without it the sites render in this tree.
 */
export function ReportDocument({ model, t, sitesHtml }: { model: ReportModel; t: Translate; sitesHtml?: string }) {
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
      {sitesHtml !== undefined
        // Only our own components' rendered (escaped) markup goes in here, never data as such.
        ? <section class="fp-sites" dangerouslySetInnerHTML={{ __html: sitesHtml }} />
        : (
          <section class="fp-sites">
            <h2>{t('report_sites')}</h2>
            {model.sites.map((s) => siteSection(model, s, t))}
          </section>
        )}
      <footer class="fp-meta">{t('report_attribution')}</footer>
    </main>
  );
}
