/**
 * `npm run cli -- audit`, in both browsers: the three demo sites audited with the Chrome build in Chromium and
 * with the Firefox build in Firefox (`--browser firefox`, host-resolver rules honoured through the local rules
 * proxy), each with `--report-dir`. The two must print the same organizations, verdicts and quoted evidence,
 * in the same JSON shape, and write the extension's own HTML/JSON/CSV exports of what they printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { startDemoServer, DEMO_URLS, type DemoServer } from '../../scripts/demo-server';
import { REPORT_FILES } from '../../scripts/cli/report-dir';
import { BROWSER_NAMES, type BrowserName } from '../../scripts/session';
import { parseCsv } from '../../lib/core/report/csv';
import type { SiteAnalysis } from '../../lib/core/types';

const run = promisify(execFile);
const URLS = [DEMO_URLS.news, DEMO_URLS.shop, DEMO_URLS.chinese];
let server: DemoServer;
let dir: string;
let first: number;
const audits = {} as Record<BrowserName, SiteAnalysis[]>;

beforeAll(async () => {
  server = await startDemoServer();
  dir = mkdtempSync(path.join(tmpdir(), 'fineprint-audit-'));
  first = server.served.length;
  // Both browsers at once: each audit mostly waits for pages to settle and policies to be read.
  await Promise.all(BROWSER_NAMES.map(async (browser) => {
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'audit', ...URLS, '--json', '--browser', browser,
      '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors', '--report-dir', path.join(dir, browser)], { timeout: 240_000 });
    audits[browser] = stdout.trim().split('\n').map((line) => JSON.parse(line) as SiteAnalysis);
  }));
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What must be the same in both browsers: organizations with their verdict and quote, the policy read. */
function verdictsOf(a: SiteAnalysis) {
  return {
    site: a.site,
    policy: { status: a.policy?.status, url: a.policy?.url, hash: a.policy?.hash },
    organizations: a.organizations.map((o) => ({ org: o.org, name: o.name, category: o.category, verdict: o.verdict, evidence: o.evidence?.text ?? null, hosts: [...o.hosts].sort() }))
      .sort((x, y) => x.name.localeCompare(y.name)),
    headline: a.summary?.headline,
  };
}

describe('npm run cli -- audit', () => {
  it('prints, for each site, what the extension itself recorded and judged (Chromium)', () => {
    const lines = audits.chromium;
    expect(lines.map((l) => l.site)).toEqual(['dailyglobe.example', 'cartwheel-shop.example', 'xinxi-zh.example']);
    const zh = lines[2];
    const hosts = new Set(zh.organizations.flatMap((o) => o.hosts));
    const served = server.served.slice(first).map((r) => r.host).filter((h) => /baidu|cnzz|tiktok/.test(h));
    expect(served.length).toBeGreaterThan(0);
    for (const h of served) expect(hosts).toContain(h);
    const baidu = zh.organizations.find((o) => o.org === 'baidu');
    expect(baidu?.requests).toBeGreaterThanOrEqual(2);
    // The extension read the site's policy before audit printed, and its verdicts come with evidence.
    expect(zh.policy?.status).toBe('found');
    expect(baidu?.verdict).toBe('named');
    expect(baidu?.evidence?.text).toContain('百度统计');
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['consent', 'dataFlows', 'organizations', 'policy', 'site', 'summary']);
  });

  it('--browser firefox prints the same organizations, verdicts and evidence as Chromium, in the same shape', () => {
    expect(audits.firefox.map((l) => Object.keys(l).sort())).toEqual(audits.chromium.map((l) => Object.keys(l).sort()));
    expect(audits.firefox.map(verdictsOf)).toEqual(audits.chromium.map(verdictsOf));
    // Not vacuous: every site was read and judged.
    for (const l of audits.firefox) {
      expect(l.policy?.status).toBe('found');
      expect(l.organizations.length).toBeGreaterThanOrEqual(3);
      expect(l.organizations.every((o) => o.verdict !== null)).toBe(true);
    }
  });

  it.each(BROWSER_NAMES)('--report-dir writes the extension\'s HTML, JSON and CSV exports of the audited sites (%s)', (browser) => {
    const out = path.join(dir, browser);
    const audited = audits[browser];
    const doc = JSON.parse(readFileSync(path.join(out, REPORT_FILES.json), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('docs/report-schema.json', 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.sites.map((s: { site: string }) => s.site).sort()).toEqual(audited.map((a) => a.site).sort());
    // The export and the audit lines are the same record: same organizations, same request counts.
    const counts = (orgs: { org: string | null; name: string; requests: number }[]) => Object.fromEntries(orgs.map((o) => [o.org ?? o.name, o.requests]));
    for (const a of audited) {
      expect(counts(doc.sites.find((s: { site: string }) => s.site === a.site).organizations)).toEqual(counts(a.organizations));
    }
    const html = readFileSync(path.join(out, REPORT_FILES.html), 'utf8');
    for (const a of audited) expect(html).toContain(a.site);
    expect(html).not.toMatch(/<script/i);
    const rows = parseCsv(readFileSync(path.join(out, REPORT_FILES.csv), 'utf8'));
    expect(rows.length - 1).toBe(audited.reduce((n, a) => n + Math.max(1, a.organizations.length), 0));
  });

  it('answers bad input with one line on stderr and a non-zero exit', async () => {
    for (const args of [['frobnicate'], ['audit', DEMO_URLS.news, '--browser', 'netscape']]) {
      const result = await run('npm', ['run', '--silent', 'cli', '--', ...args], { timeout: 30_000 }).catch((e) => e);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/unknown command|unknown browser/);
    }
  });
});
