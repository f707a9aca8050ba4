import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// Shapes from the fifth English naming development round (tests/fixtures/eval/lookalikes/dev/en-naming-5.json,
// 10th session), asked for mentions that carry no data flow.

describe('English mentions that name no recipient', () => {
  it.each([
    ['a list of what the app has none of', 'Unlike many free games, our app contains no advertising SDKs such as AppLovin, ironSource or Unity Ads.', 'applovin'],
    ['a vendor used before', 'We previously used Mailchimp to send our newsletter. In 2023 we moved our mailing list elsewhere.', 'mailchimp'],
    ['an app the reader is handed to', 'If you tap "Get directions", we open Apple Maps or Google Maps on your phone.', 'google'],
    ['the other company\'s own policy', 'If you follow the link to the map, from then on, Apple\'s or Google\'s privacy policy applies.', 'apple'],
    ['a self-hosted font library', 'Other fonts on the site come from the Google Fonts library but are hosted on our own servers, so no request goes to Google.', 'google'],
    ['the reader\'s own tools', 'Parents can use tools such as Apple Screen Time or Google Family Link to limit what their children use.', 'google'],
    ['a settlement cited', 'We keep tracking to a minimum, mindful of regulatory actions such as the FTC\'s 2019 settlement with Facebook.', 'facebook'],
    ['code published on a code host', 'Our SDKs are open source and published on GitHub; contributions are welcome.', 'github'],
    ['the author under its former name', 'This Privacy Policy is issued by Meta Platforms, Inc. (formerly known as Facebook, Inc.) and explains how we collect and use information when you use Instagram.', 'facebook'],
    ['search-engine tools about the site', 'We submit our sitemap to Google Search Console and Bing Webmaster Tools so that our pages appear in search results.', 'microsoft'],
    ['platforms governed by their own policies', 'This policy does not cover our social media pages. Those platforms are governed by Meta\'s, Google\'s and LinkedIn\'s own policies.', 'google'],
    ['a partner badge', 'As a Salesforce Summit Partner and Google Cloud Partner, we help clients implement CRM solutions.', 'salesforce'],
    ['integrations removed', 'We removed Facebook Login and the Facebook Like button from our website in 2022.', 'facebook'],
    ['an open-source framework\'s maker', 'This app was built with Flutter, an open-source framework created by Google.', 'google'],
  ])('%s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});

describe('English recipients the round showed missing', () => {
  it.each([
    ['a message service data is sent through', 'Recurring SMS alerts are sent through Twilio.', 'twilio'],
    ['sharing many things with a network', 'If you connect your Facebook account, we will share the playlists you create and the podcasts you follow with Facebook.', 'facebook'],
    ['an example of a recipient', 'When you book a flight, we share your name and passport information with the airline operating your flight, for example Delta Air Lines.', 'delta_airlines'],
    ['a payment option named', 'At checkout you can pay in installments with Klarna. If you choose it, we share your order information with that provider.', 'klarna'],
    ['an ad platform\'s pixel (not a phone)', 'Our website uses the TikTok Pixel to measure how many people who saw our ads went on to make a purchase.', 'bytedance_inc'],
    ['Apple\'s push service', 'Push notifications in our app are delivered through Apple Push Notification service. We send it a device token.', 'apple'],
    ['donations through a payment company', 'Our donation pages accept gifts through Stripe.', 'stripe'],
  ])('%s', (_shape, text, org) => expect(named(text)).toContain(org));
});
