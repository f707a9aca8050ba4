/**
 * Release gates on both build targets, built fresh into a temporary folder (FINEPRINT_OUT_DIR, read by
 * wxt.config.ts) so nobody else's `.output` is touched:
 *   - `wxt zip` produces the Chrome zip, the Firefox zip and the Firefox sources zip, each holding
 *     exactly the built files;
 *   - `web-ext lint` finds 0 errors in the Firefox build (warnings are allowed and printed);
 *   - the built manifests ask for no permission outside scripts/checks/permissions-allowlist.json
 *     (the CI permission gate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unlistedPermissions } from '../../scripts/checks/permissions';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const out = mkdtempSync(path.join(tmpdir(), 'fineprint-builds-'));
const env = { ...process.env, FINEPRINT_OUT_DIR: out, NO_UPDATE_NOTIFIER: '1' };
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const figures: Record<string, number> = {};

/** Entry names of a zip file, read from its central directory (no unzip tool needed). */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const manifest = (target: 'chrome' | 'firefox') => JSON.parse(readFileSync(path.join(out, `${target}-mv3`, 'manifest.json'), 'utf8'));

beforeAll(() => {
  // One after the other: this is a 2-core machine and each build is CPU-bound.
  for (const [name, args] of [['zipChromeMs', ['exec', '--', 'wxt', 'zip']], ['zipFirefoxMs', ['exec', '--', 'wxt', 'zip', '-b', 'firefox']]] as const) {
    const t = Date.now();
    execFileSync(NPM, [...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    figures[name] = Date.now() - t;
  }
}, 600_000); // two full builds: ~20 s idle, but minutes on a loaded 2-core machine

afterAll(() => {
  console.log(`[builds] figures (ms): ${JSON.stringify(figures)}`);
  rmSync(out, { recursive: true, force: true });
});

describe('release builds', () => {
  it('`wxt zip` packs each target\'s build, plus the Firefox sources', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const entries = zipEntries(path.join(out, `fineprint-${version}-${target}.zip`)).filter((e) => !e.endsWith('/'));
      expect(entries).toContain('manifest.json');
      expect(entries).toContain('trackerdb.engine');
      expect(entries.sort()).toEqual(filesUnder(path.join(out, `${target}-mv3`)).sort());
    }
    const sources = zipEntries(path.join(out, `fineprint-${version}-sources.zip`));
    expect(sources).toContain('package.json');
    expect(sources).toContain('wxt.config.ts');
    expect(sources.some((e) => e.startsWith('node_modules/') || e.startsWith('.output'))).toBe(false);
  });

  it('`web-ext lint` finds no errors in the Firefox build', () => {
    const t = Date.now();
    const run = spawnSync(NPM, ['exec', '--', 'web-ext', 'lint', '-s', path.join(out, 'firefox-mv3'), '--output', 'json', '--no-config-discovery'],
      { env, encoding: 'utf8' });
    figures.lintMs = Date.now() - t;
    const json = run.stdout.slice(run.stdout.indexOf('{'));
    let result: { summary: { errors: number; warnings: number; notices: number }; errors: unknown[]; warnings: { code: string; file?: string; message: string }[] };
    try { result = JSON.parse(json); } catch { throw new Error(`web-ext lint printed no JSON (exit ${run.status}): ${run.stdout}${run.stderr}`); }
    if (result.warnings.length) {
      console.log(`[builds] web-ext lint warnings:\n${result.warnings.map((w) => `  ${w.code} ${w.file ?? ''}: ${w.message}`).join('\n')}`);
    }
    expect(result.errors).toEqual([]);
    expect(result.summary.errors).toBe(0);
  }, 300_000);

  it('asks for no permission outside the reviewed allowlist (both targets)', () => {
    expect(unlistedPermissions(manifest('chrome'), 'chrome')).toEqual([]);
    expect(unlistedPermissions(manifest('firefox'), 'firefox')).toEqual([]);
    // The Firefox build never carries Chrome-only permissions.
    expect(manifest('firefox').permissions).not.toContain('offscreen');
  });
});
