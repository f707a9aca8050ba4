/**
 * Organization verdicts: does the policy name this company, only its category, nothing, or deny
 * what we saw? Order of the rules (each says why it wins over the next):
 *   1. no readable policy → `no-policy` (we never guess what an unread policy says);
 *   2. a denial of session recording while a replay tool runs → `contradicted`, even when the
 *      vendor is named: naming Hotjar does not make "we do not record keystrokes" true;
 *   3. named by the analyzer, the SDK table, the safety net (aliases, TrackerDB name, domain) or the
 *      site's TCF vendor list → `named`;
 *   4. "we do not share … with <this org>" → `contradicted`;
 *   5. an ad/analytics company missing from a closed list ("apart from the third parties listed
 *      here we share with no one") → `contradicted`, even if a category phrase introduced the list;
 *   6. its category disclosed ("advertising partners") → `category`;
 *   7. a blanket "we do not share/sell … with third parties/advertisers" while an ad company
 *      receives requests → `contradicted`;
 *   8. otherwise `undisclosed`.
 * Unknown parties carrying the site's own name ("mytoys.com" on mytoys.de) are not judged (null).
 * Named/category disclosures beat blanket denials (7) because such promises usually carry an
 * explicit or implied "except the partners described above".
 */
import { hostOf, registrableDomain } from '../classify/party.ts';
import type { CategoryKey, Claim, Evidence, OrganizationVerdict, ProbeEvent } from '../types.ts';
import type { PolicyContext } from './context.ts';
import { negatedBefore } from '../policy/negation.ts';
import { domainMention, nameMention, nameVariants, sentenceAt, type Mention } from './mentions.ts';
import { CATEGORY_LABEL, CONSENT_TRACKING, disclosingCategories, isReplayHost, REPLAY_ORGS, SHARING_CONTRADICTS } from './vocabulary.ts';

export interface Disclosure {
  /** Where the policy names the organization (first, best source). */
  named: (Mention & { source: 'analyzer' | 'sdk-table' | 'alias' | 'name' | 'domain' }) | null;
  /** Every sentence naming the organization (for data-type matching). */
  mentions: Mention[];
  category: { category: CategoryKey; evidence: Evidence } | null;
}

export interface OrgFacts {
  siteDomain: string;
  probe: readonly ProbeEvent[];
  /** TrackerDB org → TCF vendor id, for vendors listed in the site's consent string. */
  tcfListed: ReadonlyMap<string, number>;
}

const WEAK_CATEGORY = /\baggregate|\banonymi[sz]ed|\banonymous|\bde-identified|\bnon-personal/i;

const domainsOf = (hosts: readonly string[]) => [...new Set(hosts.map((h) => registrableDomain(h)).filter(Boolean))];

export function disclosureOf(row: Pick<OrganizationVerdict, 'org' | 'name' | 'category' | 'hosts'>, ctx: PolicyContext): Disclosure {
  const { analysis, text } = ctx;
  const mentions: Mention[] = [];
  let named: Disclosure['named'] = null;
  if (row.org) {
    for (const t of analysis.thirdParties) {
      if (t.org !== row.org) continue;
      mentions.push({ name: t.name, evidence: t.evidence });
      named ??= { name: t.name, evidence: t.evidence, source: 'analyzer' };
    }
    for (const r of analysis.sdkRows) {
      if (r.org !== row.org) continue;
      mentions.push({ name: r.sdk, evidence: r.evidence });
      named ??= { name: r.sdk, evidence: r.evidence, source: 'sdk-table' };
    }
    for (const m of ctx.mentions().get(row.org) ?? []) {
      if (!mentions.some((x) => x.evidence.start === m.evidence.start)) mentions.push(m);
      named ??= { ...m, source: 'alias' };
    }
    if (!named) {
      const m = nameMention(text, nameVariants(row.name));
      if (m) { mentions.push(m); named = { ...m, source: 'name' }; }
    }
  }
  if (!named) {
    for (const d of domainsOf(row.hosts)) {
      const m = domainMention(text, d);
      if (m) { mentions.push(m); named = { ...m, source: 'domain' }; break; }
    }
  }
  let category: Disclosure['category'] = null;
  const wanted = disclosingCategories(row.category);
  // An organization without a TrackerDB category ('unknown') is never covered by a category phrase.
  if (row.category !== 'unknown') {
    // Prefer the most specific phrase: "advertising partners" over "service providers" for hosting.
    for (const cat of wanted) {
      // Prefer a sentence about personal data over "we share aggregate/anonymous information with advertisers".
      const hits = analysis.categories.filter((c) => c.category === cat);
      const hit = hits.find((c) => !WEAK_CATEGORY.test(c.evidence.text)) ?? hits[0];
      if (hit) { category = { category: cat, evidence: hit.evidence }; break; }
    }
  }
  if (!category && row.category === 'customer_interaction') category = serviceKindCategory(text);
  return { named, mentions, category };
}

