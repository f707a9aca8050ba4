/**
 * "Which organizations does this policy name as recipients?" — read off the analysis the verdicts use
 * (its third parties and SDK-table rows), so named-organization precision/recall measures the same
 * decision that makes a verdict `named`.
 */
import { readFileSync } from 'node:fs';
import { findAliases } from '../../lib/core/policy/lexicon/matcher.ts';
import type { PolicyAnalysis } from '../../lib/core/types.ts';

let domainOrgs: Map<string, string> | undefined;
/** TrackerDB's registrable domains → the organization of the pattern each belongs to ("googletagmanager.com" → google). */
function orgOfDomain(domain: string): string | undefined {
  if (!domainOrgs) {
    const db = JSON.parse(readFileSync(new URL('../../node_modules/@ghostery/trackerdb/dist/trackerdb.json', import.meta.url), 'utf8')) as {
      domains: Record<string, string>; patterns: Record<string, { organization: string | null }>;
    };
    domainOrgs = new Map();
    for (const [d, pattern] of Object.entries(db.domains)) { const org = db.patterns[pattern]?.organization; if (org) domainOrgs.set(d, org); }
  }
  return domainOrgs.get(domain);
}

/**
 * A bare domain the policy names ("scripts load from www.googletagmanager.com") counts for the company TrackerDB files
 * that domain under: the verdicts match such a mention against the hosts the company's requests went to.
 */
export function namedOrgsOf(a: PolicyAnalysis): Set<string> {
  const out = new Set<string>();
  for (const t of a.thirdParties) {
    if (t.org) out.add(t.org);
    else if (t.domain) { const org = orgOfDomain(t.domain); if (org) out.add(org); }
  }
  for (const r of a.sdkRows) if (r.org) out.add(r.org);
  return out;
}

/** Every organization any lexicon alias points at somewhere in the text, whatever the naming decision said. */
export function mentionedOrgs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of findAliases(text)) if (m.entry) out.add(m.entry.org);
  return out;
}
