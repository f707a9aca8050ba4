/**
 * Site summary: counts per verdict, a one-line headline in English or Chinese, and a score whose
 * every point is explained by a line, so the number is never a black box ("−8 Criteo: not mentioned
 * in the policy"). Organizations the site owns (verdict null) are left out of the counts.
 */
import type { ConsentFinding, DataFlowVerdict, OrganizationVerdict, SiteSummary, Verdict } from '../types.ts';

export type SummaryLanguage = 'en' | 'zh';

/** Points taken off per finding. Contradictions weigh most: the policy says the opposite of what happened. */
export const PENALTY = {
  noPolicy: 40,
  contradicted: 15,
  undisclosed: 8,
  category: 2,
  flowContradicted: 15,
  flowUndisclosed: 5,
  beforeConsent: 3,
  afterReject: 10,
  despiteGpc: 10,
} as const;

const VERDICTS: Verdict[] = ['named', 'category', 'undisclosed', 'contradicted', 'no-policy'];

export function countVerdicts(orgs: readonly Pick<OrganizationVerdict, 'verdict'>[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const o of orgs) if (o.verdict) counts[o.verdict]++;
  return counts;
}

/**
 * The one-sentence answer, in English or Chinese — the one implementation the popup, the dashboard,
 * the exported report and the CLI all show. It keeps the kinds apart: companies the policy NAMES,
 * companies it covers only by a general description ("advertising partners"), companies it does not
 * mention, and companies that did what it says does not happen (never counted as "not mentioned").
 */
export function headline(counts: Record<Verdict, number>, language: SummaryLanguage = 'en', pending = false): string {
  const n = VERDICTS.reduce((s, v) => s + counts[v], 0);
  const zh = language === 'zh';
  if (pending) return zh ? '正在读取该网站的隐私政策…' : "Reading this site's privacy policy…";
  if (n === 0) return zh ? '此页面上没有第三方公司追踪您' : 'No third-party companies tracked you on this page';
  const companies = n === 1 ? 'company' : 'companies';
  if (counts['no-policy'] > 0) {
    return zh
      ? `有 ${n} 家公司在这里追踪您，但我们没有找到该网站可读的隐私政策`
      : `${n} ${companies} tracked you here, and we found no readable privacy policy for this site`;
  }
  const { undisclosed: u, contradicted: c, category: k, named } = counts;
  if (u === 0 && c === 0) {
    if (k === 0) {
      return zh
        ? `在这里追踪您的 ${n} 家公司均在该网站的隐私政策中被点名`
        : n === 1 ? "The company that tracked you here is named in this site's privacy policy" : `All ${n} companies that tracked you here are named in this site's privacy policy`;
    }
    if (named === 0) {
      return zh
        ? `该网站的隐私政策没有点名在这里追踪您的 ${n} 家公司，只笼统提到了这类公司（如“广告合作伙伴”）`
        : `This site's privacy policy names none of the ${n} ${companies} that tracked you here; it only describes ${n === 1 ? 'its kind' : 'their kinds'} (such as "advertising partners")`;
    }
    return zh
      ? `在这里追踪您的 ${n} 家公司中，${named} 家在该网站的隐私政策中被点名，${k} 家只被笼统提及（如“广告合作伙伴”）`
      : `Of the ${n} companies that tracked you here, ${named} ${named === 1 ? 'is' : 'are'} named in this site's privacy policy and ${k} ${k === 1 ? 'is' : 'are'} only covered by a general description (such as "advertising partners")`;
  }
  if (u === 0) {
    return zh
      ? `在这里追踪您的 ${n} 家公司中，有 ${c} 家的行为与该网站隐私政策所述相矛盾`
      : `${c} of ${n} ${companies} that tracked you here did what this site's privacy policy says does not happen`;
  }
  // "Not disclosed", not "not mentioned": a policy may mention a company only as a log-in or in a link (its row quotes that).
  let line = zh
    ? `在这里追踪您的 ${n} 家公司中，有 ${u} 家未在该网站的隐私政策中披露`
    : `${u} of ${n} ${companies} that tracked you here ${u === 1 ? 'is' : 'are'} not disclosed in this site's privacy policy`;
  if (c > 0) line += zh ? `，另有 ${c} 家的行为与政策所述相矛盾` : `, and ${c} did what the policy says does not happen`;
  return line;
}

export function score(
  orgs: readonly OrganizationVerdict[],
  flows: readonly DataFlowVerdict[],
  consent: readonly ConsentFinding[],
): { value: number; lines: string[] } {
  const lines: string[] = ['100 to start with'];
  let value = 100;
  const take = (points: number, why: string) => { value -= points; lines.push(`−${points} ${why}`); };
  if (orgs.some((o) => o.verdict === 'no-policy')) take(PENALTY.noPolicy, 'no readable privacy policy');
  for (const o of orgs) {
    if (o.verdict === 'contradicted') take(PENALTY.contradicted, `${o.name}: the policy says the opposite of what we saw`);
    else if (o.verdict === 'undisclosed') take(PENALTY.undisclosed, `${o.name}: not mentioned in the policy`);
    else if (o.verdict === 'category') take(PENALTY.category, `${o.name}: only its kind of company is mentioned`);
  }
  for (const f of flows) {
    const who = f.recipientOrg ?? f.recipientDomain;
    if (f.verdict === 'contradicted') take(PENALTY.flowContradicted, `${f.kind} sent to ${who}, which the policy says it does not share`);
    else if (f.verdict === 'undisclosed') take(PENALTY.flowUndisclosed, `${f.kind} sent to ${who} without the policy saying so`);
  }
  // Consent findings per organization, not per host: one company with five hosts is one problem.
  const seen = new Set<string>();
  const points = { 'before-consent': PENALTY.beforeConsent, 'after-reject': PENALTY.afterReject, 'despite-gpc': PENALTY.despiteGpc } as const;
  const words = { 'before-consent': 'tracked you before you answered the consent banner', 'after-reject': 'kept tracking after you said no', 'despite-gpc': 'tracked you despite Global Privacy Control, which the site says it honours' } as const;
  for (const f of consent) {
    const key = `${f.moment}|${f.org ?? f.host}`;
    if (seen.has(key)) continue;
    seen.add(key);
    take(points[f.moment], `${f.name}: ${words[f.moment]}`);
  }
  if (value < 0) { lines.push(`score floored at 0 (from ${value})`); value = 0; }
  lines.push(`= ${value}`);
  return { value, lines };
}

export function siteSummary(
  orgs: readonly OrganizationVerdict[],
  flows: readonly DataFlowVerdict[],
  consent: readonly ConsentFinding[],
  language: SummaryLanguage = 'en',
  pending = false,
): SiteSummary {
  const counts = countVerdicts(orgs);
  return { counts, headline: headline(counts, language, pending), score: score(orgs, flows, consent) };
}
