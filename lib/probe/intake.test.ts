import { describe, expect, it } from 'vitest';
import { ProbeLimiter, parseProbeReport, validateProbeBatch } from './intake';
import { scriptFromStack } from './probe';
import { watchTcf } from './tcf';

describe('probe intake', () => {
  it('accepts a well-formed report and replaces the page-supplied time', () => {
    const r = parseProbeReport(JSON.stringify({ kind: 'canvas-fingerprint', scriptUrl: 'https://t.example/a.js', time: 1 }), 500);
    expect(r).toEqual({ kind: 'canvas-fingerprint', scriptUrl: 'https://t.example/a.js', detail: undefined, time: 500 });
  });
  it('rejects unknown kinds, non-strings, huge payloads and non-http script URLs', () => {
    expect(parseProbeReport(JSON.stringify({ kind: 'steal-cookies' }))).toBeNull();
    expect(parseProbeReport({ kind: 'geolocation' })).toBeNull();
    expect(parseProbeReport('x'.repeat(5000))).toBeNull();
    expect(parseProbeReport('{not json')).toBeNull();
    expect(parseProbeReport(JSON.stringify({ kind: 'geolocation', scriptUrl: 'javascript:alert(1)' }))?.scriptUrl).toBeUndefined();
  });
  it('limits a page to 20 reports a second and 200 in all', () => {
    const l = new ProbeLimiter();
    let ok = 0;
    for (let i = 0; i < 100; i++) if (l.allow(1000)) ok++;
    expect(ok).toBe(20);
    let total = ok;
    for (let s = 2; s < 30; s++) for (let i = 0; i < 50; i++) if (l.allow(s * 1000)) total++;
    expect(total).toBe(200);
  });
  it('validates batches at the background and caps their length', () => {
    const batch = Array.from({ length: 80 }, () => ({ kind: 'font-probe' }));
    expect(validateProbeBatch(batch)).toHaveLength(50);
    expect(validateProbeBatch('nope')).toEqual([]);
  });
  it('attributes an API call to the innermost page script in the stack', () => {
    const stack = 'Error\n at report (chrome-extension://abc/content-scripts/probe.js:1:10)\n at draw (https://cdn.t.example/fp.js:3:7)\n at https://site.example/app.js:9:1';
    expect(scriptFromStack(stack)).toBe('https://cdn.t.example/fp.js');
  });
});

describe('watchTcf', () => {
  it('reports the TC string once the CMP answers, and survives a throwing CMP', () => {
    const reports: unknown[] = [];
    const win = { setTimeout: ((fn: () => void) => { fn(); return 0; }) as unknown as typeof setTimeout,
      __tcfapi: (_c: string, _v: number, cb: (d: { tcString: string; eventStatus: string }, ok: boolean) => void) => cb({ tcString: 'CPabc', eventStatus: 'useractioncomplete' }, true) };
    watchTcf(win, (r) => reports.push(r));
    expect(reports).toEqual([{ tcString: 'CPabc', eventStatus: 'useractioncomplete', cmpId: undefined }]);
    expect(() => watchTcf({ setTimeout: win.setTimeout, __tcfapi: () => { throw new Error('broken CMP'); } }, () => undefined)).not.toThrow();
  });
});

describe('listener recording heuristics and attribution', () => {
  it('calls it recording only for keystrokes AND pointer movement from one call path', async () => {
    const { looksLikeRecording } = await import('./probe');
    expect(looksLikeRecording(new Set(['keydown', 'keyup', 'input']))).toBe(false); // a form library
    expect(looksLikeRecording(new Set(['mousemove', 'pointermove', 'keydown']))).toBe(false); // a menu
    expect(looksLikeRecording(new Set(['keydown', 'input', 'mousemove']))).toBe(true);
  });

  it('keeps every page script of the stack (innermost first) and validates them on intake', async () => {
    const { scriptsFromStack } = await import('./probe');
    const stack = 'Error\n at add (https://code.jquery.example/jquery.js:2:10)\n at init (https://www.site.example/app.js:5:1)\n at chrome-extension://abc/probe.js:1:1';
    expect(scriptsFromStack(stack)).toEqual(['https://code.jquery.example/jquery.js', 'https://www.site.example/app.js']);
    const r = parseProbeReport(JSON.stringify({ kind: 'input-listeners', scriptUrl: 'https://code.jquery.example/jquery.js', stackScripts: ['https://code.jquery.example/jquery.js', 'javascript:alert(1)', 42, 'https://www.site.example/app.js'] }), 1);
    expect(r?.stackScripts).toEqual(['https://code.jquery.example/jquery.js', 'https://www.site.example/app.js']);
  });
});
