import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';
import { affirmedAfterChoice } from './negation.ts';

// Shapes from the sixteenth session's development rounds (tests/fixtures/eval/lookalikes/dev/en-category-29/-30.json,
// zh-category-27/-28.json): each written here in new words, with the look-alike that must stay as it is.

describe('category disclosures from the sixteenth session', () => {
  it.each([
    // Real-time bidding: the parties that receive a bid request are advertising companies, whatever they are called.
    ['Each time an ad slot on this page is auctioned, the bid request goes out to several potential bidders with your rough location.', 'advertising'],
    ['So that buyers can work out what to bid, the request they receive carries your device type and the page address.', 'advertising'],
    // Advertisers' own tags, sponsored placements, co-sponsors, look-alike audiences, TV commercials.
    ["We let the advertisers' tags run on product pages so that they can count how often their banners are seen.", 'advertising'],
    ['If you tick the box, the co-sponsor of the draw receives your e-mail address so it can send you their offers.', 'advertising'],
    ['Your profile may be shared with recruitment partners to promote our openings to people with similar profiles.', 'advertising'],
    ['A measurement company turns your viewing into audience figures for the commercials shown in our programmes.', 'advertising'],
    // Analytics in the words of ratings, totals and reports on how people engage.
    ['Our ratings partner collects panel data about which of our stations you listen to.', 'site_analytics'],
    ['An outside company collects this through cookies and sends us the totals each week.', 'site_analytics'],
    ['The webinar platform provider receives your attendance data and reports to us on how people engaged with each talk.', 'site_analytics'],
    ['Partners in the app give us reports on player retention and session length.', 'site_analytics'],
    ['We and our vendors store and access information on your device to measure ads and to understand audiences.', 'site_analytics'],
    // POPIA "operators", and a measurement operator in a purposes table.
    ['We use operators to compile statistics on how applicants move through our online forms.', 'site_analytics'],
    ['Purpose: counting visits to our pages | Legal basis: legitimate interest | Shared with: audience measurement operator', 'site_analytics'],
    // Chinese: 宣传 as advertising, the make-up of a customer base as analytics, a passive "被第三方用作".
    ['我们会向第三方提供去标识化的购买记录，以评估我们在网上投放的宣传是否有效。', 'advertising'],
    ['合作伙伴会收到汇总的浏览数据，协助我们了解用户群的构成。', 'site_analytics'],
    ['您的浏览记录可能被第三方用作判断您的兴趣，并向您推送我们的宣传内容。', 'advertising'],
    // "以无法识别个人的方式提供" describes the data, it does not deny the providing.
    ['我们会以无法识别个人的方式将使用数据提供给研究机构，供其分析用户的使用习惯。', 'site_analytics'],
    ['我们会将不可识别身份的统计数据提供给合作伙伴，用于分析访问趋势。', 'site_analytics'],
    // "（不含…）" narrows the data, it does not deny the providing; a choice offered over a use says the use happens.
    // The user's wish is no promise of the site's.
    ['If you would rather your visits were not counted in the reports our statistics provider prepares for us, install the add-on that provider offers.', 'site_analytics'],
    // The user's own "don't buy" denies nothing of the site's.
    ["If you look at a product but don't buy it, our partners may show you ads for it on other sites.", 'advertising'],
    ['课程使用数据（不含姓名及电话）将提供给高校合作单位，用以研究学员的学习行为模式。', 'site_analytics'],
    ['如您不希望您的资料被用于第三方的统计分析，可在设置中关闭。', 'site_analytics'],
    // "该工具的供应商" borrows the purpose of the sentence that introduced the tool.
    ['本应用集成了一款归因工具，用以判断您是从哪一个渠道下载的。该工具的供应商会收集您的设备标识符。', 'site_analytics'],
  ])('discloses: %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    // The same words where nobody outside receives anything, or the site denies it.
    'Our own sales team sells the ad space in our newsletter directly, without any auction.',
    'We do not send bid requests to any outside bidders; all ad space is sold directly by our staff.',
    'Our editors compile the audience totals themselves from our own server logs.',
    'Where you agree, other companies within our group may use your contact details to tell you about their products.',
    // A denial is not made a disclosure by the sentence before it, a prepositional phrase, or a verb of buying.
    'We compile our own statistics on how the portal is used. These data are not shared with third parties.',
    'We never purchase personal details about you from data brokers.',
    'Advertisers on our podcast pages receive no information about listeners.',
    // No access, "but receives no", "none of them come from", and what the site might do one day.
    'Sponsors have no access to information about our listeners.',
    // "that provider offers" is a verb: the provider offers an add-on, nobody is shown offers.
    'You can install the browser add-on that the provider offers, or block cookies from other domains.',
    'The sponsor chooses the theme with our editors but receives no information about who reads the article.',
    'Every banner advertises our own events. None of them come from outside advertisers.',
    'If we ever share data with advertising partners or outside measurement firms, we will ask for your consent first.',
    '如未来我们接入第三方广告或统计服务，我们将更新本政策并征得您的同意。',
    // 向其 … 任何: nothing goes to the party just named; 广告主提供的: the advertiser gives the site something.
    '我们通过第三方广告平台在其他应用中推广本产品，但仅向其提供宣传素材，不会向其提供任何用户的个人信息。',
    '页面上的横幅为广告主提供的图片，由我们自己的服务器发送，广告主无法获得访客的任何信息。',
    '我们不会将您的信息提供给任何第三方用于宣传。',
    '我们无法向合作伙伴提供您的个人信息，也不会共享您的浏览记录。',
    '我们的课程数据不会提供给任何合作单位用于研究。',
  ])('does not disclose: %s', (text) => expectNoTrackingKind(text));

  it('reads a record whose recipient field comes after its purpose field', () => {
    const record = '告知事項\n一、蒐集目的：行銷、統計與研究分析。\n二、利用對象：本公司及受本公司委託之委外廠商。';
    expect([...kinds(record)]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
    // Without an outside party among the fields, the purposes are the company's own.
    expectNoTrackingKind('告知事項\n一、蒐集目的：行銷、統計與研究分析。\n二、利用對象：本公司。');
  });

  it('reads the tool a sentence points back to as its recipient', () => {
    expect(kinds('我们的网站使用外部服务商提供的标签工具。该工具加载的代码会记录您浏览的页面，用于向曾访问过本站的用户投放推广内容。')).toContain('advertising');
    expectNoTrackingKind('我们的网站使用自建的标签工具。该工具加载的代码会记录您浏览的页面，用于向曾访问过本站的用户投放推广内容。');
  });

  it('reads store labels and data-safety fields as fields of one record, not as titles', () => {
    expect([...kinds('Data shared\nApp activity: Page views and taps\nShared with: third parties\nWhy: Analytics')]).toContain('site_analytics');
    expect([...kinds('Purposes: Third-Party Advertising, Analytics')]).toContain('advertising');
    // Without an outside party among the fields, the purpose is the developer's own.
    expectNoTrackingKind('Data collected\nApp activity: Page views and taps\nShared with: no one\nWhy: Analytics');
  });

  it('reads "(a)" and "(ii)" lines under a lead-in as its items', () => {
    expect([...kinds('We may disclose your personal data to third parties for the following purposes:\n(a) to carry out statistical studies on the use of the service;\n(b) to comply with the law.')]).toContain('site_analytics');
    expect([...kinds('我們可能在下列情況下向第三方披露您的個人資料：\n(i) 進行網站使用情況的統計分析；\n(ii) 遵守法律規定。')]).toContain('site_analytics');
    // Without the lead-in naming anyone outside, the items are the site's own purposes.
    expectNoTrackingKind('We use your personal data for the following purposes:\n(a) to carry out statistical studies on the use of the service;\n(b) to comply with the law.');
  });

  it('reads Taiwan\'s "‧" bullet as a list item under its title', () => {
    expect([...kinds('第三方廣告商\n‧ 可能透過裝置廣告識別碼追蹤您在其他應用程式中的活動，以投放個人化廣告')]).toContain('advertising');
  });

  it('reads what stops after the user says no as what happens until then', () => {
    expect([...kinds('If you opt out on the industry page, you will still see ads, but the participating companies will no longer tailor them to you.')]).toContain('advertising');
    expect([...kinds('If you decline cookies in our banner, no advertising or measurement tags will load.')]).toEqual(expect.arrayContaining(['advertising', 'site_analytics']));
    // Same length, so every quote still cuts the page's own words.
    const text = "If you opt out, we won't share your purchases with advertising partners.";
    expect(affirmedAfterChoice(text)).toHaveLength(text.length);
    expect(affirmedAfterChoice(text)).not.toMatch(/won't/);
    // A sentence that says the denial holds either way is left as it is; so is one without the user's choice.
    const still = 'If you opt out, we will still not share your purchases with anyone.';
    expect(affirmedAfterChoice(still)).toBe(still);
    expect(affirmedAfterChoice('We do not share your purchases with advertising partners.')).toMatch(/do not/);
    expectNoTrackingKind('No advertising or measurement tags load on our pages.');
  });
});
