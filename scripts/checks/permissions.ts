/**
 * Least privilege (Ghostery's scripts/check-permissions.js, GUIDE §3.10): compares the permissions
 * of a built manifest with the checked-in allowlist. Used by the permissions test and usable alone:
 * `npm exec -- tsx scripts/checks/permissions.ts .output/chrome-mv3/manifest.json chrome`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

type Target = 'chrome' | 'firefox';
const KEYS = ['permissions', 'host_permissions', 'optional_permissions'] as const;

export function loadAllowlist(): Record<Target, Record<(typeof KEYS)[number], string[]>> {
  return JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'permissions-allowlist.json'), 'utf8'));
}

/** Permissions the manifest asks for that the allowlist does not list (empty = fine). */
export function unlistedPermissions(manifest: Record<string, unknown>, target: Target): string[] {
  const allow = loadAllowlist()[target];
  const extra: string[] = [];
  for (const key of KEYS) {
    for (const p of (manifest[key] as string[] | undefined) ?? []) if (!allow[key].includes(p)) extra.push(`${key}: ${p}`);
  }
  return extra;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file, target] = process.argv.slice(2) as [string, Target];
  const extra = unlistedPermissions(JSON.parse(readFileSync(file, 'utf8')), target);
  if (extra.length) { console.error(`New permission(s) not in the allowlist: ${extra.join(', ')}`); process.exit(1); }
  console.log('permissions match the allowlist');
}
