import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startDemoServer, DEMO_URLS, type DemoServer } from '../../scripts/demo-server';

const run = promisify(execFile);
let server: DemoServer;
beforeAll(async () => { server = await startDemoServer(); });
afterAll(async () => { await server.close(); });

describe('npm run cli -- audit', () => {
  it('prints the third parties the extension itself recorded on a demo page', async () => {
    const before = server.served.length;
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'audit', DEMO_URLS.chinese, '--json',
      '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors'], { timeout: 90_000 });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]);
    expect(report.site).toBe('xinxi-zh.example');
    const hosts = new Set(report.organizations.flatMap((o: { hosts: string[] }) => o.hosts));
    const served = server.served.slice(before).map((r) => r.host).filter((h) => /baidu|cnzz|tiktok/.test(h));
    expect(served.length).toBeGreaterThan(0);
    for (const h of served) expect(hosts).toContain(h);
    expect(report.organizations.find((o: { org: string }) => o.org === 'baidu')?.requests).toBeGreaterThanOrEqual(2);
    // The extension read the site's policy before audit printed, and its verdicts come with evidence.
    expect(report.policy.status).toBe('found');
    const baidu = report.organizations.find((o: { org: string }) => o.org === 'baidu');
    expect(baidu.verdict).toBe('named');
    expect(baidu.evidence.text).toContain('百度统计');
    expect(Object.keys(report).sort()).toEqual(['consent', 'dataFlows', 'organizations', 'policy', 'site', 'summary']);
  });

  it('answers bad input with one line on stderr and a non-zero exit', async () => {
    const result = await run('npm', ['run', '--silent', 'cli', '--', 'frobnicate'], { timeout: 30_000 }).catch((e) => e);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
