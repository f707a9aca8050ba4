import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds } from '../../../tests/support/policy-sentences.ts';

// From the twenty-first session's development rounds (en-category-39, zh-category-37: meaning spread over several lines),
// each written here in new words, with the look-alike that must stay as it is.

describe('twenty-first-session development rounds: a list finishing a lead-in that says the site does not', () => {
  it.each([
    ['"We never:" and verb phrases', 'Our promises\nWe never:\n- rent your contact details to marketers;\n- let ad networks put tracking pixels on our pages;\n- give outside firms your reading history for statistics.'],
    ['"Things we do not do:"', 'Things we do not do:\n- allow advertising partners to collect your device ID;\n- send your usage data to analytics companies.'],
    ['Chinese: 我们绝不', '无论何种情况，我们绝不：\n- 允许广告联盟在App内收集您的设备标识；\n- 将您的使用记录交给外部机构做统计分析。'],
    ['Traditional Chinese: 本公司不會', '本公司不會：\n一、將會員資料提供予廣告業者；\n二、委託外部機構分析您的瀏覽紀錄。'],
  ])('not a disclosure: %s', (_shape, text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });

  it.each([
    ['a lead-in whose rows are the exceptions', 'We do not share your data with other companies, except:\n- with advertising partners that show you our offers elsewhere, if you agree.', 'advertising'],
    ['a lead-in that denies only without consent', '未经您的同意，我们不会：\n- 向广告合作方提供您的设备标识用于个性化广告。', 'advertising'],
    ['a lead-in with an object of its own, whose rows are situations', 'We will not pass your details to third parties in these cases:\n- when you browse without an account.\nIn all other cases, ad partners receive your device ID to target our campaigns.', 'advertising'],
    ['a row with a subject of its own', 'We never:\n- sell your data.\n- We do use analytics providers that count visits to our pages.', 'site_analytics'],
  ])('still a disclosure: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('twenty-first-session development rounds: purposes referred back to', () => {
  it.each([
    ['"for the foregoing purposes" with relying on outside kits', 'We record which features you open to measure how often each is used.\nWe rely on third-party SDKs for the foregoing purposes.', 'site_analytics'],
    ['Chinese: 前述目的', '为了统计各页面的访问量，我们会记录您的浏览行为。\n我们会为前述目的使用第三方服务商提供的工具。', 'site_analytics'],
  ])('discloses: %s', (_shape, text, kind) => expect(kinds(text)).toContain(kind));
});

describe('twenty-first-session development rounds: an outside tool watching how the site is used', () => {
  it.each([
    ['a testing service that works out which design wins', 'Now and then we try two layouts of a page. An experimentation service we use works out which layout keeps visitors longer.'],
    ['"It records which …" after a widget made by another company', 'The quiz on our recipe pages is made by another company.\nIt records which answers you pick and how far you get.'],
    ['the screen maker\'s software', 'At the self-checkout, the display maker\'s software counts how many shoppers look at each offer.'],
  ])('discloses analytics: %s', (_shape, text) => expect(kinds(text)).toContain('site_analytics'));

  it.each([
    ['the site itself', 'Our team records which pages are visited most, using our own server logs.'],
    ['an ad platform measuring its ads', 'A tag placed by the ad platform records whether you buy after clicking an ad.'],
    ['a network operator keeping the network running', 'The Wi-Fi is run by an outside company. It sees which devices connect, only to keep the network running.'],
    ['a denial', 'No outside service records which pages you visit.'],
  ])('not analytics: %s', (_shape, text) => expect(kinds(text)).not.toContain('site_analytics'));
});