const CUSTOMER_SERVICE = /\bcustomer (?:service|support|care)\b|\blive chat\b|\bchat support\b|客服/gi;
const PROVIDER_CUE = /service providers?|third[- ]part(?:y|ies)|\bvendors?\b|services (?:to|for) us|on our behalf|服务提供商|服务商|第三方/i;

/**
 * Policies often disclose service providers by the job they do ("service providers … provide
 * billing, analytics, customer service …") rather than with a category noun. A chat or support
 * widget is covered when such a sentence (or the two before it, same paragraph) names customer
 * service and service providers. Only this one kind: "advertising" in a provider list is too loose.
 */
function serviceKindCategory(text: string): Disclosure['category'] {
  CUSTOMER_SERVICE.lastIndex = 0;
  let tries = 0;
  for (let m = CUSTOMER_SERVICE.exec(text); m && tries < 30; m = CUSTOMER_SERVICE.exec(text), tries++) {
    const ev = sentenceAt(text, m.index);
    if (negatedBefore(ev.text, m.index - ev.start)) continue;
    let context = ev.text;
    let at = ev.start;
    for (let k = 0; k < 2 && at > 1 && text[at - 1] !== '\n'; k++) {
      const prev = sentenceAt(text, at - 2);
      context = `${prev.text} ${context}`;
      at = prev.start;
    }
    if (PROVIDER_CUE.test(context)) return { category: 'customer_interaction', evidence: ev };
  }
  return null;
}

/** Replay evidence: a replay vendor, a replay product's host, or the probe catching one of its scripts. */
function replaySeen(row: OrganizationVerdict, facts: OrgFacts): string | null {
  if (row.org && REPLAY_ORGS.has(row.org)) return `${row.name} is a session-recording tool`;
  const host = row.hosts.find(isReplayHost);
  if (host) return `${host} serves a session-recording product`;
  const hosts = new Set(row.hosts);
  const domains = new Set(domainsOf(row.hosts));
  for (const e of facts.probe) {
    if (e.kind !== 'session-replay' && e.kind !== 'input-listeners') continue;
    const h = e.scriptUrl ? hostOf(e.scriptUrl) : '';
    if (h && (hosts.has(h) || domains.has(registrableDomain(h)))) {
      return e.kind === 'session-replay'
        ? `a script from ${h} recorded the page (session replay)`
        : `a script from ${h} listened to what you typed`;
    }
  }
  return null;
}

const THIRD_PARTY_RECIPIENT = /third|advertis|marketer|data broker|partner|第三方|广告/i;

/** A blanket promise about sharing with third parties / advertisers (not one naming an org). */
export function isBlanketSharingDenial(c: Claim): boolean {
  if (c.kind === 'no-third-party-tracking') return true;
  if (c.kind !== 'no-sharing' && c.kind !== 'no-sale') return false;
  if (c.dataType && c.dataType !== 'any' && c.dataType !== 'Generic personal information') return false;
  // "We do not sell your personal information" names no recipient: selling is a legal notion we
  // cannot observe, so only a promise that names third parties/advertisers is held against a request.
  if (!c.recipient) return c.kind === 'no-sharing';
  return THIRD_PARTY_RECIPIENT.test(c.recipient);
}

