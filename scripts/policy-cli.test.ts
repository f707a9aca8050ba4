import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyCommand } from './policy-cli.ts';

describe('policy command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-policy-'));
  const md = join(dir, 'p.md');
  writeFileSync(md, '# Privacy Policy\n\nWe use **Google Analytics**. We do not sell your personal information.');
  const html = join(dir, 'p.html');
  writeFileSync(html, '<html><head><meta charset="utf-8"><title>Privacy</title></head><body><main><h1>Privacy Policy</h1><p>We share your email address with Criteo and other advertising partners. You can opt out at <a href="https://optout.aboutads.info">optout.aboutads.info</a>.</p></main></body></html>');
  const bin = join(dir, 'b.txt');
  writeFileSync(bin, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131) % 256)));
  const pdf = join(dir, 'x.pdf');
  writeFileSync(pdf, '%PDF-1.4');

  it('prints one JSON object per file and one error line per bad file (exit 2)', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runPolicyCommand([md, join(dir, 'missing.md'), html, bin, pdf], { json: true }, (l) => out.push(l), (l) => err.push(l));
    expect(code).toBe(2);
    expect(out).toHaveLength(2);
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(a.file).toBe(md);
    expect(a.thirdParties[0]).toMatchObject({ org: 'google', name: 'Google Analytics' });
    expect(a.claims.map((c: { kind: string }) => c.kind)).toContain('no-sale');
    expect(b.thirdParties.map((t: { org: string }) => t.org)).toContain('criteo');
    expect(b.optOuts.some((o: { kind: string }) => o.kind === 'vendor-opt-out')).toBe(true);
    for (const k of ['file', 'language', 'thirdParties', 'categories', 'dataTypes', 'purposes', 'optOuts', 'claims']) expect(a).toHaveProperty(k);
    expect(err).toEqual([
      `fineprint: ${join(dir, 'missing.md')}: no such file`,
      `fineprint: ${bin}: binary content`,
      `fineprint: ${pdf}: unsupported file type ".pdf" (use .html, .md or .txt)`,
    ]);
  });

  it('exits 0 when every file is fine', async () => {
    expect(await runPolicyCommand([md], { json: true }, () => {}, () => {})).toBe(0);
  });
});
