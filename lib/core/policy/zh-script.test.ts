import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseTable, traditionalTable } from '../../../scripts/gen-zh-traditional.ts';
import { categoryKinds as kinds, namedOrgs as named } from '../../../tests/support/policy-sentences.ts';
import { analyzePolicy } from './extract.ts';
import { isTraditional, restoreQuotes, toSimplified } from './zh-script.ts';

describe('reading Traditional Chinese with the Simplified lexicons', () => {
  it('is the table OpenCC gives (npm run gen:zh-traditional after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('./lexicon/zh-traditional.json', import.meta.url), 'utf8')) as { pairs: string; phrases: string };
    expect(committed.pairs).toBe(traditionalTable());
    expect(committed.phrases).toBe(phraseTable());
  });

  it('maps one character to one character', () => {
    const text = '本網站使用第三方統計服務，以了解訪客如何瀏覽各頁面。';
    expect(toSimplified(text)).toBe('本网站使用第三方统计服务，以了解访客如何浏览各页面。');
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('reads regional words as the mainland ones, each the same length', () => {
    const text = '本公司得將您的個人資料及瀏覽紀錄提供予共同行銷之第三人，並參與業界自律。';
    expect(toSimplified(text)).toBe('本公司得将您的个人信息及浏览记录提供予共同营销之第三方，并参与行业自律。');
    for (const pair of phraseTable().split('|')) {
      const [from, to] = pair.split('=');
      expect(to, pair).toHaveLength(from.length);
    }
  });

  it('tells Traditional text from Simplified text that has a few such characters (著作, 乾坤)', () => {
    expect(isTraditional('我們會與廣告合作夥伴共享您的裝置識別碼。')).toBe(true);
    expect(isTraditional('本应用的著作权归我们所有，您在使用本应用时应当遵守相关法律法规，不得利用本应用从事违法活动，也不得侵犯他人的合法权益。')).toBe(false);
    expect(isTraditional('Cookies and similar technologies')).toBe(false);
  });

  it.each([
    ['本網站使用第三方統計服務，以了解訪客如何瀏覽各頁面。', 'site_analytics'],
    ['閣下的個人資料可能會提供予我們的廣告合作夥伴，以向閣下展示個人化廣告。', 'advertising'],
  ])('reads a Traditional disclosure: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it('names a company written in Traditional characters', () => {
    expect(named('我們的應用接入了騰訊廣告SDK，用於向您展示個性化廣告。')).toContain('qq.com');
  });

  it('quotes the page\'s own characters at the same offsets', () => {
    const text = '第三方服務\n本網站使用第三方統計服務，以了解訪客如何瀏覽各頁面。';
    const a = analyzePolicy(text);
    expect(a.language).toBe('zh');
    const c = a.categories.find((x) => x.category === 'site_analytics');
    expect(c?.evidence.text).toBe('本網站使用第三方統計服務，以了解訪客如何瀏覽各頁面。');
    expect(a.text.slice(c!.evidence.start, c!.evidence.end)).toBe(c!.evidence.text);
  });

  it('leaves an analysis of Simplified text as it is', () => {
    const quote = { text: '统计', start: 0, end: 2 };
    expect(restoreQuotes({ quote }, '统计', '统计').quote.text).toBe('统计');
  });
});
