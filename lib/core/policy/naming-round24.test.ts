import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// From the twenty-fourth session's development look-alikes (bare name lists under a title; long sentences whose clauses
// give each company its own standing), written here in new words.

describe('a bare list: names one per line under a title, with no bullet, colon or blank line', () => {
  it.each([
    ['a title that names the kind', 'Analytics we run on this site\nMixpanel\nFullStory', ['mixpanel', 'fullstory']],
    ['a title that names a job done for the site', 'Customer support\nZendesk\nIntercom', ['zendesk', 'intercom']],
    ['a title ending in its bracket', 'Service providers (updated March 2025)\nCloudflare\nSendGrid', ['cloudflare']],
    ['an unknown name between the title and a known one', 'Card payments are processed by\nKestrel Systems Ltd\nStripe', ['stripe']],
    ['a line of text leading into the names without its colon', 'Identity checks on new accounts are run by\nExperian', ['experian_inc']],
    ['Chinese: a title that names the job', '内容安全审核\n网易易盾\n数美科技', ['netease']],
    ['Chinese: two titled lists printed together, the second one a recipient list', '关注我们\n微博\n数据存储\n阿里云', ['alibaba']],
  ])('named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).toContain(org);
  });

  it.each([
    ['a press strip', 'As seen in\nThe Guardian\nTechCrunch', ['the_guardian']],
    ['a devices list', 'Compatible devices\nSamsung Galaxy\nGoogle Pixel', ['samsung', 'google']],
    ['a pay-with strip', 'Pay with\nPayPal\nKlarna', ['paypal', 'klarna']],
    ['a one-line sign-in strip', 'Log in with\nApple | Google | Facebook', ['apple', 'google', 'facebook']],
    ['integrations the reader connects', 'Integrations you can connect yourself\nSlack\nTrello', ['slack']],
    ['a social footer under a recipient list', 'Hosting\nAmazon Web Services\n\nFollow us\nInstagram\nPinterest', ['facebook', 'pinterest']],
    ['Chinese: an awards title over a press name', '荣誉奖项\n新浪科技年度应用', ['sina']],
    ['Chinese: where prices are read from', '价格数据来源\n携程\n同程旅行', ['trip_com']],
  ])('not named: %s', (_shape, text, orgs) => {
    const got = named(text);
    for (const org of orgs) expect(got).not.toContain(org);
  });
});

describe('one clause of a long sentence says what its company is', () => {
  it.each([
    ['no longer through', 'Our recommendations are served by Outbrain, and no longer through Taboola.', ['taboola'], ['outbrain']],
    ['in place of', 'Sign-up forms use Friendly Captcha in place of Google reCAPTCHA.', ['google'], []],
    ['a tool trialled once', 'Funnels are built in Amplitude, while Heap, which we trialled in 2022, holds none of our data.', ['content_square'], ['amplitude']],
    ['our previous tool', 'Consent is recorded by Usercentrics; OneTrust, our previous consent tool, has been removed.', ['onetrust'], ['usercentrics']],
    ['switched off', 'Errors are reported to Sentry, but Crashlytics is switched off in the kids edition.', [], ['sentry']],
    ['a planned tool that gets nothing yet', 'Emails go out through Mailchimp; we may move to Braze next year, but until then Braze receives no customer data.', ['braze_inc'], ['mailchimp']],
    ['a tool the site plans to move to', 'Our shop runs on WooCommerce today; we plan to move to Shopify next spring.', ['shopify'], []],
    ['self-hosted, its makers denied later in the sentence', 'Visits are counted with Matomo on our own servers, so no visitor data goes to the makers of Matomo.', ['matomo'], []],
    ['made by', 'The app reads your steps, and our watches are made by Garmin and Fitbit.', ['garmin'], []],
    ['Chinese: replaced by', '自今年起，推送服务由个推更换为极光推送。', ['getui'], []],
    ['Chinese: evaluating, not yet connected', '我们正在评估接入百度地图SDK，目前不会向其提供任何位置。', ['baidu'], []],
    ['Chinese: licensed, then given nothing', '部分音乐由网易云音乐授权，我们不会向其提供您的播放记录。', ['netease'], []],
    ['Chinese: another policy applies', '若您通过美团下单，则适用美团的隐私政策。', ['meituan'], []],
    ['Chinese: a kit the app carries beside a sign-in that brings data in', '我们集成了神策分析SDK，QQ登录仅供您选择（我们只从QQ获取昵称）。', [], ['sensors_data']],
  ])('%s', (_shape, text, not, yes) => {
    const got = named(text);
    for (const org of not) expect(got).not.toContain(org);
    for (const org of yes) expect(got).toContain(org);
  });
});

describe('a domain in a clause that rejects its company is rejected with it', () => {
  it.each([
    ['no longer loaded from', 'Fonts are self-hosted and no longer loaded from fonts.googleapis.com.', 'googleapis.com'],
    ['Chinese: no longer loaded from', '本站字体已改为自行托管，不再从 fonts.googleapis.com 加载。', 'googleapis.com'],
  ])('%s', async (_shape, text, domain) => {
    const { analyzePolicy } = await import('./extract.ts');
    expect(analyzePolicy(text).thirdParties.map((t) => t.domain)).not.toContain(domain);
  });
  it('a domain the site still uses stays', async () => {
    const { analyzePolicy } = await import('./extract.ts');
    expect(analyzePolicy('We send page views to tracksy-metrics.example for audience statistics.').thirdParties.map((t) => t.domain)).toContain('tracksy-metrics.example');
  });
});
