/**
 * Organization verdicts. Every verdict reads only the policy ANALYSIS (the analyzer's one naming
 * decision, its category statements and its parsed denials) — there is no second look-up here that
 * could re-accept what the analyzer rejected. Order of the rules, each saying why it wins:
 *   1. no readable policy → `no-policy` (we never guess what an unread policy says);
 *   2. the policy's author, or a domain carrying the site's own name → not judged (null);
 *   3. a denial of session recording while this company's recorder runs → `contradicted`, even
 *      when the vendor is named: naming Hotjar does not make "we do not record keystrokes" true;
 *   4. named — the company, or a product of the kind we saw, or a domain it used → `named`;
 *   5. its kind of company disclosed ("analytics providers", "third parties … to measure traffic")
 *      → `category`. Disclosures beat blanket denials: such promises usually carry an explicit or
 *      implied "except the partners described above", and a false accusation is the worst error;
 *   6. a parsed denial that covers this company ("we do not share your personal information with
 *      third parties / advertisers / <this company>") while it received requests → `contradicted` — not a blanket
 *      "no third party" that the policy's own disclosure of an outside tracking party undoes (coveringDenial);
 *   7. a disclosure of its kind found only by the learned reader (policy/category-model.ts) → `category`:
 *      a reading no rule made may spare the site an accusation, never outrank a quoted denial;
 *   8. otherwise `undisclosed`.
 * The cookie banner's TCF vendor list is other evidence of its own kind: it never makes a company
 * `named` and never overrides a contradiction.
 */
import { hostOf, registrableDomain } from '../classify/party.ts';
import type { CategoryKey, CategoryStatement, Claim, Evidence, OrganizationVerdict, ProbeEvent, ThirdPartyStatement } from '../types.ts';
import type { PolicyContext } from './context.ts';
import { sameCompany } from '../policy/lexicon/same-company.ts';
import { CONSENT_TRACKING, disclosingCategories, isReplayHost, REPLAY_ORGS, SHARING_CONTRADICTS, TRACKING } from './vocabulary.ts';
import type { VerdictWhy, WhyRecipient } from '../types.ts';

export interface Mention { name: string; evidence: Evidence }

export interface Disclosure {
  /** Where the policy names this organization (a statement that covers what we saw). */
  named: (Mention & { via: 'sentence' | 'sdk-table' | 'domain' }) | null;
  /** Every covering statement (for data-type matching of data flows). */
  mentions: Mention[];
  /** Products of this company the policy names that do NOT cover what we saw ("Google Fonts"). */
  otherProducts: string[];
  category: { category: CategoryKey; evidence: Evidence; agentless?: true; learned?: true } | null;
}

export interface OrgFacts {
  siteDomain: string;
  probe: readonly ProbeEvent[];
  /** TrackerDB org → TCF vendor id, for vendors listed in the site's consent string. */
  tcfListed: ReadonlyMap<string, number>;
}

const WEAK_CATEGORY = /\baggregate|\banonymi[sz]ed|\banonymous|\bde-identified|\bnon-personal/i;

const domainsOf = (hosts: readonly string[]) => [...new Set(hosts.map((h) => registrableDomain(h)).filter(Boolean))];

/**
 * Does a statement naming `t` disclose traffic of kind `category`? The company itself: yes. A
 * tracking product (ads, analytics): any tracking traffic of that company. Any other product
 * (fonts, captcha, video, hosting): only traffic of its own kind.
 */
export function covers(t: Pick<ThirdPartyStatement, 'product'>, category: CategoryKey): boolean {
  if (!t.product) return true;
  if (TRACKING.has(t.product) && TRACKING.has(category)) return true;
  return t.product === category;
}

