import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// GUIDE §2: lib/core is pure. The classify sources must run unchanged in node, the service worker and
// the CLI, so they may not reach for browser globals, storage, WXT or node built-ins, and classification
// must not depend on tab state (Observation has no tabId on purpose).
const DIR = 'lib/core/classify';
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('lib/core/classify purity', () => {
  it.each(sources)('%s imports nothing impure', (file) => {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    const imports = [...text.matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\.?\/|@ghostery\/trackerdb$|tldts$)/);
    }
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(chrome|browser|window|document|localStorage|indexedDB|process|require)\s*[.(]/);
    expect(code).not.toMatch(/\btabId\b/);
  });
});
