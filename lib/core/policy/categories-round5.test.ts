import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// Shapes from the fifth category development round (tests/fixtures/eval/lookalikes/dev/*-category-5.json, 10th
// session): one outside provider described by what it does, affiliate and list-rental marketing, "item — answer" rows.
const kinds = (text: string) => new Set(analyzePolicy(text).categories.map((c) => c.category));

describe('category disclosures of one provider described by what it does', () => {
  it.each([
    ['Our newsletter goes out through an email delivery service. Each message contains a tiny image and tracked links, so the service can tell us whether the email was opened.', 'site_analytics'],
    ['Lesson videos are streamed from the company that hosts our video library. When you press play, its player notes how far you watch and passes those figures to us.', 'site_analytics'],
    ['If the app crashes, a report with your device model is sent to the maker of our crash-reporting library so our developers can fix the problem.', 'site_analytics'],
    ['A monitoring kit built into the app measures how long screens take to load and sends these measurements to the kit\'s provider.', 'site_analytics'],
    ['We do use an outside service that counts page views and visits on our public website.', 'site_analytics'],
    ['The testing tool we use gives your browser a cookie so you keep seeing the same version, and it sends the tool your clicks so we can compare the two.', 'site_analytics'],
    ['When you browse our shop, small pieces of code from outside companies run on our pages. Some count visits and show us which products people look at.', 'site_analytics'],
    ['The webinar platform records when you joined and left, and gives us attendance reports afterwards.', 'site_analytics'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('category disclosures of marketing by other companies', () => {
  it.each([
    ['The shop, or the network that runs its referral programme, uses a cookie to record that you came from us.'],
    ['From time to time we make our postal mailing list available to carefully chosen organisations whose products or causes may interest you.'],
    ['We sometimes swap names and postal addresses with other charities for a single mailing.'],
    ['By entering the prize draw, you agree that the co-sponsors listed on the entry page may contact you by email with their own offers.'],
    ['Members of our rewards programme may receive offers from partner brands.'],
    ['At the conference, if you agree, that exhibitor receives your name and contact details and may send you information about its products.'],
    ['rt_seen | Third-party | 90 days | Remembers that you visited so our offers can be shown to you on other websites'],
    ['To stop seeing offers based on your visits while you browse elsewhere, use the industry opt-out pages for interest-based ads.'],
    ['You can use the "Do Not Sell or Share My Personal Information" link at the foot of every page to submit a request.'],
    ['For joint marketing with other financial companies | Yes | No'],
    ['We belong to a cooperative database of catalogue retailers.'],
    ['We sometimes give social media platforms a hashed list of supporters\' email addresses, so our appeals can be shown to them.'],
    // A consent condition is not a denial: the sharing happens with consent.
    ['We will not share your personal information with third parties for marketing purposes without your consent.'],
  ])('%s → advertising', (text) => expect(kinds(text)).toContain('advertising'));
});

describe('denials and rows answered no disclose nothing', () => {
  it.each([
    'Product usage data\nWhen you use the dashboard, we record which features you open. We do not send them to any outside tool or service.',
    '| For nonaffiliates to market to you | No | We don\'t share |',
    'We don\'t track visitors across other websites and we don\'t let others do so on ours, so Do Not Track signals make no difference here.',
    'Your subscription details are used to manage your account and are never made available to advertisers.',
    'Pages in the subscriber edition load no code from ad companies, and we measure reading only with tools we run ourselves.',
  ])('%s', (text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });

  it('"barred from using the data for its own advertising" discloses the analytics provider, not advertising', () => {
    const k = kinds('The company that provides our visitor statistics is contractually barred from using the data it collects for its own advertising.');
    expect(k.has('site_analytics')).toBe(true);
    expect(k.has('advertising')).toBe(false);
  });
});