const CLOSED_LIST = /除(?:本政策|本隐私政策|上述|以上|前述|下述|下列)[^，。；]{0,30}外|\b(?:other than|except(?: for)?) (?:those|the (?:third parties|partners|services|companies|providers)) (?:listed|named|identified) (?:above|below|in this (?:policy|notice))/i;

/** A sharing denial that makes the policy's list of third parties exhaustive. */
export function isClosedListPromise(c: Claim): boolean {
  return c.kind === 'no-sharing' && CLOSED_LIST.test(c.evidence.text);
}

/** Does the site's own name appear in this domain ("mytoys.com" on mytoys.de, "verizon.com" on verizonwireless.com)? */
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
  const row = input;
  const base: OrganizationVerdict = { ...row, verdict: null, evidence: null };
  const plain = (r: OrganizationVerdict): Judged => ({ row: r, disclosure: null });
  const tcf = row.org ? facts.tcfListed.get(row.org) : undefined;
  if (ctx.readability === 'pending') return plain({ ...base, reason: 'The privacy policy is still being read.' });
  if (ctx.readability === 'none') {
    const extra = tcf !== undefined ? ` (it is listed in the consent banner as TCF vendor ${tcf})` : '';
    return plain({ ...base, verdict: 'no-policy', reason: `No readable privacy policy was found, so we cannot tell whether it mentions ${row.name}${extra}.` });
  }
  if (!row.org && row.category === 'unknown' && row.hosts.every((h) => sameNameAsSite(registrableDomain(h), facts.siteDomain))) {
    return plain({ ...base, reason: `${row.name} carries the site's own name, so it is probably the site itself; not judged.` });
  }
  const d = disclosureOf(row, ctx);
  const out = (verdict: OrganizationVerdict['verdict'], evidence: Evidence | null, reason: string): Judged => ({ row: { ...base, verdict, evidence, reason: reason.replace(/\.\.$/, '.') }, disclosure: d });

  const recording = ctx.claims.find((c) => c.kind === 'no-session-recording');
  if (recording) {
    const why = replaySeen(row, facts);
    if (why) return out('contradicted', recording.evidence, `The policy says it does not record mouse movements or keystrokes, but ${why}.`);
  }
  if (d.named) {
    const how = d.named.source === 'sdk-table' ? 'lists' : 'names';
    return out('named', d.named.evidence, `The policy ${how} ${d.named.name}.`);
  }
  if (tcf !== undefined) return out('named', null, `Listed as a vendor in the site's consent banner (TCF vendor ${tcf}).`);
  const denial = row.org ? ctx.claims.find((c) => c.kind === 'no-sharing' && c.recipient === row.org) : undefined;
  if (denial) return out('contradicted', denial.evidence, `The policy says it does not share data with ${row.name}, but ${row.name} received requests from this page.`);
  // "Apart from the third parties listed in this policy, we share with no one": the list is closed,
  // so a category phrase introducing it ("for analytics we use the following services") does not
  // cover a tracker missing from it.
  const closed = CONSENT_TRACKING.has(row.category) ? ctx.claims.find(isClosedListPromise) : undefined;
  if (closed) {
    return out('contradicted', closed.evidence, `The policy says that apart from the third parties it lists it shares your personal information with no one, but ${row.name}, which it does not list, received requests from this page.`);
  }
  if (d.category) {
    return out('category', d.category.evidence, `The policy mentions ${CATEGORY_LABEL[d.category.category].en} companies but does not name ${row.name}.`);
  }
  if (SHARING_CONTRADICTS.has(row.category)) {
    const blanket = ctx.claims.find(isBlanketSharingDenial);
    if (blanket) return out('contradicted', blanket.evidence, `The policy says it does not share your data with third parties or advertisers, but the advertising company ${row.name} received requests from this page.`);
  }
  return out('undisclosed', null, `The privacy policy does not mention ${row.name}${row.org ? '' : ' (a company we could not identify)'}.`);
}
