import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-third session's development look-alikes and the last notes' open shapes, written here in new words.

describe('Chinese: a name whose last character starts an ordinary word is no name', () => {
  it.each([
    ['美团 inside 审美 + 团队', '我们会将您提交的作品提供给审美团队评审。', ['meituan']],
    ['美团 inside a list of the site\'s own teams', '样品会交给审美团队和品控团队检查，并提供给合作工厂。', ['meituan']],
    ['个推 inside "each push"', '我们会向合作方提供每个推送频道的打开次数统计。', ['getui']],
    ['新浪 inside 新浪潮', '“新浪潮影展”的购票信息会提供给票务合作方用于出票。', ['sina']],
    ['京东 inside 京东方', '我们的屏幕供应商京东方会收到返修设备的序列号。', ['jing_dong']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a brand right after a verb', '我们会将订单信息共享给美团，用于配送。', ['meituan']],
    ['a brand ICU glues to the preposition before it', '外卖配送由美团配送完成，我们会提供您的收货地址。', ['meituan']],
    ['a brand ICU glues to the verb before it', '我们接入神策分析，用于统计页面访问。', ['sensors_data']],
    ['a brand before its product word', '我们集成了个推SDK，用于向您发送消息推送。', ['getui']],
    ['a brand written as two dictionary words', '支付时，您的订单号会提供给支付宝。', ['alibaba']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a record, a change log or a footnote on another line decides', () => {
  it.each([
    ['a recipient field', 'Provision to third parties\nRecipient: Kakao Corp.\nPurpose of use by the recipient: order notifications', ['kakao']],
    ['a joint-use field', 'Joint use\nJointly used with: Dentsu Inc.\nPurpose: measuring the effect of our adverts', ['dentsu_aegis_network']],
    ['a recipient field with its product in brackets', 'Transfer overseas\nRecipient: Google LLC (Firebase)\nItems: crash logs', ['google']],
    ['Chinese: a recipient field', '向第三方提供\n接收方：北京快手科技有限公司\n接收方的使用目的：广告投放', ['kuaishou']],
    ['a change log\'s added line', 'What changed\nAdded: Microsoft Clarity (session replay on the booking pages)', ['microsoft']],
    ['a footnote that only narrows', 'Advertising partners\n- Criteo*\n* only in the EU app, after you accept advertising cookies', ['criteo']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a change log\'s removed line', 'What changed\nRemoved: Quantcast Measure (audience counts)', ['quantcast']],
    ['a record whose purpose field says it ended', 'Provision to third parties\nRecipient: Yahoo Japan Corporation\nPurpose of use by the recipient: — (partnership ended in 2023)', ['yahoo_japan']],
    ['Chinese: a record whose purpose says no longer provided', '接收方：北京诸葛云游科技有限公司（诸葛io）\n接收方的使用目的：不适用，自2024年起我们已不再向其提供任何信息', ['zhuge']],
    ['an asterisk footnote that retires', 'We send newsletter sign-ups to HubSpot* and event registrations to Eventbrite.\n* Retired in 2023; it no longer receives data from us.', ['hubspot']],
    ['a double-asterisk footnote, the single one narrowing', 'We share cookie IDs with our ad partners Criteo* and The Trade Desk**.\n* EU only\n** contract ended in December 2023', ['the_trade_desk']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('a negation that governs carrying, receiving or sharing buttons', () => {
  it.each([
    ['no buttons for sharing to', 'The app has no buttons for sharing to Snapchat or Pinterest.', ['snap_technologies', 'pinterest']],
    ['does not carry widgets from', 'We do not carry recommendation widgets from networks such as Outbrain.', ['outbrain']],
    ['never receives from a source', 'We never receive your contact details from panel companies such as Dynata.', ['dynata']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['receives, with a denial of other data after', 'Outbrain receives the page address and does not receive your name.', ['outbrain']],
    ['a user choosing not to receive ads, the company still named', 'You can choose not to receive personalised ads from Criteo by visiting its opt-out page; Criteo sets cookies on our pages.', ['criteo']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('data that goes to a company is no visit to its help page', () => {
  it('named: card details go to the payment company', () => {
    expect(named('When you pay, your card number and billing address go to Klarna, which processes the payment.')).toContain('klarna');
  });
  it('not named: the reader told to go to its page', () => {
    expect(named('For questions about a charge, go to Klarna and use its contact form.')).not.toContain('klarna');
  });
});

describe('rows under a lead-in, and a record that says not applicable', () => {
  it.each([
    ['a bare row with its service in brackets under a lead-in', 'Companies that receive your data:\nOptimizely (A/B testing)\nContentsquare (experience analytics)', ['optimizely', 'content_square']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a recipient field whose value says not applicable, ended', 'Provision to third parties\nRecipient: Adobe Inc. - not applicable (use of Adobe Analytics ended in 2023)', ['adobe']],
    ['a bare bracketed line that is a title, not under a lead-in', 'Optimizely (our history)\nWe built this site in 2015.', ['optimizely']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('Chinese: a section\'s companies that stopped, are outside the policy, or are the site\'s own pages', () => {
  it.each([
    ['stopped integrating since a year', '我们已于2023年起停止接入优量汇和 Mintegral，不再向其提供任何设备信息。', ['mobvista']],
    ['outside this policy, in the mention\'s own clause', '本站部分文章亦于 Yahoo 新闻转载，该等平台之数据处理不受本政策规范。', ['yahoo']],
    ['the site\'s own page on a social network', '本会的 Facebook 专页仅作发布信息用途，我们不会透过专页收集您的帐户数据。', ['facebook']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a provider in one clause, other sites outside the policy in the next', '本站的机票比价结果由 Skyscanner 提供；点击订购后将导向航空公司网站，您于该等网站提供之资料不受本政策规范。', ['trip_com']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('a verb that looks like an identifier, a pronoun that takes the names back', () => {
  it('named: a vendor that handles requests', () => {
    expect(named('Zendesk handles support requests from parents and teachers.')).toContain('zendesk');
  });
  it('not named: a handle on a social network', () => {
    expect(named('You may add your Pinterest handle to your public profile.')).not.toContain('pinterest');
  });
  it('not named: syndication partners the next clause says get no data', () => {
    expect(named('Our recipes are syndicated to Yahoo Life and MSN; we do not share reader data with them.')).not.toContain('yahoo');
  });
  it('named: a partner the next clause denies only one kind of data', () => {
    expect(named('We use Criteo for retargeting; we do not share your email with them.')).toContain('criteo');
  });
});

describe('every name in a clause a removal opens is gone', () => {
  it.each([
    ['removed pixels with their script addresses', 'In 2024 we removed the Pinterest Tag (s.pinimg.com/ct/core.js) and the Reddit pixel (www.redditstatic.com/ads/pixel.js).', ['pinterest', 'reddit']],
    ['no longer calls a list of hosts', 'We self-host our fonts and no longer call fonts.googleapis.com or use.typekit.net.', ['google', 'adobe']],
    ['earlier versions included', 'Versions before 3.0 included Sentry and Mixpanel for crash reports and analytics.', ['sentry', 'mixpanel']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a removal, then what is used now', 'We removed the Hotjar script and now share usage data with Mixpanel for analytics.', ['mixpanel']],
    ['a removal in brackets, a use after it', 'We enrich records with Clearbit (we stopped using 6sense in 2024), and we identify visiting companies with Demandbase.', ['demandbase']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});

describe('Chinese: removals, prizes and comparisons name no recipient', () => {
  it.each([
    ['a removal with its names listed', '自6.0版本起，我们移除了全部第三方统计SDK，包括友盟（com.umeng.analytics）和TalkingData。', ['umeng', 'talkingdata']],
    ['no longer loaded from', '本站字体已改为自行托管，不再从 Google Fonts（fonts.googleapis.com）载入。', ['google']],
    ['a prize from an app store', '本App荣获华为应用市场“年度最佳应用”。', ['huawei']],
    ['a comparison with analytics tools', '与 Google Analytics、神策分析等第三方统计工具不同，本网站只在自己的服务器上统计访问量。', ['google', 'sensors_data']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });

  it.each([
    ['a removal that turns to the new provider', '2023年6月：停用个推推送服务，改由极光推送提供。', ['jiguang']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });
});