export function disclosureOf(row: Pick<OrganizationVerdict, 'org' | 'name' | 'category' | 'hosts'>, ctx: PolicyContext): Disclosure {
  const { analysis } = ctx;
  const mentions: Mention[] = [];
  const otherProducts: string[] = [];
  let named: Disclosure['named'] = null;
  const domains = new Set(domainsOf(row.hosts));
  for (const t of analysis.thirdParties) {
    if (t.domain) {
      if (!domains.has(t.domain)) continue;
      mentions.push({ name: t.name, evidence: t.evidence });
      named ??= { name: t.name, evidence: t.evidence, via: 'domain' };
      continue;
    }
    if (!sameCompany(t.org, row.org)) continue;
    if (!covers(t, row.category)) {
      if (!otherProducts.includes(t.name)) otherProducts.push(t.name);
      continue;
    }
    mentions.push({ name: t.name, evidence: t.evidence });
    named ??= { name: t.name, evidence: t.evidence, via: 'sentence' };
  }
  if (row.org) {
    for (const r of analysis.sdkRows) {
      if (!sameCompany(r.org, row.org)) continue;
      mentions.push({ name: r.sdk, evidence: r.evidence });
      if (!named || named.via !== 'sentence') named ??= { name: r.sdk, evidence: r.evidence, via: 'sdk-table' };
    }
  }
  let category: Disclosure['category'] = null;
  // An organization without a TrackerDB category ('unknown') is never covered by a category phrase.
  if (row.category !== 'unknown') {
    for (const cat of disclosingCategories(row.category)) {
      // Prefer a sentence about personal data over "we share aggregate information with advertisers".
      const hits = analysis.categories.filter((c) => c.category === cat && !c.learned);
      // A sentence that says who gets the data before one that only gives the cookies' purpose.
      const hit = hits.find((c) => !c.agentless && !WEAK_CATEGORY.test(c.evidence.text)) ?? hits.find((c) => !c.agentless) ?? hits[0];
      if (hit) { category = { category: cat, evidence: hit.evidence, ...(hit.agentless ? { agentless: true as const } : {}) }; break; }
    }
    // The learned reader's statement only where no rule found this kind (policy/category-model.ts).
    if (!category) {
      const learned = analysis.categories.find((c) => c.learned && disclosingCategories(row.category).includes(c.category));
      if (learned) category = { category: learned.category, evidence: learned.evidence, learned: true };
    }
  }
  return { named, mentions, otherProducts, category };
}

type Recorder = Extract<VerdictWhy, { code: 'contradicted-recording' }>;

/**
 * Replay evidence charged to THIS company: a replay vendor, a replay product's host, or the probe
 * catching scripts that all belong to it. A library on a CDN called by the site's own code is not
 * the company that listened — such findings stay with "a script on this page".
 */
function replaySeen(row: OrganizationVerdict, facts: OrgFacts): Recorder | null {
  if (row.org && REPLAY_ORGS.has(row.org)) return { code: 'contradicted-recording', recorder: 'vendor' };
  const host = row.hosts.find(isReplayHost);
  if (host) return { code: 'contradicted-recording', recorder: 'replay-host', host };
  const hosts = new Set(row.hosts);
  const domains = new Set(domainsOf(row.hosts));
  const mine = (url: string) => { const h = hostOf(url); return !!h && (hosts.has(h) || domains.has(registrableDomain(h))); };
  for (const e of facts.probe) {
    if (e.kind !== 'session-replay' && e.kind !== 'input-listeners') continue;
    const scripts = e.stackScripts?.length ? e.stackScripts : e.scriptUrl ? [e.scriptUrl] : [];
    if (scripts.length === 0 || !scripts.every(mine)) continue;
    return { code: 'contradicted-recording', recorder: e.kind === 'session-replay' ? 'probe-replay' : 'probe-listeners', host: hostOf(scripts[0]) };
  }
  return null;
}

/** The parsed denial (if any) that covers a company of this category receiving requests. */
export function coveringDenial(row: Pick<OrganizationVerdict, 'org' | 'category'>, claims: readonly Claim[], statements: readonly CategoryStatement[] = []): Claim | undefined {
  if (!TRACKING.has(row.category)) return undefined;
  // "我们不会与任何第三方共享您的个人信息" in a summary, and a crash-analytics SDK's provider receiving data in section 5: the
  // policy itself shows its "no third party" has exceptions it does not list, so it is no quotable promise about
  // any other company either (21st session). A denial about advertisers, or naming the company, is not undone so.
  const undone = statements.some((c) => !c.learned && !c.agentless && TRACKING.has(c.category));
  // "We do not sell your information" is not contradicted by a tracker on the page: collecting is not shown to be a
  // sale, and a verdict must not claim more than its quoted sentence says (10th session, enc2-033 / enc7-059).
  const sharing = claims.filter((c) => c.kind === 'no-sharing' && c.recipient);
  const byName = row.org ? sharing.find((c) => sameCompany(c.recipient, row.org)) : undefined;
  if (byName) return byName;
  return sharing.find((c) => {
    if (c.dataType && c.dataType !== 'any' && c.dataType !== 'Generic personal information') return false;
    // A closed list ("apart from the services listed, no one") covers every unlisted tracker; a
    // denial about third parties or advertisers only the advertising companies — analytics
    // vendors are often the site's own processors in its words.
    if (c.closedList) return CONSENT_TRACKING.has(row.category);
    if (c.recipient === 'third-parties' || c.recipient === 'anyone') return !undone && SHARING_CONTRADICTS.has(row.category);
    if (c.recipient === 'advertisers') return SHARING_CONTRADICTS.has(row.category);
    return false;
  });
}

