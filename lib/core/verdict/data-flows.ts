/**
 * Data-flow verdicts: a piece of personal data (an email, a phone number …) left the page for a
 * recipient — did the policy say that *this type* goes to *this company* (`named`) or to its kind of
 * company (`category`), say nothing (`undisclosed`), or deny it (`contradicted`)?
 * A company being named somewhere does not disclose every datum it receives: "we use Segment for
 * analytics" does not tell the reader that their email address goes to Segment.
 */
import { sameCompany } from '../policy/lexicon/same-company.ts';
import { DATA_TYPE_TERMS } from '../policy/lexicon/terms.ts';
import type { Claim, DataFlow, DataFlowVerdict, DataType, Evidence } from '../types.ts';
import type { PolicyContext } from './context.ts';
import { coveringDenial, type Judged } from './match.ts';
import { disclosingCategories } from './vocabulary.ts';

const TYPE_RES = new Map<DataType, RegExp>(DATA_TYPE_TERMS.map((t) => [t.type, new RegExp(t.pattern, 'iu')]));

/** Does this sentence talk about data of type `type`? */
export function mentionsType(text: string, type: DataType): boolean {
  return TYPE_RES.get(type)?.test(text) ?? false;
}

/** A promise not to share data of this very type ("we do not share your email address with third parties"). */
function typedDenial(c: Claim, flow: DataFlow): boolean {
  // Not a no-sale promise: the flow shows data going there, not that it was sold (as in coveringDenial).
  if (c.kind !== 'no-sharing') return false;
  // Only parsed denials carry a recipient; a bare "we do not sell your email" names no one we can check.
  if (!c.recipient) return false;
  if (sameCompany(c.recipient, flow.recipientOrg)) return true;
  return c.dataType === flow.type && (c.recipient === 'third-parties' || c.recipient === 'anyone' || c.recipient === 'advertisers');
}

export function judgeDataFlow(flow: DataFlow, ctx: PolicyContext, recipient: Judged | undefined): DataFlowVerdict {
  const out = (verdict: DataFlowVerdict['verdict'], policyEvidence: Evidence | null): DataFlowVerdict => ({ ...flow, verdict, policyEvidence });
  if (ctx.readability === 'pending') return out(null, null);
  if (ctx.readability === 'none') return out('no-policy', null);

  const mentions = recipient?.disclosure?.mentions ?? [];
  const named = mentions.find((m) => mentionsType(m.evidence.text, flow.type));
  if (named) return out('named', named.evidence);

  const category = recipient?.row.category ?? 'unknown';
  if (category !== 'unknown') {
    const covering = new Set(disclosingCategories(category));
    const catSentences = new Set(ctx.analysis.categories.filter((c) => covering.has(c.category) && !c.learned).map((c) => c.evidence.start));
    const hit = ctx.analysis.dataTypes.find((d) => d.type === flow.type && d.shared && catSentences.has(d.evidence.start));
    if (hit) return out('category', hit.evidence);
  }

  const typed = ctx.claims.find((c) => typedDenial(c, flow));
  if (typed) return out('contradicted', typed.evidence);
  // A blanket "we do not share your personal information with third parties" stands against data
  // sent to a company the policy never mentions — a named/categorised recipient is the usual
  // "except as described above" exception, so that flow stays merely undisclosed.
  const recipientVerdict = recipient?.row.verdict;
  if ((recipientVerdict === 'undisclosed' || recipientVerdict === 'contradicted') && recipient) {
    const blanket = coveringDenial(recipient.row, ctx.claims, ctx.analysis.categories);
    if (blanket) return out('contradicted', blanket.evidence);
  }
  return out('undisclosed', null);
}
