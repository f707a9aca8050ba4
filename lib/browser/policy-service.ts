/**
 * Finds, fetches, reads and stores each visited site's privacy policy.
 *
 *  1. candidates: the page's own links, scored by lib/core/policy/discover.ts; if none, the site's home
 *     page's links; then a few common paths — at most once per site per day;
 *  2. fetch (lib/browser/policy-fetch.ts: credentials omitted, capped, timed out) — only inside the fence
 *     (lib/core/policy/fence.ts): candidates the fence refuses are dropped before they use up a slot;
 *  3. main text (lib/dom/html-to-text on a DOM: offscreen document in Chrome, DOMParser in Firefox);
 *  4. analyse (lib/core/policy, pure) and store by site + content hash, keeping the previous version and
 *     the sentences added/removed.
 * `/.well-known/gpc.json` is read alongside. Every failure becomes a status with a reason, never a throw.
 */
import { analyzePolicy } from '../core/policy/extract';
import { COMMON_POLICY_PATHS, parseGpcJson, scorePolicyLinks } from '../core/policy/discover';
import { checkPolicyUrl, type FenceContext } from '../core/policy/fence';
import { diffSentences } from '../core/policy/diff';
import { sha256 } from '../core/classify/hash';
import type { PolicyStatus } from '../core/types';
import type { PolicyLinkCandidate } from '../messaging/protocol';
import type { FineprintDb, SiteRow } from '../store/db';
import type { FetchedDocument } from './policy-fetch';

export const RECHECK_AFTER_MS = 24 * 60 * 60 * 1000;
const MAX_CANDIDATES = 4;

export interface PolicyServiceDeps {
  /** Fetches inside the fence `fence` describes (the adapter checks every hop again). */
  fetchDocument(url: string, fence: FenceContext): Promise<FetchedDocument>;
  /** Registrable domains of the site's owner (its policy and web domains, from the tracker database). */
  ownerDomains?(pageUrl: string): string[];
  extractHtml(html: string, url: string): Promise<{ title: string; text: string; reader?: number }>;
  now?: () => number;
  log?: (msg: string) => void;
  /** Called after a site's policy status or version changed (verdicts are recomputed). */
  onPolicyUpdated?(site: string): void;
}

/** `reader`: the HTML reader's version for a page read from HTML (none for a text document). */
type Outcome = { ok: true; url: string; text: string; reader?: number } | { ok: false; status: PolicyStatus; reason: string };

/** Anchors of an HTML page, by a bounded scan (used only for the home-page fallback). */
export function anchorsOf(html: string, base: string): PolicyLinkCandidate[] {
  const out: PolicyLinkCandidate[] = [];
  const re = /<a\b[^>]{0,500}?href\s*=\s*["']([^"'<>]{1,2048})["'][^>]{0,500}>([^<]{0,300})/gi;
  const footerAt = html.search(/<footer\b/i);
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) && out.length < 500) {
    let href: string;
    try { href = new URL(m[1], base).href; } catch { continue; }
    out.push({ href, text: m[2].replace(/\s+/g, ' ').trim(), inFooter: footerAt >= 0 && m.index > footerAt, position: out.length });
  }
  return out;
}

export class PolicyService {
  private inFlight = new Map<string, Promise<void>>();
  private readonly now: () => number;

