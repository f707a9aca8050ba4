/**
 * All sites, newest first, paginated (50 a page) so 2,000 sites render as fast as 50: the list itself
 * comes from the small site index; per-site details (organizations, verdicts) load for the visible page
 * only, in one read.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../common/i18n';
import type { ReportFilter, ReportSite, SiteIndexEntry } from '../../lib/core/report/types';
import { VerdictBar } from '../report/charts';
import { day } from '../report/format';
import { SiteSection } from '../report/SiteSection';
import type { DashboardSource } from './source';

export const PAGE_SIZE = 50;

export interface SitesViewProps {
  entries: SiteIndexEntry[];
  filter: ReportFilter;
  source: DashboardSource;
  t: Translate;
  selected: Set<string>;
  onToggle(site: string): void;
  onDeleteSite(site: string): Promise<void>;
}

export function SitesView({ entries, filter, source, t, selected, onToggle, onDeleteSite }: SitesViewProps) {
  const [page, setPage] = useState(0);
  const [details, setDetails] = useState<Map<string, ReportSite>>(new Map());
  const [open, setOpen] = useState<string | null>(null);
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = entries.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const key = visible.map((e) => e.site).join(',');

  useEffect(() => { setPage(0); }, [entries]);
  useEffect(() => {
    let live = true;
    if (!visible.length) { setDetails(new Map()); return; }
    source.siteDetails(visible.map((e) => e.site), filter)
      .then((rows) => { if (live) setDetails(new Map(rows.map((r) => [r.site, r]))); })
      .catch(() => { if (live) setDetails(new Map()); });
    return () => { live = false; };
  }, [key, filter, source]);

  if (entries.length === 0) return <p data-testid="no-sites">{t('dash_no_sites')}</p>;
  const openSite = open ? details.get(open) : undefined;
  return (
    <div>
      <Pager t={t} page={current} pages={pages} total={entries.length} onPage={setPage} />
      <table class="fp-sites-list" data-testid="sites-list">
        <thead><tr>
          <th scope="col"><span class="fp-sr">{t('dash_select')}</span></th>
          <th scope="col">{t('dash_col_site')}</th><th scope="col">{t('dash_col_last_visit')}</th>
          <th scope="col">{t('dash_col_visits')}</th><th scope="col">{t('dash_col_organizations')}</th>
        </tr></thead>
        <tbody>
          {visible.map((e) => {
            const d = details.get(e.site);
            return (
              <tr key={e.site} data-site={e.site} class={open === e.site ? 'fp-open' : undefined}>
                <td><input type="checkbox" aria-label={t('dash_select_site', e.site)} checked={selected.has(e.site)} onChange={() => onToggle(e.site)} /></td>
                <th scope="row">
                  <button type="button" class="fp-link" onClick={() => setOpen(open === e.site ? null : e.site)}>{e.site}</button>
                  {e.title ? <div class="fp-muted">{e.title}</div> : null}
                </th>
                <td>{day(e.lastVisit)}</td>
                <td class="fp-num">{e.visitCount}</td>
                <td>{d ? <><span>{d.organizations.length}</span> <VerdictBar counts={d.counts} t={t} width={120} /></> : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pager t={t} page={current} pages={pages} total={entries.length} onPage={setPage} />
      {openSite && (
        <div class="fp-site-detail" data-testid="site-detail">
          <SiteSection site={openSite} t={t} mode="interactive" />
          <button type="button" onClick={() => { void onDeleteSite(openSite.site).then(() => setOpen(null)); }}>{t('dash_delete_site', openSite.site)}</button>
        </div>
      )}
    </div>
  );
}

function Pager({ t, page, pages, total, onPage }: { t: Translate; page: number; pages: number; total: number; onPage(p: number): void }) {
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  return (
    <nav class="fp-pager" aria-label={t('dash_pages')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>{t('dash_prev')}</button>
      <span data-testid="page-range">{t('dash_range_of', [String(first), String(last), String(total)])}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>{t('dash_next')}</button>
    </nav>
  );
}
