/**
 * Renders a verdict's structured reason (VerdictWhy in lib/core/types.ts) in the reader's language. Pure: the
 * popup, the dashboard, the exported report, the CSV and the CLI all call it with their translator,
 * so the same verdict reads the same everywhere — in English or in Chinese.
 */
import type { OrganizationVerdict } from '../../lib/core/types';
import type { Translate } from '../common/i18n';

type Row = Pick<OrganizationVerdict, 'name' | 'why' | 'other'>;

/** The reason for the verdict, one or two sentences. Empty when there is none yet. */
export function whyText(o: Row, t: Translate): string {
  const w = o.why;
  if (!w) return '';
  const name = o.name;
  const sep = t('common_sentence_separator');
  const others = 'otherProducts' in w && w.otherProducts?.length ? sep + t('why_other_products', [w.otherProducts.join(t('common_list_separator')), name]) : '';
  switch (w.code) {
    case 'pending': return t('why_pending');
    case 'no-policy': return t('why_no_policy', name);
    case 'site-own-name': return t('why_site_own_name', name);
    case 'policy-owner': return t('why_policy_owner', name);
    case 'named': return t(w.via === 'sdk-table' ? 'why_named_sdk' : w.via === 'domain' ? 'why_named_domain' : 'why_named', w.name);
    case 'category': return t(w.agentless ? 'why_category_agentless' : w.learned ? 'why_category_learned' : 'why_category', [t(`why_kind_${w.category}`), name]) + others;
    case 'contradicted-recording': {
      const key = { vendor: 'why_recording_vendor', 'replay-host': 'why_recording_host', 'probe-replay': 'why_recording_probe_replay', 'probe-listeners': 'why_recording_probe_listeners' }[w.recorder];
      return t(key, [name, w.host ?? name]);
    }
    case 'contradicted-named': return t('why_contradicted_named', name);
    case 'contradicted-denial':
      return t(w.closedList ? 'why_contradicted_closed_list' : `why_contradicted_${w.recipient.replace('-', '_')}`, name);
    case 'undisclosed':
      if (w.mentionedAs && w.mentionName) return t('why_undisclosed_aside', [w.mentionName, t(`why_aside_${w.mentionedAs.replace(/-/g, '_')}`)]) + others;
      return t(w.unknownCompany ? 'why_undisclosed_unknown' : 'why_undisclosed', name) + others;
  }
}

/** Other evidence, shown as its own kind next to the reason ("listed in the site's cookie banner"). */
export function otherEvidenceText(o: Row, t: Translate): string | null {
  return o.other?.tcfVendor !== undefined ? t('other_tcf_vendor', String(o.other.tcfVendor)) : null;
}
