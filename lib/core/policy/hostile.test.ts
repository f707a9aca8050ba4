/**
 * Hostile inputs: each must end within 10 s with a result or a PolicyInputError (one line).
 * Generated here — never commit multi-megabyte fixtures. No timing asserts beyond the timeout.
 */
import { describe, expect, it } from 'vitest';
import { analyzePolicy, decodePolicyBytes, MAX_POLICY_CHARS, PolicyInputError } from './extract.ts';

const T = 10_000;

function resultOrInputError(text: string): 'result' | 'input-error' {
  try {
    const r = analyzePolicy(text);
    for (const t of r.thirdParties) expect(r.text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
    return 'result';
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    expect((e as Error).message).not.toContain('\n');
    return 'input-error';
  }
}

describe('hostile policy text', () => {
  it('10 MB of text is refused as too large', () => {
    expect(() => analyzePolicy('We use Google Analytics. '.repeat(420_000))).toThrow(/too large/);
  }, T);

  it('5 MB single line is refused; a 1 MB single line is analysed', () => {
    expect(resultOrInputError('a'.repeat(5_000_000))).toBe('input-error');
    expect(resultOrInputError('word '.repeat(190_000))).toBe('result');
  }, T);

  // One test per shape, so each gets its own 10 s budget.
  const shapes: Array<[string, () => string]> = [
    ['60k parentheses', () => '('.repeat(60_000) + 'We use Google Analytics.' + ')'.repeat(60_000)],
    ['60k blockquotes', () => '> '.repeat(60_000) + 'We use the Facebook Pixel.'],
    ['60k list markers', () => '- '.repeat(60_000) + 'Email address'],
    ['60k nested list lines', () => Array.from({ length: 60_000 }, () => '  - item').join('\n')],
    // Every row asks for its table's header and status column: linear, not a walk back from each row.
    ['30k rows of one table', () => 'Vendor | Purpose | Status\n' + Array.from({ length: 30_000 }, () => 'Criteo | ads | Removed').join('\n')],
    ['bracket soup', () => '['.repeat(300_000) + ']('.repeat(100_000)],
    ['aaaa…! at the size limit', () => 'a'.repeat(MAX_POLICY_CHARS - 10) + '!'],
    ['capital-letter runs', () => ('A'.repeat(1990) + ' ').repeat(400)],
    ['e-mail-like runs', () => `${'a'.repeat(60)}@`.repeat(12_000) + ' opt out'],
    ['URL-like runs', () => ('http://' + 'a'.repeat(1990) + ' ').repeat(400)],
    ['owner-definition bait', () => ('Acme '.repeat(300) + '("we" ').repeat(500)],
    ['negation chains', () => 'we do not '.repeat(90_000) + 'share with Google'],
    ['long Chinese text', () => '我们收集您的位置信息并与百度统计共享'.repeat(50_000)],
  ];
  it.each(shapes)('%s', (_name, make) => {
    expect(resultOrInputError(make())).toBe('result');
  }, T);

  it('binary-looking and broken strings', () => {
    expect(resultOrInputError('\u0000\uD800\uFFFF'.repeat(100_000))).toMatch(/result|input-error/);
    expect(resultOrInputError(String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 65_536)))).toMatch(/result|input-error/);
  }, T);
});

describe('decodePolicyBytes', () => {
  const enc = new TextEncoder();
  it('honours BOMs (UTF-8, UTF-16LE/BE)', () => {
    expect(decodePolicyBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Hi')]))).toBe('Hi');
    expect(decodePolicyBytes(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
    expect(decodePolicyBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
  });

  it('honours a declared GBK charset (header or meta)', () => {
    const gbk = new Uint8Array([0xd2, 0xfe, 0xcb, 0xbd, 0xd5, 0xfe, 0xb2, 0xdf]); // 隐私政策
    expect(decodePolicyBytes(gbk, 'text/html; charset=GBK')).toBe('隐私政策');
    const html = new Uint8Array([...enc.encode('<meta charset="gb18030"><p>'), ...gbk]);
    expect(decodePolicyBytes(html)).toContain('隐私政策');
  });

  it('replaces invalid UTF-8 instead of throwing', () => {
    expect(decodePolicyBytes(new Uint8Array([0x41, 0xc3, 0x28, 0x42]))).toBe('A\uFFFD(B');
  });

  it('rejects binary content with a PolicyInputError', () => {
    const bin = new Uint8Array(4096).map((_, i) => (i * 131) % 256);
    expect(() => decodePolicyBytes(bin)).toThrow(new PolicyInputError('binary content'));
    expect(() => decodePolicyBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3]))).toThrow(PolicyInputError);
  });
});
