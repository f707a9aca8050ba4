/**
 * `audit <url...>`: loads the built extension in headless Chromium (or, with `--browser firefox`, the Firefox
 * build in headless Firefox — scripts/session.ts), visits each URL, waits for the page to settle and prints
 * what the *extension itself* recorded (read through its message protocol). Same JSON shape, same
 * `--report-dir` exports in both browsers; Firefox honours `--host-resolver-rules` through a local proxy and
 * `--ignore-certificate-errors` as WebDriver's acceptInsecureCerts.
 */
import { launchSession } from '../launch-session';
import type { BrowserName } from '../session';
import { writeReports } from './report-dir';
import type { SiteAnalysis } from '../../lib/core/types';

export interface AuditOptions {
  browser?: BrowserName;
  hostResolverRules?: string;
  ignoreCertificateErrors?: boolean;
  reportDir?: string;
  settleMs?: number;
  timeoutMs?: number;
}

/**
 * Settled = the recorded request total has not changed for `settleMs` AND the extension has finished
 * reading the site's policy (found it, or given up with a reason) — or `timeoutMs` passed, in which
 * case the policy status says so instead of leaving the reader to guess.
 */
async function settledReport(read: () => Promise<SiteAnalysis | null>, settleMs: number, timeoutMs: number): Promise<SiteAnalysis | null> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  let report: SiteAnalysis | null = null;
  while (Date.now() < end) {
    report = await read();
    const total = report ? report.organizations.reduce((s, o) => s + o.requests, 0) : 0;
    if (total !== last) { last = total; stableSince = Date.now(); }
    else if (Date.now() - stableSince >= settleMs && report?.policy?.status !== 'pending') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (report?.policy?.status === 'pending') {
    report.policy.reason = `the extension had not finished reading the policy after ${Math.round(timeoutMs / 1000)} s`;
  }
  return report;
}

/** The GUIDE §4 shape, same as `analyze`: the popup's extra details stay inside the extension. */
export function siteAnalysisOf(r: SiteAnalysis): SiteAnalysis {
  return { site: r.site, policy: r.policy, organizations: r.organizations, dataFlows: r.dataFlows, consent: r.consent, summary: r.summary };
}

export async function runAudit(urls: string[], opts: AuditOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const session = await launchSession(opts.browser ?? 'chromium', { hostResolverRules: opts.hostResolverRules ?? null, ignoreCertErrors: opts.ignoreCertificateErrors ?? false });
  let failures = 0;
  try {
    const audited = new Set<string>();
    for (const url of urls) {
      let parsed: URL;
      try { parsed = new URL(url); } catch { err(`fineprint: ${url}: not a URL`); failures++; continue; }
      const page = await session.newPage();
      try {
        await page.goto(parsed.href);
        const tabId = await session.tabIdOf(page);
        const report = await settledReport(() => session.send<SiteAnalysis | null>({ type: 'get-tab-report', tabId }), opts.settleMs ?? 1500, opts.timeoutMs ?? 45_000);
        if (!report) { err(`fineprint: ${url}: the extension recorded nothing for this page`); failures++; continue; }
        out(JSON.stringify(siteAnalysisOf(report)));
        audited.add(report.site);
      } catch (e) {
        err(`fineprint: ${url}: ${(e as Error).message.split('\n')[0]}`);
        failures++;
      } finally {
        await page.close().catch(() => undefined);
      }
    }
    if (opts.reportDir) failures += await writeReports(session, opts.reportDir, [...audited], err);
  } finally {
    await session.close();
  }
  return failures ? 1 : 0;
}
