/**
 * Collects the page's candidate privacy-policy links for the background to score
 * (lib/core/policy/discover.ts). Only links whose text or URL hints at privacy/cookies, or that sit
 * in the footer, are sent — a page with 5,000 links costs one pass and a small message.
 */
import type { PolicyLinkCandidate } from '../messaging/protocol';

const HINT = /privacy|privacidad|confidentialit|datenschutz|プライバシー|個人情報|隐私|个人信息|cookie|legal|policy|policies/i;
const MAX_LINKS = 60;

export function collectPolicyLinks(doc: Document): PolicyLinkCandidate[] {
  const anchors = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'));
  const out: PolicyLinkCandidate[] = [];
  anchors.forEach((a, index) => {
    if (out.length >= MAX_LINKS) return;
    const href = a.href;
    if (!/^https?:/i.test(href)) return;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    const rel = a.getAttribute('rel') ?? undefined;
    const inFooter = Boolean(a.closest('footer, [role="contentinfo"], #footer, .footer'));
    if (!inFooter && !HINT.test(text) && !HINT.test(href) && !(rel ?? '').includes('privacy')) return;
    out.push({ href: href.slice(0, 2048), text, rel, inFooter, position: index });
  });
  return out;
}
