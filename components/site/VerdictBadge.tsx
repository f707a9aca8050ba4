/** A verdict shown as colour + icon + words (never colour alone: WCAG 1.4.1). */
import type { Verdict } from '../../lib/core/types';
import { useT } from '../common/i18n';
import { verdictMessageKey } from './model';

const ICONS: Record<Verdict | 'pending', string> = {
  contradicted: '✕',
  undisclosed: '!',
  category: '≈',
  named: '✓',
  'no-policy': '–',
  pending: '…',
};

export function verdictClass(v: Verdict | null): string {
  return `fp-verdict-${v ?? 'pending'}`;
}

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  const t = useT();
  return (
    <span class={`fp-badge ${verdictClass(verdict)}`} data-verdict={verdict ?? 'pending'}>
      <span class="fp-badge-icon" aria-hidden="true">{ICONS[verdict ?? 'pending']}</span>
      {t(verdictMessageKey(verdict))}
    </span>
  );
}
