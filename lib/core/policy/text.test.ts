import { describe, expect, it } from 'vitest';
import { normalizeText, prepareText, splitSentences, MAX_SENTENCE_CHARS } from './text.ts';

describe('prepareText', () => {
  it('strips markdown but keeps link offsets into the returned text', () => {
    const p = prepareText('## Cookies\n\nWe use **Google Analytics**; opt out [here](https://tools.google.com/dlpage/gaoptout).\n\n- Email address\n- Name');
    expect(p.text).toContain('We use Google Analytics; opt out here.');
    expect(p.text).not.toContain('**');
    const link = p.links[0];
    expect(link.url).toBe('https://tools.google.com/dlpage/gaoptout');
    expect(p.text.slice(link.start, link.end)).toBe('here');
    expect(p.blocks.map((b) => b.kind)).toEqual(['heading', 'text', 'list', 'list']);
  });

  // "<br>" begins like "<b>": read as an inline tag it glued "…criteo.com/<br>Bing https://…" into one URL, and Bing
  // was then a link, not a name in a cookie table's cell.
  it('separates words at <br>, <ul>, <img> but not at <b>, <i>, <span>', () => {
    const p = prepareText('| Who | Sites |\n|---|---|\n| Ads | Criteo https://www.criteo.com/<br><br>Bing https://www.bing.com/<ul><li>Yahoo</li></ul> |\n\nA <b>bold</b> w<i>or</i>d<img src="x">end');
    expect(p.text).toMatch(/criteo\.com\/\s+Bing https/);
    expect(p.text).toMatch(/bing\.com\/\s+Yahoo/);
    expect(p.text).toContain('A bold word end');
    // Two names a break parts are two items, as the HTML reader writes a cell's blocks.
    expect(prepareText('| Analytics | Hotjar<br>Mixpanel | Measure visits.<br>Kept 1 year |').text).toContain('Hotjar; Mixpanel | Measure visits. Kept 1 year');
  });

  it('normalises line ends, BOM, NBSP, zero-width and control characters', () => {
    expect(normalizeText('\uFEFFa\u00A0b\r\nc\u200Bd\u0007e')).toBe('a b\ncd e');
  });

  // The fields of an SDK or sharing record are its rows; a chapter title with a colon stays a heading.
  // A label with a description of more than one clause is a definition-list item (cookie categories, settings).
  it('reads a Chinese label with a clause-long description as an item, a chapter title with a colon as a heading', () => {
    const p = prepareText('统计Cookie：由第三方服务设置，帮助我们了解访客如何浏览本站\n第五条：我们如何共享、转让、公开披露您的个人信息');
    expect(p.blocks.map((b) => b.kind)).toEqual(['list', 'heading']);
  });

  // The same in English: a label and a lower-case description is a field, a title-case one a title.
  it('reads an English label with a lower-case description as an item, a title-case one as a heading', () => {
    const p = prepareText('Data shared\nShared with third parties for: advertising or marketing, analytics\nSection 4: How We Share Your Information\nNote: Cookies');
    expect(p.blocks.map((b) => b.kind)).toEqual(['heading', 'list', 'heading', 'heading']);
  });

  it('reads a sentence that lost its full stop as a sentence, a short or title-case line as a heading', () => {
    const p = prepareText('Cookies\nSome of our partners use cookies to show you our ads on other sites\nHow We Use Your Information And Why We Keep It');
    expect(p.blocks.map((b) => b.kind)).toEqual(['heading', 'text', 'heading']);
  });

  it('reads a Chinese record field line as a row, not a heading', () => {
    const p = prepareText('第三方广告SDK\n使用目的：广告投放\n收集的个人信息：设备标识符\n第三章：信息共享');
    expect(p.blocks.map((b) => b.kind)).toEqual(['heading', 'list', 'list', 'heading']);
  });

  it('reads an English row of cells without its leading pipe as a table row, not a Chinese channel row', () => {
    expect(prepareText('Cookie | Provider | Purpose | Expiry\n_ga | Google | Distinguishes users | 2 years').blocks.map((b) => b.kind)).toEqual(['table', 'table']);
    expect(prepareText('腾讯应用宝 | 举报电话0755 | 注销QQ账号').blocks.map((b) => b.kind)).toEqual(['heading']);
  });

  it('drops table separator rows and keeps rows as table blocks', () => {
    const p = prepareText('| SDK名称 | 公司 |\n|---|---|\n| 友盟 | 友盟同欣 |');
    expect(p.blocks.map((b) => b.kind)).toEqual(['table', 'table']);
  });
});

describe('splitSentences', () => {
  it('gives offsets that index the text exactly (English and Chinese)', () => {
    const p = prepareText('We collect data. We share it, e.g. with Google.\n我们使用百度统计。我们不会出售您的信息！');
    const ss = splitSentences(p.text, p.blocks);
    expect(ss.map((s) => s.text)).toEqual([
      'We collect data.', 'We share it, e.g. with Google.', '我们使用百度统计。', '我们不会出售您的信息！',
    ]);
    for (const s of ss) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('goes on after a name with an exclamation mark when the next word is lower case, and ends at one that is not', () => {
    const text = 'MediaNews has two advertising companies, Yahoo! and DoubleClick, which may place a cookie. We love it! It is great.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'MediaNews has two advertising companies, Yahoo! and DoubleClick, which may place a cookie.', 'We love it!', 'It is great.',
    ]);
  });

  it('records the section heading of each sentence', () => {
    const p = prepareText('# Information we collect\n\n- Email address');
    const ss = splitSentences(p.text, p.blocks);
    expect(ss[1].heading).toBe(0);
  });

  it('caps over-long sentences', () => {
    const text = 'word '.repeat(3000);
    const ss = splitSentences(text);
    expect(ss.length).toBeGreaterThan(1);
    for (const s of ss) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
