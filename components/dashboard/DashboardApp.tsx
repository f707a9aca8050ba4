/**
 * The dashboard (extension page): sites, organizations, the site ↔ organization graph, the policy
 * timeline and the person's data controls. The first view needs only the site index; the full report
 * model is built the first time a view needs it (and again when the filters change).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Translate } from '../common/i18n';
import { buildGraph } from '../../lib/core/report/graph';
import { localizeReportModel } from '../../lib/core/report/localize';
import { searchSites } from '../../lib/core/report/model';
import type { ReportFilter, ReportModel, SiteIndexEntry } from '../../lib/core/report/types';
import { OrganizationBars } from '../report/charts';
import { OrganizationsTable } from '../report/OrganizationsTable';
import { OrgGraph } from '../report/OrgGraph';
import { PolicyTimeline } from '../report/PolicyTimeline';
import { REPORT_CSS } from '../report/styles';
import { DataView } from './DataView';
import { PAGE_SIZE, SitesView } from './SitesView';
import type { DashboardSource } from './source';

type Tab = 'sites' | 'organizations' | 'graph' | 'timeline' | 'data';
const TABS: Tab[] = ['sites', 'organizations', 'graph', 'timeline', 'data'];
const DAY = 86_400_000;

/** <input type=date> value (UTC day) → inclusive bound in ms. */
export function dateBound(value: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) ? (end ? t + DAY - 1 : t) : null;
}

const DASH_CSS = `
.fp-dash{max-width:1100px;margin:0 auto;padding:16px 24px;font-family:system-ui,sans-serif}
.fp-tabs{display:flex;gap:4px;border-bottom:1px solid #d0d7de;margin:12px 0}
.fp-tabs button{border:1px solid transparent;border-bottom:0;background:none;padding:6px 12px;cursor:pointer;font:inherit}
.fp-tabs button[aria-selected=true]{border-color:#d0d7de;background:#fff;border-radius:6px 6px 0 0;font-weight:600}
.fp-filters{display:flex;gap:12px;flex-wrap:wrap;align-items:end}
.fp-filters label{display:flex;flex-direction:column;font-size:.85em;color:#57606a}
.fp-pager{display:flex;gap:12px;align-items:center;margin:8px 0}
.fp-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.fp-site-detail{border:1px solid #d0d7de;border-radius:6px;padding:8px 16px;margin:12px 0}
.fp-buttons{display:flex;gap:8px;margin:8px 0}
tr.fp-open{background:#f6f8fa}
`;

export function DashboardApp({ source, t }: { source: DashboardSource; t: Translate }) {
  const [tab, setTab] = useState<Tab>('sites');
  const [fromText, setFrom] = useState('');
  const [toText, setTo] = useState('');
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<SiteIndexEntry[] | null>(null);
  const [model, setModel] = useState<ReportModel | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const filter = useMemo<ReportFilter>(() => ({ from: dateBound(fromText, false), to: dateBound(toText, true) }), [fromText, toText]);
  const refresh = useCallback(() => { setModel(null); setVersion((v) => v + 1); }, []);

  useEffect(() => {
    let live = true;
    // Unfiltered: show the newest sites at once, then read the whole index (search, paging) — after,
    // not alongside, so the first screen does not queue behind 20,000 visit rows in IndexedDB.
    const first = filter.from == null && filter.to == null && source.recentSites
      ? source.recentSites(PAGE_SIZE).then((e) => { if (live && e.length) setEntries(e); }, () => undefined)
      : Promise.resolve();
    void first.then(() => source.siteIndex(filter)).then((e) => { if (live) setEntries(e); }, (e) => setError(String(e)));
    return () => { live = false; };
  }, [source, filter, version]);

  const needsModel = tab === 'organizations' || tab === 'graph' || tab === 'timeline';
  useEffect(() => {
    if (!needsModel || model) return;
    let live = true;
    source.model(filter).then((m) => { if (live) setModel(m); }, (e) => setError(String(e)));
    return () => { live = false; };
  }, [needsModel, model, source, filter]);
  useEffect(() => { setModel(null); }, [filter]);

  const shown = useMemo(() => (entries ? searchSites(entries, query) : []), [entries, query]);
  // Companies in the reader's language on the organizations and graph tabs (the site views name them too).
  const named = useMemo(() => (model ? localizeReportModel(model, t('common_lang')) : null), [model, t]);
  const toggle = (site: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(site)) next.delete(site); else next.add(site);
    return next;
  });
  const deleteSite = async (site: string) => {
    await source.deleteSite(site);
    setSelected((s) => { const n = new Set(s); n.delete(site); return n; });
    refresh();
  };

  return (
    <div class="fp-dash">
      <style>{REPORT_CSS + DASH_CSS}</style>
      <header>
        <h1>{t('dash_title')}</h1>
        <p class="fp-local" data-testid="local-notice">{t('report_local_notice')}</p>
        <div class="fp-filters">
          <label>{t('dash_from')}<input type="date" data-testid="from" value={fromText} onChange={(e) => setFrom((e.target as HTMLInputElement).value)} /></label>
          <label>{t('dash_to')}<input type="date" data-testid="to" value={toText} onChange={(e) => setTo((e.target as HTMLInputElement).value)} /></label>
          <label>{t('dash_search')}<input type="search" data-testid="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} /></label>
        </div>
      </header>
      <nav class="fp-tabs" role="tablist">
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} data-testid={`tab-${k}`} onClick={() => setTab(k)}>{t(`dash_tab_${k}`)}</button>
        ))}
      </nav>
      {error && <p role="alert">{error}</p>}
      <section role="tabpanel">
        {tab === 'sites' && (entries
          ? <SitesView entries={shown} filter={filter} source={source} t={t} selected={selected} onToggle={toggle} onDeleteSite={deleteSite} />
          : <p>{t('dash_loading')}</p>)}
        {needsModel && !model && <p>{t('dash_loading')}</p>}
        {tab === 'organizations' && named && (
          <div data-testid="organizations">
            <OrganizationBars orgs={named.organizations} totalSites={named.totals.sites} t={t} />
            <OrganizationsTable orgs={named.organizations} totalSites={named.totals.sites} t={t} />
          </div>
        )}
        {tab === 'graph' && named && <div data-testid="graph"><OrgGraph graph={buildGraph(named)} t={t} /></div>}
        {tab === 'timeline' && model && <div data-testid="timeline"><PolicyTimeline changes={model.policyChanges} t={t} /></div>}
        {tab === 'data' && <DataView source={source} t={t} filter={filter} selected={selected} onChanged={refresh} />}
      </section>
    </div>
  );
}
