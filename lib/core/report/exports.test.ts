import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { buildReportModel } from './model';
import { generateHistory } from '../../../tests/support/generate-history';
import { CSV_COLUMNS, csvCell, exportCsv, parseCsv, type CsvWords } from './csv';
import { exportJson, parseReportJson, type ReportParseError } from './json';

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
    // A code the dashboard translates, next to the English message the CLI prints.
    const code = (text: string) => { try { parseReportJson(text); return null; } catch (e) { return (e as ReportParseError).code; } };
    expect(['{', '[1]', '{"format":"fineprint-report","schemaVersion":9}', '{"format":"fineprint-report","schemaVersion":1}'].map(code))
      .toEqual(['not-json', 'not-fineprint', 'unsupported-version', 'no-sites']);
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

  it('names companies by their display names and has no organization-key column; words come from the caller', () => {
    const m = buildReportModel(generateHistory(30));
    expect(CSV_COLUMNS).not.toContain('organization_key' as never);
    const orgs = (csv: string) => parseCsv(csv).slice(1).map((r) => r[CSV_COLUMNS.indexOf('organization')]);
    // generateHistory records X as TrackerDB does ("X Corp."); the reader gets our display name.
    expect(orgs(exportCsv(m))).toContain('X (Twitter)');
    expect(orgs(exportCsv(m))).not.toContain('X Corp.');
    const words: CsvWords = {
      lang: 'zh-CN', column: (c) => `«${c}»`, verdict: (v) => `verdict:${v}`, category: (c) => `category:${c}`,
      policyStatus: (s) => `status:${s}`, reason: (o) => `why:${o.name}`, otherEvidence: () => '',
    };
    const zh = exportCsv(m, words);
    const rows = parseCsv(zh);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => `«${c}»`));
    expect(orgs(zh)).toContain('谷歌');
    const google = rows.find((r) => r[CSV_COLUMNS.indexOf('organization')] === '谷歌')!;
    expect(google[CSV_COLUMNS.indexOf('reason')]).toBe('why:谷歌');
    expect(google[CSV_COLUMNS.indexOf('verdict')]).toMatch(/^verdict:/);
    expect(google[CSV_COLUMNS.indexOf('category')]).toBe('category:advertising');
  });
});
