import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, namedOrgs as named } from '../../../tests/support/policy-sentences.ts';
import { rebuildScrapedTables, rejoinBrokenLines } from './scraped-tables.ts';
import { normalizeText } from './text.ts';

// Tables as text extraction leaves them (nineteenth session, development rounds en-naming-12, zh-naming-11,
// en-category-36, zh-category-34), written here in new words.

describe('rebuilding scraped tables', () => {
  it('columns separated by tabs become rows', () => {
    expect(normalizeText('Vendors\nName\tRole\tRegion\nMixpanel\tProduct analytics\tUS\nZendesk\tSupport\tEU')).toBe(
      'Vendors\nName | Role | Region\nMixpanel | Product analytics | US\nZendesk | Support | EU');
  });

  it('columns separated by runs of spaces become rows; one line with gaps stays prose', () => {
    expect(normalizeText('Tool     Use     Where\nHeap     Analytics     US')).toBe('Tool | Use | Where\nHeap | Analytics | US');
    expect(normalizeText('We use Heap.     It measures clicks.     See below.')).toBe('We use Heap. It measures clicks. See below.');
  });

  it('a header of cells one per line, then the cells of each row one per line', () => {
    expect(rebuildScrapedTables('Cookies\nName\nProvider\nPurpose\n_pk_id\nMatomo\nVisitor statistics\n_hjid\nHotjar\nHeatmaps\nMore text.')).toBe(
      'Cookies\nName | Provider | Purpose\n_pk_id | Matomo | Visitor statistics\n_hjid | Hotjar | Heatmaps\nMore text.');
  });

  it('a header cell written in two languages', () => {
    expect(rebuildScrapedTables('名称 Name\n提供方 Provider\n用途 Purpose\n_ga\nGoogle\n统计 Analytics')).toBe(
      '名称 Name | 提供方 Provider | 用途 Purpose\n_ga | Google | 统计 Analytics');
  });

  it('cells separated by middle dots, two rows or more; a labelled line of links is not a row', () => {
    expect(rebuildScrapedTables('服务商 · 用途 · 地区\n腾讯云 · 短信 · 中国大陆')).toBe('服务商 | 用途 | 地区\n腾讯云 | 短信 | 中国大陆');
    expect(rebuildScrapedTables('Home · About · Shop\nRead next: The Guardian · Wired · Vox')).toBe('Home · About · Shop\nRead next: The Guardian · Wired · Vox');
  });

  it('a consent panel: vendors and their switches, also after a full-width pair of spaces', () => {
    expect(normalizeText('Criteo   ON\nTaboola   OFF')).toBe('| Criteo | ON\n| Taboola | OFF');
    expect(normalizeText('巨量引擎\u3000\u3000开\n优量汇\u3000\u3000关')).toBe('| 巨量引擎 | 开\n| 优量汇 | 关');
  });

  it('stays linear on hostile input: sixty thousand short lines, a line of a million spaces and tabs', () => {
    const short = Array.from({ length: 60_000 }, () => '  - item').join('\n');
    expect(rebuildScrapedTables(short)).toBe(short);
    expect(normalizeText(`We share${' '.repeat(200_000)}with${'\t \u00a0'.repeat(50_000)}Google.`)).toBe('We share with Google.');
  });

  it('text without such a table comes back as it was', () => {
    const prose = 'We share data with:\nStripe\nShopify\nKlaviyo';
    expect(rebuildScrapedTables(prose)).toBe(prose);
  });
});

describe('sentences the page broke across lines', () => {
  it.each([
    ['Chinese, after a comma', '我们合作的广告公司会在本站放置小文件，记录您浏览的商品，\n以便在其他网站向您展示相关广告。', '我们合作的广告公司会在本站放置小文件，记录您浏览的商品，以便在其他网站向您展示相关广告。'],
    ['English, a lower-case word going on', 'Until last spring our newsletter went out through\nmailchimp and its servers in the US.', 'Until last spring our newsletter went out through mailchimp and its servers in the US.'],
  ])('are one line again: %s', (_shape, text, joined) => expect(rejoinBrokenLines(text)).toBe(joined));

  it("a link's text on a line of its own inside a sentence", () => {
    expect(rejoinBrokenLines('With your consent we load statistics scripts from\nMatomo Cloud\nto see which pages are read.')).toBe(
      'With your consent we load statistics scripts from Matomo Cloud\nto see which pages are read.');
  });

  it('a heading and its first line, list items, table rows and brands written in lower case stay apart', () => {
    for (const text of ['Analytics\nwe count visits ourselves.', 'Partners include:\n- analytics firms,\n- ad networks', '第三方清单，\n| 名称 | 用途 |', 'Vungle - video ads and mediation\nironSource - ad mediation']) {
      expect(rejoinBrokenLines(text)).toBe(text);
    }
  });
});

describe('what the readers make of them', () => {
  it('a vendor in a consent panel is named, switched on or off; one the panel says was removed is not', () => {
    const got = named('Privacy settings\nStrictly necessary   ALWAYS ON\nCriteo   ON\nTaboola   OFF\nHotjar   removed in 2023\nSave choices');
    expect(got).toContain('criteo');
    expect(got).toContain('taboola');
    expect(got).not.toContain('hotjar');
  });

  it('an SDK table laid out with tabs names its companies', () => {
    expect(named('SDKs\nSDK\tCompany\tData\nBranch\tBranch Metrics\tInstall referrer\nOneSignal\tOneSignal\tPush token')).toContain('onesignal');
  });

  it('a Chinese description line under its term is read as a sentence of that section, not as a title', () => {
    expect(kinds('我们合作的第三方\n统计服务商\n收集您在本站的页面访问记录，帮助我们了解网站的使用情况')).toContain('site_analytics');
  });

  it('a cookie table one cell per line discloses a third party measuring visits', () => {
    expect(kinds('Cookies\nCookie\nSet by\nPurpose\n_am_id\nThird party\nAudience measurement\nlang\nThis site\nLanguage')).toContain('site_analytics');
  });
});
