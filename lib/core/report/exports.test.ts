import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { buildReportModel } from './model';
import { generateHistory } from '../../../tests/support/generate-history';
import { CSV_COLUMNS, csvCell, exportCsv, parseCsv } from './csv';
import { exportJson, parseReportJson } from './json';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>=HYPERLINK("http://evil")';
const schema = JSON.parse(readFileSync('docs/report-schema.json', 'utf8'));

describe('JSON export', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('validates against docs/report-schema.json (plain and hostile histories, and an empty one)', () => {
    for (const history of [generateHistory(40), generateHistory(10, { hostile: HOSTILE, seed: 7 }), generateHistory(0)]) {
      const doc = JSON.parse(exportJson(buildReportModel(history)));
      const ok = validate(doc);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('carries per site the organizations with verdicts and evidence, flows, consent and the policy version', () => {
    const m = buildReportModel(generateHistory(60));
    const doc = parseReportJson(exportJson(m));
    const judged = doc.sites.find((s) => s.policy?.judgedAt && s.organizations.some((o) => o.verdict === 'named'))!;
    expect(judged.policy?.hash).toMatch(/^h\d+v\d$/);
    expect(judged.organizations.find((o) => o.verdict === 'named')?.evidence?.text).toMatch(/^We share data with/);
    expect(doc.sites.some((s) => s.dataFlows.length > 0)).toBe(true);
    expect(doc.sites.some((s) => s.consent.length > 0)).toBe(true);
    expect(doc.sites.some((s) => s.policyChanges.some((c) => c.previousHash))).toBe(true);
  });

  it('refuses files that are not a Fineprint report', () => {
    expect(() => parseReportJson('{')).toThrow('not JSON');
    expect(() => parseReportJson('{"format":"other"}')).toThrow('not a Fineprint report');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and neutralises formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('has one row per site × organization that parses back, with hostile text inert', () => {
    const m = buildReportModel(generateHistory(30, { hostile: HOSTILE }));
    const csv = exportCsv(m);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = m.sites.reduce((n, s) => n + Math.max(1, s.organizations.length), 0);
    expect(rows.length - 1).toBe(expected);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(CSV_COLUMNS.length);
      for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const title = rows[1][CSV_COLUMNS.indexOf('title')];
    expect(title.startsWith('<img')).toBe(true);
    const withVerdict = rows.find((r) => r[CSV_COLUMNS.indexOf('verdict')] === 'named')!;
    expect(withVerdict[CSV_COLUMNS.indexOf('evidence')]).toContain('We share data with');
  });
});
