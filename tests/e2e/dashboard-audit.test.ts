/** `audit --report-dir`: the extension's own exports of the audited sites land in the directory. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { startDemoServer, DEMO_URLS, type DemoServer } from '../../scripts/demo-server';
import { REPORT_FILES } from '../../scripts/cli/report-dir';
import { parseCsv } from '../../lib/core/report/csv';

const run = promisify(execFile);
let server: DemoServer;
let dir: string;
beforeAll(async () => { server = await startDemoServer(); dir = mkdtempSync(path.join(tmpdir(), 'fineprint-reports-')); });
afterAll(async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); });

describe('npm run cli -- audit --report-dir', () => {
  it('writes the extension\'s HTML, JSON and CSV exports of the audited sites', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'audit', DEMO_URLS.shop, '--json',
      '--host-resolver-rules', server.hostResolverRules, '--ignore-certificate-errors', '--report-dir', dir], { timeout: 120_000 });
    const audited = JSON.parse(stdout.trim().split('\n')[0]);
    const doc = JSON.parse(readFileSync(path.join(dir, REPORT_FILES.json), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('docs/report-schema.json', 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.sites.map((s: { site: string }) => s.site)).toEqual([audited.site]);
    // The export and the audit line are the same record: same organizations, same request counts.
    const counts = (orgs: { org: string | null; name: string; requests: number }[]) => Object.fromEntries(orgs.map((o) => [o.org ?? o.name, o.requests]));
    expect(counts(doc.sites[0].organizations)).toEqual(counts(audited.organizations));
    const html = readFileSync(path.join(dir, REPORT_FILES.html), 'utf8');
    expect(html).toContain(audited.site);
    expect(html).not.toMatch(/<script/i);
    const rows = parseCsv(readFileSync(path.join(dir, REPORT_FILES.csv), 'utf8'));
    expect(rows.length - 1).toBe(Math.max(1, audited.organizations.length));
  });
});
