/**
 * Consent moments, as pure functions over timestamps (ms since epoch):
 *  - before-consent: an advertising/analytics host first fired before the person answered a
 *    consent banner we detected (or the banner was never answered);
 *  - after-reject: it still fired after the person rejected;
 *  - despite-gpc: the site says it honours Global Privacy Control (policy claim or
 *    /.well-known/gpc.json) and an advertising host received requests carrying Sec-GPC.
 * One finding per (moment, host): per-host first/last times are what the recorder keeps.
 */
import type { CategoryKey, Claim, ConsentFinding } from '../types.ts';
import { CONSENT_TRACKING, GPC_TRACKING } from './vocabulary.ts';

/** First and last request time per host on one page visit (hostStats). */
export interface HostTiming {
  host: string;
  org: string | null;
  name: string;
  category: CategoryKey;
  first: number;
  last: number;
  /** Whether requests to this host carried `Sec-GPC: 1`; undefined = as the page (GpcFacts.sent). */
  gpc?: boolean;
}

export interface ConsentEvents {
  /** When a consent banner (CMP) was detected on the page; null/undefined = no banner seen. */
  bannerShownAt?: number | null;
  /** When the person answered it. */
  answeredAt?: number | null;
  answer?: 'accept' | 'reject' | 'partial' | null;
  /** TC string read from the page, when the CMP speaks TCF. */
  tcString?: string | null;
}

export interface GpcFacts {
  /** The browser sent Sec-GPC on this page's requests. */
  sent: boolean;
  /** When GPC was first sent (page start), if known. */
  sentAt?: number | null;
  /** /.well-known/gpc.json said {"gpc": true}. */
  siteDeclares?: boolean | null;
}

export interface ConsentOptions {
  /**
   * Requests that start this soon after a rejection are not counted: the click handler runs before
   * the tag manager hears about it, and a beacon queued a moment earlier is not the site ignoring
   * the answer. Accusing on that race would be a false accusation.
   */
  rejectGraceMs?: number;
}

export const DEFAULT_REJECT_GRACE_MS = 1000;

export function consentFindings(
  hosts: readonly HostTiming[],
  consent: ConsentEvents | null | undefined,
  gpc: GpcFacts | null | undefined,
  claims: readonly Claim[],
  options: ConsentOptions = {},
): ConsentFinding[] {
  const out: ConsentFinding[] = [];
  const grace = options.rejectGraceMs ?? DEFAULT_REJECT_GRACE_MS;
  const base = (h: HostTiming) => ({ org: h.org, name: h.name, host: h.host });

  if (consent?.bannerShownAt != null) {
    const answered = consent.answeredAt ?? null;
    for (const h of hosts) {
      if (!CONSENT_TRACKING.has(h.category)) continue;
      if (answered === null || h.first < answered) {
        out.push({ moment: 'before-consent', ...base(h), requestTime: h.first, consentTime: answered });
      }
    }
    if (consent.answer === 'reject' && answered !== null) {
      for (const h of hosts) {
        if (CONSENT_TRACKING.has(h.category) && h.last > answered + grace) {
          out.push({ moment: 'after-reject', ...base(h), requestTime: h.last, consentTime: answered });
        }
      }
    }
  }

  const claim = claims.find((c) => c.kind === 'honours-gpc') ?? null;
  if (gpc?.sent && (claim || gpc.siteDeclares === true)) {
    for (const h of hosts) {
      if (!GPC_TRACKING.has(h.category)) continue;
      if (h.gpc === false) continue;
      out.push({ moment: 'despite-gpc', ...base(h), requestTime: h.first, consentTime: gpc.sentAt ?? null, evidence: claim?.evidence ?? null });
    }
  }
  const order = { 'before-consent': 0, 'after-reject': 1, 'despite-gpc': 2 } as const;
  return out.sort((a, b) => order[a.moment] - order[b.moment] || a.requestTime - b.requestTime || a.host.localeCompare(b.host));
}
