/**
 * The bounded site ↔ organization graph (lib/core/report/graph.ts) as a two-column SVG: sites on the
 * left, organizations on the right, one line per (site, organization) coloured by the verdict.
 * Folded nodes ("+1,980 other sites") keep the picture readable and its size fixed.
 */
import type { Translate } from '../common/i18n';
import type { SiteOrgGraph } from '../../lib/core/report/graph';
import { VERDICT_COLORS } from './format';
import { truncate } from './charts';

export function OrgGraph({ graph, t }: { graph: SiteOrgGraph; t: Translate }) {
  const rowH = 20;
  const width = 720;
  const leftX = 190;
  const rightX = width - 190;
  const rows = Math.max(graph.sites.length, graph.orgs.length, 1);
  const height = rows * rowH + 10;
  const sy = new Map(graph.sites.map((n, i) => [n.id, i * rowH + 15 + ((rows - graph.sites.length) * rowH) / 2]));
  const oy = new Map(graph.orgs.map((n, i) => [n.id, i * rowH + 15 + ((rows - graph.orgs.length) * rowH) / 2]));
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));
  const label = (n: { label: string; other?: boolean }, kind: 'sites' | 'orgs') =>
    n.other ? t(kind === 'sites' ? 'report_graph_other_sites' : 'report_graph_other_orgs', n.label) : truncate(n.label, 28);
  return (
    <svg class="fp-graph" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img"
      aria-label={t('report_graph_label', [String(graph.sites.length), String(graph.orgs.length)])}>
      {graph.edges.map((e) => {
        const y1 = sy.get(e.site);
        const y2 = oy.get(e.org);
        if (y1 === undefined || y2 === undefined) return null;
        return <line key={`${e.site}|${e.org}`} x1={leftX} y1={y1 - 4} x2={rightX} y2={y2 - 4} stroke={VERDICT_COLORS[e.verdict]}
          stroke-opacity="0.55" stroke-width={1 + (3 * e.weight) / maxW} />;
      })}
      {graph.sites.map((n) => (
        <text key={n.id} x={leftX - 6} y={sy.get(n.id)} text-anchor="end" font-size="12" font-style={n.other ? 'italic' : undefined}>{label(n, 'sites')}</text>
      ))}
      {graph.orgs.map((n) => (
        <text key={n.id} x={rightX + 6} y={oy.get(n.id)} font-size="12" font-style={n.other ? 'italic' : undefined}>{label(n, 'orgs')}</text>
      ))}
    </svg>
  );
}
