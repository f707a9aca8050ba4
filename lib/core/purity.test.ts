import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// GUIDE §2: lib/core is pure. Every core source must run unchanged in node, the service worker and the
// CLI, so the import graph of lib/core may reach only lib/core itself and a few pure npm libraries — never
// components/, public/, Preact, Dexie, WXT, the WebExtension polyfill, node built-ins or browser globals.
// This walks ALL of lib/core (eslint.config.js has the same rule as a lint; this is the proof on the graph).
const CORE = 'lib/core';
/** The npm libraries the core may use: each is pure (no DOM, no storage, no extension API). */
const PURE_LIBRARIES = ['tldts', '@ghostery/trackerdb', '@iabtcf/core'];
const BROWSER_GLOBALS = ['chrome', 'browser', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'fetch', 'XMLHttpRequest', 'process', 'require'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sources = walk(CORE).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).sort();

/** Every module specifier a file names: static imports, re-exports, dynamic import() and require(). */
export function specifiersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm)) out.push(m[1]);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]);
  for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

function resolveRelative(from: string, spec: string): string | null {
  const base = path.normalize(path.join(path.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Code without comments, string/template literals and regular-expression literals (a word inside a sentence
 * or a pattern is not a global). A small scanner: a `/` starts a regex where an expression may begin.
 */
export function codeOnly(text: string): string {
  let out = '';
  let lastSignificant = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') { while (i < text.length && text[i] !== '\n') i++; out += '\n'; continue; }
    if (c === '/' && next === '*') { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 1; out += ' '; continue; }
    const regexHere = c === '/' && (lastSignificant === '' || /[=(,[!&|?:;{}+\-*%<>~^]/.test(lastSignificant) || /\b(?:return|typeof|case|of|in)\s*$/.test(out));
    if (c === "'" || c === '"' || c === '`' || regexHere) {
      let inClass = false;
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') { i++; continue; }
        if (regexHere && text[i] === '[') inClass = true;
        else if (regexHere && text[i] === ']') inClass = false;
        else if (text[i] === c && !inClass) break;
        else if (c !== '`' && text[i] === '\n') break;
      }
      if (regexHere) while (/[a-z]/.test(text[i + 1] ?? '')) i++;
      out += '""';
      lastSignificant = '"';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) lastSignificant = c;
  }
  return out;
}

describe('lib/core purity (the whole import graph)', () => {
  it('has sources in every core folder', () => {
    expect(sources.length).toBeGreaterThan(40);
    for (const dir of ['classify', 'policy', 'verdict', 'report', 'optouts']) expect(sources.some((f) => f.startsWith(path.join(CORE, dir)))).toBe(true);
  });

  it('reaches nothing outside lib/core but its pure npm libraries', () => {
    const seen = new Set<string>();
    const libraries = new Set<string>();
    const escapes: string[] = [];
    const queue = [...sources];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!/\.tsx?$/.test(file)) continue;
      for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolveRelative(file, spec);
          if (!target) escapes.push(`${file} → ${spec} (unresolved)`);
          else if (!target.startsWith(`${CORE}/`)) escapes.push(`${file} → ${target}`);
          else queue.push(target);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          libraries.add(pkg);
          if (!PURE_LIBRARIES.includes(pkg)) escapes.push(`${file} → ${spec}`);
        }
      }
    }
    expect(escapes).toEqual([]);
    expect([...libraries].sort()).toEqual([...PURE_LIBRARIES].sort());
    const declared = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).devDependencies);
    for (const lib of PURE_LIBRARIES) expect(declared).toContain(lib);
  });

  it.each(sources)('%s touches no browser or node global', (file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    for (const name of BROWSER_GLOBALS) {
      expect(code, `${file} uses ${name}`).not.toMatch(new RegExp(`(?<![.\\w$])${name}\\s*[.([]`));
      expect(code, `${file} uses globalThis.${name}`).not.toMatch(new RegExp(`globalThis\\s*\\.\\s*${name}\\b`));
    }
  });

  it('classification does not depend on tab state (Observation has no tabId on purpose)', () => {
    for (const file of sources.filter((f) => f.startsWith(path.join(CORE, 'classify')))) {
      expect(codeOnly(readFileSync(file, 'utf8')), file).not.toMatch(/\btabId\b/);
    }
  });

  it('the checker itself catches what it must', () => {
    expect(specifiersOf(`import x from '../../components/a';\nexport { y } from "preact";\nconst z = await import('dexie');`)).toEqual(['../../components/a', 'preact', 'dexie']);
    expect(codeOnly(`const s = 'window.open(x)'; // document.title\nwindow.open(1);`)).toMatch(/(?<![.\w$])window\s*[.([]/);
    expect(codeOnly(`const s = 'window.open(x)'; /* document.title */`)).not.toMatch(/(?<![.\w$])(window|document)\s*[.([]/);
    expect(codeOnly('const re = /process(?:es)? [a-z/]+ as/i; const n = a / b; location.href;')).toBe('const re = ""; const n = a / b; location.href;');
  });
});
