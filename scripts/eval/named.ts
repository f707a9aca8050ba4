/**
 * "Which organizations does this policy name as recipients?" — read off the analysis the verdicts use
 * (its third parties and SDK-table rows), so named-organization precision/recall measures the same
 * decision that makes a verdict `named`.
 */
import type { PolicyAnalysis } from '../../lib/core/types.ts';

export function namedOrgsOf(a: PolicyAnalysis): Set<string> {
  const out = new Set<string>();
  for (const t of a.thirdParties) if (t.org) out.add(t.org);
  for (const r of a.sdkRows) if (r.org) out.add(r.org);
  return out;
}
