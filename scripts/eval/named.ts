/**
 * "Which organizations does this policy name as recipients?" — read off the analysis the verdicts use
 * (its third parties and SDK-table rows), so named-organization precision/recall measures the same
 * decision that makes a verdict `named`.
 */
import { findAliases } from '../../lib/core/policy/lexicon/matcher.ts';
import type { PolicyAnalysis } from '../../lib/core/types.ts';

export function namedOrgsOf(a: PolicyAnalysis): Set<string> {
  const out = new Set<string>();
  for (const t of a.thirdParties) if (t.org) out.add(t.org);
  for (const r of a.sdkRows) if (r.org) out.add(r.org);
  return out;
}

/** Every organization any lexicon alias points at somewhere in the text, whatever the naming decision said. */
export function mentionedOrgs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of findAliases(text)) if (m.entry) out.add(m.entry.org);
  return out;
}
