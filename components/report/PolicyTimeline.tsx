/** Policy versions over time: when each site's policy was first read and every later change, with the diff. */
import type { Translate } from '../common/i18n';
import type { ReportPolicyChange } from '../../lib/core/report/types';
import { day, shortHash } from './format';

const MAX_SENTENCES = 5;

export function PolicyTimeline({ changes, t, showSite = true }: { changes: ReportPolicyChange[]; t: Translate; showSite?: boolean }) {
  if (changes.length === 0) return <p>{t('report_no_policy_changes')}</p>;
  return (
    <ol class="fp-timeline">
      {changes.map((c) => (
        <li key={`${c.site}|${c.hash}`} data-site={c.site}>
          <strong>{day(c.fetchedAt)}</strong>{showSite ? <> — {c.site}</> : null}{': '}
          {c.reread && c.previousHash
            ? t('report_policy_reread', [shortHash(c.previousHash), shortHash(c.hash)])
            : c.previousHash
              ? t('report_policy_changed', [shortHash(c.previousHash), shortHash(c.hash)])
              : t('report_policy_first_seen', shortHash(c.hash))}
          {c.added.length > 0 && <Sentences cls="fp-added" label={t('report_diff_added', String(c.added.length))} items={c.added} />}
          {c.removed.length > 0 && <Sentences cls="fp-removed" label={t('report_diff_removed', String(c.removed.length))} items={c.removed} />}
        </li>
      ))}
    </ol>
  );
}

function Sentences({ cls, label, items }: { cls: string; label: string; items: string[] }) {
  return (
    <div class={cls}>
      <span>{label}</span>
      <ul>{items.slice(0, MAX_SENTENCES).map((s, i) => <li key={i}>{s}</li>)}</ul>
      {items.length > MAX_SENTENCES ? <span class="fp-muted">+{items.length - MAX_SENTENCES}</span> : null}
    </div>
  );
}
