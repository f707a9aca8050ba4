/**
 * Least privilege and a strict extension CSP, checked on the built extension (FINEPRINT_OUT_DIR's chrome-mv3):
 *   - the permissions are exactly the reviewed allowlist (scripts/checks/permissions-allowlist.json) — adding one
 *     is a reviewed change (tests/e2e/builds.test.ts checks "nothing beyond it" on fresh zips of both targets);
 *   - content_security_policy.extension_pages allows scripts only from the package and no plugins;
 *   - no built HTML page loads a script, style, font or frame from anywhere but the package.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD } from '../../scripts/harness';
import { loadAllowlist } from '../../scripts/checks/permissions';

const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const sorted = (v: unknown) => [...((v as string[] | undefined) ?? [])].sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));
}

describe('built manifest', () => {
  it('asks for exactly the allowlisted permissions', () => {
    const allow = loadAllowlist().chrome;
    expect(sorted(manifest.permissions)).toEqual(sorted(allow.permissions));
    expect(sorted(manifest.host_permissions)).toEqual(sorted(allow.host_permissions));
    // Optional permissions are asked for at the moment of use; the allowlist may pre-approve one not requested yet.
    for (const p of sorted(manifest.optional_permissions)) expect(allow.optional_permissions).toContain(p);
    // Nothing reaches the extension from web pages or other extensions.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a strict CSP for extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  it('loads no remote script, style, font or frame in any built HTML page', () => {
    const pages = files(CHROME_BUILD).filter((f) => f.endsWith('.html'));
    expect(pages.map((p) => path.basename(p))).toEqual(expect.arrayContaining(['popup.html', 'dashboard.html']));
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
      expect(refs.filter((u) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u) && !u.startsWith('chrome-extension://')), path.basename(file)).toEqual([]);
      expect(html, path.basename(file)).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
      // No inline scripts either (the CSP would block them; their absence keeps the pages working).
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [], path.basename(file)).toEqual([]);
    }
  });
});
