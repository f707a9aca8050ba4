/**
 * Charts as inline SVG (the exported report loads nothing and runs no script, so no chart library):
 * a stacked verdict bar and a "seen on N of M sites" bar list. Text is rendered by Preact, so page-
 * or policy-provided labels are escaped like any other text.
 */
import type { Translate } from '../common/i18n';
import type { CrossSiteOrganization, VerdictCounts, VerdictKey } from '../../lib/core/report/types';
import { VERDICT_KEYS } from '../../lib/core/report/types';
import { VERDICT_COLORS, verdictLabel } from './format';

export function VerdictBar({ counts, t, width = 480 }: { counts: VerdictCounts; t: Translate; width?: number }) {
  const total = VERDICT_KEYS.reduce((s, k) => s + counts[k], 0);
  let x = 0;
  const parts = VERDICT_KEYS.filter((k) => counts[k] > 0).map((k) => {
    const w = total ? (counts[k] / total) * width : 0;
    const rect = <rect key={k} x={x} y={0} width={w} height={16} fill={VERDICT_COLORS[k]}><title>{`${verdictLabel(t, k)}: ${counts[k]}`}</title></rect>;
    x += w;
    return rect;
  });
  const summary = VERDICT_KEYS.filter((k) => counts[k] > 0).map((k) => `${verdictLabel(t, k)}: ${counts[k]}`).join(', ');
  return (
    <figure class="fp-verdict-bar">
      <svg width={width} height={16} viewBox={`0 0 ${width} 16`} role="img" aria-label={summary || t('report_no_organizations')}>
        {total ? parts : <rect x={0} y={0} width={width} height={16} fill="#eaeef2" />}
      </svg>
      <figcaption><Legend counts={counts} t={t} /></figcaption>
    </figure>
  );
}

export function Legend({ counts, t }: { counts?: VerdictCounts; t: Translate }) {
  const keys: VerdictKey[] = counts ? VERDICT_KEYS.filter((k) => counts[k] > 0) : [...VERDICT_KEYS];
  return (
    <ul class="fp-legend">
      {keys.map((k) => (
        <li key={k}><span class={`fp-swatch fp-bg-${k}`} />{verdictLabel(t, k)}{counts ? ` ${counts[k]}` : ''}</li>
      ))}
    </ul>
  );
}

/** Horizontal bars: on how many of the report's sites each organization was seen, split by verdict. */
export function OrganizationBars({ orgs, totalSites, t, limit = 15 }: { orgs: CrossSiteOrganization[]; totalSites: number; t: Translate; limit?: number }) {
  const shown = orgs.slice(0, limit);
  const rowH = 22;
  const labelW = 170;
  const barW = 360;
  const height = shown.length * rowH;
  return (
    <svg class="fp-org-bars" width={labelW + barW + 90} height={height} viewBox={`0 0 ${labelW + barW + 90} ${height}`} role="img" aria-label={t('report_chart_orgs')}>
      {shown.map((o, i) => {
        let x = labelW;
        const y = i * rowH;
        return (
          <g key={o.key}>
            <text x={labelW - 6} y={y + 15} text-anchor="end" font-size="12">{truncate(o.name, 26)}</text>
            {VERDICT_KEYS.filter((k) => o.verdicts[k] > 0).map((k) => {
              const w = totalSites ? (o.verdicts[k] / totalSites) * barW : 0;
              const r = <rect key={k} x={x} y={y + 4} width={w} height={14} fill={VERDICT_COLORS[k]}><title>{`${verdictLabel(t, k)}: ${o.verdicts[k]}`}</title></rect>;
              x += w;
              return r;
            })}
            <text x={x + 6} y={y + 15} font-size="12">{t('report_seen_on', [String(o.siteCount), String(totalSites)])}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
