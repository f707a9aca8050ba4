/** Small pure helpers shared by the report components (dates are ISO so exports read the same everywhere). */
import type { Translate } from '../common/i18n';
import type { VerdictKey } from '../../lib/core/report/types';

export const VERDICT_COLORS: Record<VerdictKey | 'mixed', string> = {
  named: '#1a7f37', category: '#9a6700', undisclosed: '#cf222e', contradicted: '#8250df', 'no-policy': '#57606a', unjudged: '#8c959f', mixed: '#8c959f',
};

/** messages.json names allow only [A-Za-z0-9_@]: 'no-policy' → report_verdict_no_policy. */
export function verdictLabel(t: Translate, v: VerdictKey | 'mixed'): string {
  return t(`report_verdict_${v.replace(/-/g, '_')}`);
}

export function day(t: number | null | undefined): string {
  return t == null ? '—' : new Date(t).toISOString().slice(0, 10);
}

export function dateTime(t: number | null | undefined): string {
  return t == null ? '—' : new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

/** Shortened policy hash for display (full hash stays in JSON/CSV). */
export function shortHash(h: string | null | undefined): string {
  return h ? h.slice(0, 10) : '—';
}
