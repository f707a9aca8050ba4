/**
 * A hostile site for the policy-fetch fence (tests/e2e/policy-fence.test.ts): its footer offers "privacy
 * policy" links to loopback addresses, localhost, a tracker with an identifier, an unrelated site, plain
 * http, and a same-site redirect chain that ends on loopback. Only its real policy (/privacy) is in the fence.
 */
export const HOSTILE_LINKS_HOST = 'www.hostile-links.example';

/** Where each hostile link points (the e2e test checks none of them reaches the demo server). */
export const HOSTILE_POLICY_LINKS = [
  'https://127.0.0.1/privacy',
  'https://127.0.0.2/privacy-policy',
  'https://localhost/privacy',
  'https://[::1]/privacy',
  'https://pixel.tracksy-metrics.example/privacy?uid=8f3a9c2b1d4e5f60',
  `https://${HOSTILE_LINKS_HOST}/privacy-policy?uid=8f3a9c2b1d4e5f60`,
  'https://www.unrelated-news.example/privacy',
  `http://${HOSTILE_LINKS_HOST}/privacy-notice`,
] as const;

/** Same-site start of a redirect chain: /legal/privacy → /legal/privacy-2 → https://127.0.0.1/privacy. */
export const REDIRECT_CHAIN = ['/legal/privacy', '/legal/privacy-2'] as const;
export const REDIRECT_CHAIN_END = 'https://127.0.0.1/privacy';

type Send = (status: number, type: string, body: string, extra?: Record<string, string>) => void;

export function serveHostileLinks(path: string, send: Send): void {
  if (path === '/') {
    const hostile = HOSTILE_POLICY_LINKS.map((href) => `<a rel="privacy-policy" href="${href.replace(/&/g, '&amp;')}">Privacy Policy</a>`).join(' · ');
    return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hostile links</title></head>
<body><h1>A shop whose footer lies</h1><p>Every "privacy policy" link below but one points where Fineprint must not go.</p>
<footer>${hostile} · <a href="${REDIRECT_CHAIN[0]}">Privacy Notice</a> · <a href="/privacy">Privacy</a></footer></body></html>`);
  }
  if (path === REDIRECT_CHAIN[0]) return send(302, 'text/plain', 'moved', { location: REDIRECT_CHAIN[1] });
  if (path === REDIRECT_CHAIN[1]) return send(302, 'text/plain', 'moved', { location: REDIRECT_CHAIN_END });
  if (path === '/privacy') {
    return send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title></head>
<body><h1>Privacy Policy</h1><p>This privacy policy explains which personal information Hostile Links Shop collects.</p>
<p>We collect your email address when you order. We use Google Analytics to measure traffic.</p></body></html>`);
  }
  return send(404, 'text/plain', 'not found');
}