/** Does this domain carry the site's own name ("mytoys.com" on mytoys.de, "verizon.com" on verizonwireless.com)? */
export function sameNameAsSite(domain: string, siteDomain: string): boolean {
  const a = domain.split('.')[0] ?? '';
  const b = siteDomain.split('.')[0] ?? '';
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

export interface Judged { row: OrganizationVerdict; disclosure: Disclosure | null }

export function judgeOrganization(input: OrganizationVerdict, ctx: PolicyContext, facts: OrgFacts): Judged {
  const tcf = input.org ? facts.tcfListed.get(input.org) : undefined;
  const base: OrganizationVerdict = { ...input, verdict: null, evidence: null, ...(tcf !== undefined ? { other: { tcfVendor: tcf } } : {}) };
  const plain = (why: VerdictWhy, verdict: OrganizationVerdict['verdict'] = null): Judged => ({ row: { ...base, verdict, why }, disclosure: null });
  if (ctx.readability === 'pending') return plain({ code: 'pending' });
  if (ctx.readability === 'none') return plain({ code: 'no-policy' }, 'no-policy');
  if (!input.org && input.category === 'unknown' && input.hosts.every((h) => sameNameAsSite(registrableDomain(h), facts.siteDomain))) {
    return plain({ code: 'site-own-name' });
  }
  if (input.org && ctx.analysis.ownerOrgs?.some((o) => sameCompany(o, input.org))) return plain({ code: 'policy-owner' });
  const d = disclosureOf(input, ctx);
  const out = (verdict: OrganizationVerdict['verdict'], evidence: Evidence | null, why: VerdictWhy): Judged => ({ row: { ...base, verdict, evidence, why }, disclosure: d });
  const others = d.otherProducts.length ? { otherProducts: d.otherProducts } : {};

  const recording = ctx.claims.find((c) => c.kind === 'no-session-recording');
  if (recording) {
    const why = replaySeen(input, facts);
    if (why) return out('contradicted', recording.evidence, why);
  }
  if (d.named) return out('named', d.named.evidence, { code: 'named', name: d.named.name, via: d.named.via });
  const byCategory = () => out('category', d.category!.evidence, { code: 'category', category: d.category!.category, ...(d.category!.agentless ? { agentless: true as const } : {}), ...(d.category!.learned ? { learned: true as const } : {}), ...others });
  if (d.category && !d.category.learned) return byCategory();
  const denial = coveringDenial(input, ctx.claims, ctx.analysis.categories);
  if (denial) {
    if (sameCompany(denial.recipient, input.org)) return out('contradicted', denial.evidence, { code: 'contradicted-named' });
    return out('contradicted', denial.evidence, { code: 'contradicted-denial', recipient: denial.recipient as WhyRecipient, ...(denial.closedList ? { closedList: true } : {}) });
  }
  // The learned reading stands in for "not disclosed" only: it never outranks a quoted denial (rule 7 above).
  if (d.category) return byCategory();
  // "Not mentioned" only when it is not: a company the policy names only as a log-in, a help link or in a denial is
  // shown with that sentence, so the reader can see the policy never says it receives their data.
  const aside = input.org ? ctx.analysis.asides?.find((a) => sameCompany(a.org, input.org)) : undefined;
  if (aside) return out('undisclosed', aside.evidence, { code: 'undisclosed', unknownCompany: false, mentionedAs: aside.as, mentionName: aside.name, ...others });
  return out('undisclosed', null, { code: 'undisclosed', unknownCompany: !input.org, ...others });
}
