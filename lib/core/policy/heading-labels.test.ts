import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract';

const named = (text: string) => analyzePolicy(text, { siteDomain: 'shop.example' }).thirdParties;
const orgs = (text: string) => named(text).map((t) => t.org);
const INTRO = '## Privacy policy\n\nThis policy explains what we collect and who receives it.\n\n';

// Vendor cards, accordions and "one heading per service" pages put the company's name in a title and say what it does
// in the paragraph under it, without repeating the name (heading-labels.ts).
describe('a title that is only a company name labels the paragraph under it', () => {
  it('names the company and quotes its title with the paragraph', () => {
    const text = `${INTRO}## Our partners\n\nWe work with the following companies.\n\n## Criteo\n\nShows you ads for products you viewed, using a cookie ID and a hashed email address.\n\n## Salesforce Marketing Cloud\n\nStores our member list and sends our emails.`;
    const criteo = named(text).find((t) => t.org === 'criteo');
    expect(criteo?.evidence.text).toBe('Criteo: Shows you ads for products you viewed, using a cookie ID and a hashed email address.');
    expect(orgs(text)).toContain('salesforce');
  });

  it('reads an accordion title in Chinese over its description, past a pointer to the company\'s own policy', () => {
    expect(orgs(`${INTRO}Appier（沛星互動科技股份有限公司）\n\n依據您的瀏覽行為推估興趣，提供個人化廣告及跨裝置廣告投放。\n\n您可至 Appier隱私權政策 頁面行使選擇退出權利。`)).toContain('appier');
  });

  it.each([
    ['a retired service', '## Mixpanel\n\nWe stopped using this service in 2022 and deleted its data.', 'mixpanel'],
    ['a denial', '## Criteo\n\nWe do not share any personal data for advertising.', 'criteo'],
    ['a social profile', '## Facebook\n\nFollow us for news and offers.', 'facebook'],
    ['a paragraph about another company', '## Google\n\nWe use Hotjar to record how visitors use our pages.', 'google'],
    ['the last of a list of names', 'Listen on\nApple Podcasts\nSpotify\nAmazon Music\n\nDownloads are measured by our host, which logs your IP address and podcast app.', 'amazon_associates'],
    ['a phone brand over permission settings', '## 华为手机\n\n进入设置—应用—权限管理，关闭定位权限。', 'huawei'],
    ['a paragraph that only points elsewhere', '## Quantcast\n\nSee our cookie notice for the details of each cookie.', 'quantcast'],
    ['a title with more than a name', '## How Criteo once worked with us\n\nShows you ads for products you viewed.', 'criteo'],
  ])('does not name the company of %s', (_shape, section, org) => {
    expect(orgs(`${INTRO}${section}`)).not.toContain(org);
  });

  it('lets the section\'s own mention of the company decide', () => {
    expect(orgs(`${INTRO}## Mailchimp\n\nOur newsletter used Mailchimp until 2021; we no longer use Mailchimp.`)).not.toContain('mailchimp');
  });
});
