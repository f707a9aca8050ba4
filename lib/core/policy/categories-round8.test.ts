import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// Shapes from the thirteenth session's development rounds (tests/fixtures/eval/lookalikes/dev/denials-4.json and
// dev/*-category-2x.json).

describe('category disclosures from the thirteenth session', () => {
  // "不开展 / 不包含任何": a denied verb outside the sharing verbs. Read as a disclosure, the site would be credited with
  // the very thing it denies.
  it.each([
    '我们不开展任何定向广告，也不会向任何广告平台提供您的浏览记录、Cookie标识或设备信息。',
    '本网站的网页中不包含任何第三方广告代码或数据统计代码，我们也不会读取可用于跨站识别您的标识符。',
    // "no" over a whole list, "no third-party tracking", a cookie the sentence says is not used (denials-3 development rows).
    'We do not allow any third party to collect data from visitors to our website: there are no third-party analytics, advertising or session-recording scripts on our pages.',
    'That means no analytics cookies, no advertising cookies and no third-party tracking of any kind on our website.',
    'We count page views with a simple counter on our own server that does not use cookies or store IP addresses.',
    // Verbs that deny or take away: "do not integrate", "have switched off", "removed all", "do not, however, use".
    'We do not integrate any advertising SDK.',
    'We have switched off all third-party analytics.',
    'After reviewing our website, we removed all advertising pixels from it.',
    'We do not, however, use any third-party tracking or advertising technologies.',
    // The ad companies get only totals: nothing about the visitor.
    'Advertisers receive only total impression counts, never information about individual users.',
    '本应用的广告由我们自主运营的广告系统投放，广告主只能看到汇总后的曝光量和点击量，无法获取任何单个用户的信息。',
    // The kind as the subject of a denied verb behind a 通过 phrase; 录制 denied; a 无论 topic clause denied by the next one.
    '我们的应用不嵌入任何第三方广告SDK，第三方广告商无法通过本应用获取您的信息。',
    '您在页面中的点击、滚动和输入内容不会被录制，也不会上传至任何第三方。',
    '无论是统计分析、广告还是会话录制，我们均不使用第三方服务。',
  ])('a denied action discloses nothing: %s', (text) => expectNoTrackingKind(text));

  // The site measuring itself (denials marked by the second helpers of the category development rounds).
  it.each([
    'Our analytics software is self-hosted on our own servers, so information about your visit is never passed to an analytics company.',
    '本网站的访问统计由我们自建的统计系统完成，统计服务器部署在境内，访问数据不会传输给任何外部服务商。',
  ])('self-run analytics discloses no analytics company: %s', (text) => expect(kinds(text)).not.toContain('site_analytics'));

  it('keeps the other purpose and another clause\'s analytics partners', () => {
    expect(kinds('我们与广告合作伙伴共享设备标识符，用于在本应用中投放广告；网站和应用的访问统计由我们自己完成，不使用任何第三方统计服务。')).toContain('advertising');
    expect(kinds('We host our own visit counter on our own servers; our analytics partners also receive reports on how visitors use the site.')).toContain('site_analytics');
  });

  it('keeps a ", however," that joins two clauses as a break: the second clause still shares', () => {
    expect(kinds('We do not sell your information, however, we may share it with advertising partners.')).toContain('advertising');
  });

  it('still reads a 无论 topic clause whose next clause shares', () => {
    expect([...kinds('无论是统计分析还是广告投放，我们都会与第三方合作伙伴共享您的设备信息。')]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
  });

  // A data label or record field written as "Label: description" with no full stop is a line that says something, not a
  // section title (text.ts isEnglishDefinition).
  it.each([
    'Data shared\nApp activity: app interactions, in-app search history\nDevice or other IDs\nShared with third parties for: advertising or marketing, analytics',
    'Category: Internet or other electronic network activity\nSources: your device; SDKs in our apps\nDisclosed to: analytics providers; advertising networks',
  ])('a field line discloses: %s', (text) => {
    expect([...kinds(text)]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
  });

  // "3rd party" is how many small sites write "third party".
  it('reads "3rd party" as "third party"', () => {
    expect(kinds('Our site uses 3rd party cookies that count how many people visit each page.')).toContain('site_analytics');
    expect(kinds('3rd-party advertising networks may place cookies on your browser to show you ads on other sites.')).toContain('advertising');
  });

  // Measuring the ads is advertising: the same sentence does not also disclose the analytics companies on the page.
  it.each([
    ['Purpose: measure the performance of our advertising campaigns | Who: advertising partners | Data: cookie ID, clicks'],
    ['Our advertising partners conduct research about the advertisements you see.'],
    ['我们接入的第三方广告SDK需要该信息来控制同一广告的展示次数，并统计广告的曝光量。'],
    ['当您在本站完成购买后，页面中嵌入的合作方像素代码会把订单金额和设备信息发送给相应的广告平台，用于统计广告带来的成交。'],
  ])('ad measurement discloses advertising, not analytics: %s', (text) => {
    expect(kinds(text)).toContain('advertising');
    expect(kinds(text)).not.toContain('site_analytics');
  });

  it('still reads analytics in a sentence that measures ads and the site', () => {
    expect([...kinds('Our partners measure the performance of our ads and analyse how visitors use our pages.')]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
  });

  // "不含" before a list is what is left out of the data, not a denial of the sharing.
  it('still reads "（不含…）" as a list, not a denial', () => {
    expect(kinds('我们会将您的设备标识符（不含您的姓名和手机号）提供给广告合作伙伴，用于向您展示个性化广告。')).toContain('advertising');
  });
});
