/**
 * Finding the privacy-policy link on a page — pure scoring over link facts the content script
 * gathers (href, text, rel, footer position). rel="privacy-policy" is the strongest signal (it is
 * the HTML standard for exactly this); then link text in en/zh/de/fr/es/ja; then URL paths.
 * Cookie policies are kept as a lower-ranked fallback, flagged kind 'cookie'.
 */
import { parse } from 'tldts';

export interface LinkFacts {
  href: string;
  text: string;
  rel?: string;
  inFooter?: boolean;
  /** Index of the link in document order (later links score a little higher: footers are last). */
  position?: number;
}

export interface PolicyCandidate {
  url: string;
  text: string;
  score: number;
  kind: 'privacy' | 'cookie';
  sameSite: boolean;
}

/** Paths to try when the page links nothing usable (relative to the site origin). */
export const COMMON_POLICY_PATHS: readonly string[] = [
  '/privacy', '/privacy-policy', '/privacy_policy', '/privacypolicy', '/privacy.html', '/privacy-policy.html',
  '/legal/privacy', '/legal/privacy-policy', '/policies/privacy', '/about/privacy', '/privacy-notice',
  '/privacy-statement', '/en/privacy', '/help/privacy', '/datenschutz', '/datenschutzerklaerung',
];

const PRIVACY_TEXT: Array<[RegExp, number]> = [
  [/\bprivacy\s+(?:policy|notice|statement|center|centre)\b/i, 60],
  [/隐私政策|隐私权政策|个人信息保护政策|隐私声明|隐私保护指引|隐私条款/, 60],
  [/datenschutz(?:erkl[äa]rung|hinweise|richtlinie)?/i, 55],
  [/politique\s+de\s+confidentialit[ée]|confidentialit[ée]/i, 55],
  [/pol[ií]tica\s+de\s+privacidad|aviso\s+de\s+privacidad/i, 55],
  [/プライバシー\s*ポリシー|個人情報保護方針|個人情報の取り扱い|プライバシー/, 55],
  [/\bprivacy\b/i, 35],
];
const COOKIE_TEXT = /\bcookies?\s*(?:policy|notice|statement|settings)?\b|cookie\s*政策|cookie-richtlinie|politique\s+(?:relative\s+aux|de)\s+cookies/i;
const PRIVACY_PATH = /privacy|privacidad|datenschutz|confidentialit|yinsi|隐私|privacy-policy/i;
const COOKIE_PATH = /cookie/i;
const NEGATIVE_TEXT = /\b(?:settings|preferences|choices|do not sell|opt[- ]out|manage)\b/i;

function siteOf(url: URL): string {
  return parse(url.hostname).domain ?? url.hostname;
}

/** Rank candidate links; highest score first. Invalid and non-http(s) links are dropped. */
export function scorePolicyLinks(links: LinkFacts[], pageUrl: string): PolicyCandidate[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const pageSite = siteOf(page);
  const best = new Map<string, PolicyCandidate>();
  const total = Math.max(1, links.length);
  for (const l of links) {
    if (!l || typeof l.href !== 'string') continue;
    const raw = l.href.trim();
    if (/^(?:javascript|mailto|tel|data):/i.test(raw) || raw === '' || raw.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(raw, page);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const text = (l.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
    let score = 0;
    let kind: PolicyCandidate['kind'] = 'privacy';
    if (rel.includes('privacy-policy')) score += 100;
    let textScore = 0;
    for (const [re, pts] of PRIVACY_TEXT) if (re.test(text)) { textScore = Math.max(textScore, pts); }
    score += textScore;
    const path = decodeURIComponent(url.pathname);
    if (PRIVACY_PATH.test(path)) score += 20;
    if (textScore === 0 && !rel.includes('privacy-policy') && (COOKIE_TEXT.test(text) || COOKIE_PATH.test(path))) {
      kind = 'cookie';
      score += 25;
    }
    if (score === 0) continue;
    // "Privacy settings" / "Do not sell" are choices pages, not the policy itself.
    if (NEGATIVE_TEXT.test(text)) score -= 25;
    if (l.inFooter) score += 10;
    if (typeof l.position === 'number') score += Math.round((5 * Math.min(l.position, total)) / total);
    const sameSite = siteOf(url) === pageSite;
    score += sameSite ? 10 : -10;
    url.hash = '';
    const key = url.href;
    const prev = best.get(key);
    if (!prev || prev.score < score) best.set(key, { url: key, text, score, kind, sameSite });
  }
  return [...best.values()].filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.url.length - b.url.length);
}

export interface GpcSupport {
  gpc: boolean;
  lastUpdate?: string;
}

/** Parse /.well-known/gpc.json; returns null for anything that is not a valid GPC resource. */
export function parseGpcJson(text: string): GpcSupport | null {
  if (typeof text !== 'string' || text.length > 100_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const rec = data as Record<string, unknown>;
  if (typeof rec.gpc !== 'boolean') return null;
  const out: GpcSupport = { gpc: rec.gpc };
  if (typeof rec.lastUpdate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rec.lastUpdate)) out.lastUpdate = rec.lastUpdate;
  return out;
}
