/**
 * The CSV export's words (lib/core/report/csv.ts CsvWords) from the same messages as the HTML report:
 * headers, verdicts, categories, policy states and reasons in the reader's language.
 */
import type { CsvWords } from '../../lib/core/report/csv';
import type { Translate } from '../common/i18n';
import { categoryMessageKey } from '../site/model';
import { otherEvidenceText, whyText } from '../site/why';
import { verdictLabel } from './format';

export function csvWords(t: Translate): CsvWords {
  return {
    lang: t('common_lang'),
    column: (c) => t(`csv_col_${c}`),
    verdict: (v) => verdictLabel(t, v),
    category: (c) => t(categoryMessageKey(c)),
    policyStatus: (s) => t(`report_policy_status_${s.replace(/-/g, '_')}`),
    reason: (o) => whyText(o, t),
    otherEvidence: (o) => otherEvidenceText(o, t) ?? '',
  };
}
