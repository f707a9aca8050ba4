import { describe, expect, it } from 'vitest';
import { createTranslator, plural } from './i18n';
import { safeHttpUrl } from './safe-url';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from './text-fragment';

describe('createTranslator (Chrome messages.json rules)', () => {
  const t = createTranslator({
    hello: { message: 'Hello $WHO$, you owe $$5', placeholders: { who: { content: '$1' } } },
    two: { message: '$A$ of $B$', placeholders: { A: { content: '$1' }, b: { content: '$2' } } },
    direct: { message: 'n=$1' },
    n_one: { message: '$N$ thing', placeholders: { n: { content: '$1' } } },
    n_other: { message: '$N$ things', placeholders: { n: { content: '$1' } } },
  });
  it('fills named and positional placeholders and keeps $$ as a dollar', () => {
    expect(t('hello', 'Ann')).toBe('Hello Ann, you owe $5');
    expect(t('two', ['3', '7'])).toBe('3 of 7');
    expect(t('direct', ['4'])).toBe('n=4');
  });
  it('never re-reads a substituted value as a placeholder (page text cannot inject)', () => {
    expect(t('hello', '$WHO$ $1 $$')).toBe('Hello $WHO$ $1 $$, you owe $5');
  });
  it('returns the key for an unknown message and picks plural forms', () => {
    expect(t('nope')).toBe('nope');
    expect(plural(t, 'n', 1)).toBe('1 thing');
    expect(plural(t, 'n', 2)).toBe('2 things');
  });
});

describe('safeHttpUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://a.example/p?q=1')).toBe('https://a.example/p?q=1');
    expect(safeHttpUrl('  http://a.example ')).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>',
      'blob:https://a.example/x', '/privacy', 'privacy.html', 'mailto:a@b.example', 'file:///etc/passwd', '', null, undefined]) {
      expect(safeHttpUrl(bad as string)).toBeNull();
    }
  });
});

describe('text fragments', () => {
  it("encodes the directive's own syntax characters '-', '&' and ','", () => {
    expect(encodeFragmentTerm('opt-out, ads & more')).toBe('opt%2Dout%2C%20ads%20%26%20more');
  });
  it('links a short sentence whole, replacing any existing fragment', () => {
    expect(textFragmentUrl('https://s.example/privacy#top', 'We use Google Analytics.'))
      .toBe('https://s.example/privacy#:~:text=We%20use%20Google%20Analytics.');
  });
  it('uses textStart,textEnd from the first and last words of a long sentence', () => {
    const s = 'We share   information with advertising partners such as Google, Meta and Criteo to show you relevant ads.';
    expect(textDirective(s)).toBe('We%20share%20information%20with,show%20you%20relevant%20ads.');
  });
  it('cuts long unspaced (Chinese) sentences by characters', () => {
    const s = '我们会与第三方合作伙伴共享您的设备信息和浏览记录，'.repeat(4) + '以便向您展示个性化广告。';
    const [start, end] = textDirective(s)!.split(',').map(decodeURIComponent);
    expect(s.startsWith(start)).toBe(true);
    expect(s.endsWith(end)).toBe(true);
    expect(Array.from(start)).toHaveLength(12);
  });
  it('gives no link for a policy URL that is not http(s)', () => {
    expect(textFragmentUrl('javascript:alert(1)//', 'x')).toBeNull();
    expect(textFragmentUrl(null, 'x')).toBeNull();
  });
});