  constructor(private readonly db: FineprintDb, private readonly deps: PolicyServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** A page of `site` reported its candidate links. Runs discovery unless done recently. */
  onPageLinks(site: string, pageUrl: string, links: PolicyLinkCandidate[]): Promise<void> {
    const running = this.inFlight.get(site);
    if (running) return running;
    const job = this.discover(site, pageUrl, links)
      .catch((error) => this.deps.log?.(`[policy] ${site}: ${String(error)}`))
      .finally(() => this.inFlight.delete(site));
    this.inFlight.set(site, job);
    return job;
  }

  private async discover(site: string, pageUrl: string, links: PolicyLinkCandidate[]): Promise<void> {
    const row = await this.db.sites.get(site);
    if (row?.checkedAt && this.now() - row.checkedAt < RECHECK_AFTER_MS && row.policyStatus !== 'pending') return;
    const origin = new URL(pageUrl).origin;
    const fence: FenceContext = { pageUrl, linked: links.map((l) => l.href), ownerDomains: this.deps.ownerDomains?.(pageUrl) ?? [] };
    const [outcome, gpcJson] = await Promise.all([this.findPolicy(pageUrl, origin, links, fence), this.readGpcJson(origin, fence)]);
    await this.store(site, outcome, gpcJson);
  }

  private async findPolicy(pageUrl: string, origin: string, links: PolicyLinkCandidate[], fence: FenceContext): Promise<Outcome> {
    const tried = new Set<string>();
    let last: Outcome = { ok: false, status: 'not-found', reason: 'no privacy policy link found on the page, its home page or common paths' };
    const attempt = async (urls: string[]): Promise<Outcome | null> => {
      for (const url of urls) {
        const key = url.split('#')[0];
        if (tried.has(key)) continue;
        tried.add(key);
        const result = await this.read(key, fence);
        if (result.ok) return result;
        if (result.status !== 'not-found') last = result;
      }
      return null;
    };
    // A hostile page's links to loopback or a tracker must not crowd out the real policy link.
    const ranked = (l: PolicyLinkCandidate[], base: string) => scorePolicyLinks(l, base).map((c) => c.url)
      .filter((url) => checkPolicyUrl(url, fence).ok).slice(0, MAX_CANDIDATES);
    const fromPage = await attempt(ranked(links, pageUrl));
    if (fromPage) return fromPage;
    if (new URL(pageUrl).pathname !== '/') {
      const home = await this.deps.fetchDocument(`${origin}/`, fence);
      if (home.ok && home.kind === 'html') {
        const homeLinks = anchorsOf(home.body, home.url);
        fence = { ...fence, linked: [...(fence.linked ?? []), ...homeLinks.map((l) => l.href)] };
        const fromHome = await attempt(ranked(homeLinks, home.url));
        if (fromHome) return fromHome;
      }
    }
    return (await attempt(COMMON_POLICY_PATHS.map((p) => `${origin}${p}`))) ?? last;
  }

  /** Fetch + extract + sanity check: is this text a privacy policy at all? */
  private async read(url: string, fence: FenceContext): Promise<Outcome> {
    const doc = await this.deps.fetchDocument(url, fence);
    if (!doc.ok && doc.status === 'refused') this.deps.log?.(`[policy] ${doc.url}: ${doc.reason}`);
    if (!doc.ok) return { ok: false, status: doc.status === 'fetch-failed' || doc.status === 'refused' ? 'not-found' : doc.status, reason: doc.reason };
    const page = doc.kind === 'html' ? await this.deps.extractHtml(doc.body, doc.url) : { text: doc.body, reader: undefined };
    const text = page.text;
    if (!text.trim()) return { ok: false, status: 'empty', reason: `${doc.url} has no readable text` };
    if (!/privacy|personal (data|information)|隐私|个人信息|datenschutz|confidentialit|privacidad|個人情報/i.test(text.slice(0, 200_000))) {
      return { ok: false, status: 'not-found', reason: `${doc.url} does not read like a privacy policy` };
    }
    return { ok: true, url: doc.url, text, reader: page.reader };
  }

  private async readGpcJson(origin: string, fence: FenceContext): Promise<SiteRow['gpcJson']> {
    const doc = await this.deps.fetchDocument(`${origin}/.well-known/gpc.json`, fence);
    return doc.ok ? parseGpcJson(doc.body) : null;
  }

  private async store(site: string, outcome: Outcome, gpcJson: SiteRow['gpcJson']): Promise<void> {
    const now = this.now();
    const existing = await this.db.sites.get(site);
    const base: SiteRow = existing ?? { site, policyStatus: 'pending', lastVisit: now };
    if (!outcome.ok) {
      // A failed re-check keeps the last good version: the verdicts stay judged against it.
      const keepFound = existing?.policyStatus === 'found' && existing.policyHash;
      await this.db.sites.put({ ...base, checkedAt: now, gpcJson, policyReason: outcome.reason, policyStatus: keepFound ? 'found' : outcome.status });
      this.deps.onPolicyUpdated?.(site);
      return;
    }
    const hash = sha256(outcome.text);
    if (existing?.policyHash === hash) {
      await this.db.sites.put({ ...base, checkedAt: now, gpcJson, policyStatus: 'found', policyUrl: outcome.url, policyReason: undefined });
      return;
    }
    const { text, ...analysis } = analyzePolicy(outcome.text, { siteDomain: site });
    const previous = existing?.policyHash ? await this.db.policies.get(`${site}|${existing.policyHash}`) : undefined;
    // The same page read by another version of the HTML reader gives other text though the site changed nothing: that
    // version is a re-reading, kept without a sentence diff that would say the site added or removed them.
    const reread = previous !== undefined && previous.reader !== outcome.reader;
    await this.db.transaction('rw', [this.db.policies, this.db.sites], async () => {
      await this.db.policies.put({
        key: `${site}|${hash}`, site, hash, url: outcome.url, fetchedAt: now, text, analysis,
        previousHash: previous?.hash,
        diff: previous && !reread ? diffSentences(previous.text, text) : undefined,
        ...(outcome.reader !== undefined ? { reader: outcome.reader } : {}),
        ...(reread ? { reread: true } : {}),
      });
      await this.db.sites.put({ ...base, checkedAt: now, gpcJson, policyStatus: 'found', policyUrl: outcome.url, policyHash: hash, policyReason: undefined });
    });
    this.deps.onPolicyUpdated?.(site);
  }
}
