import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The thirty-ninth session's second file of sentence tests (categories-round39.test.ts is the first).
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe('tracking whose purpose the next sentence gives, about the same parties', () => {
  it.each([
    ['These third parties … so that they can show you ads', 'We permit certain third parties to place cookies on our website. These third parties collect information about your activities across websites, so that they can show you ads based on your interests.'],
    ['These parties … show you relevant ads', 'Our website uses tracking technologies supplied by third parties. These parties may use that information to help us measure the results of our advertising and to show you relevant ads.'],
  ])('advertising only: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['others beside them', 'A few outside firms place cookies on our pages. Others use cookies to show our job adverts to you on other websites.'],
    ['no purpose after', 'We permit certain third parties to place cookies on our website. You can refuse them in your browser.'],
  ])('both kinds still: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(true);
  });
});

describe('advertising in other words: our deals elsewhere, groups of people interested in', () => {
  it.each([
    ['show you our deals later, elsewhere on the web', 'Partners place cookies on this site so they can show you our deals later, elsewhere on the web.'],
    ['groups of people likely to be interested in', 'Partners read a cookie ID and use it to place you in groups of people likely to be interested in home improvement.'],
  ])('%s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['our deals on this site', 'We show you our deals on this site based on what you bought before.'],
    ['people interested in our newsletter, no outside party', 'We count how many people are interested in our newsletter.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
});

describe("the site's own statistics tool in more words", () => {
  it.each([
    ['a tool that we host ourselves', 'Our usage metrics are collected with an open-source tool that we host ourselves.'],
    ['an analytics tool that runs on our own servers (far from the cue)', 'Our website statistics are produced with an open-source analytics tool that runs on our own servers.'],
    ['sent only to our own servers', 'Crash logs are captured by an open-source crash library built into the app and are sent only to our own servers.'],
    ['our own visit counts', 'Our own visit counts are stored on servers rented from another company.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['a tool that another company hosts', 'Our usage metrics are collected with a tool that an analytics company hosts for us.'],
    ['sent to the provider', 'Crash logs are captured by a crash-reporting service and are sent to its provider.'],
  ])('read still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('Chinese: conversion in an A/B test is the product\'s, not advertising', () => {
  it.each([
    ['A/B测试…点击及转化数据', '我们可能会使用第三方提供的A/B测试服务，对部分用户展示不同版本的功能界面，并由该服务收集您的点击及转化数据，以比较不同版本。'],
    ['实验平台…点击与转化', '我们通过第三方实验平台进行A/B实验，平台会记录您所属的分组以及您在实验期间的点击与转化情况。'],
  ])('not advertising: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['转化回传SDK from an off-site slot', 'SDK类型：转化回传SDK\n使用场景：您从站外推荐位进入本应用并完成首单时\n收集信息：设备标识符、下单事件\n提供方：第三方'],
    ['广告…转化', '我们在网页中嵌入了第三方平台的像素代码，用于统计通过该平台广告访问本网站的用户的转化情况。'],
  ])('advertising still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('advertisers as the buyers of ad space disclose nothing; advertisers given data or tracking do', () => {
  it.each([
    ['advertisers choose a section', 'Advertisers choose which section their ad appears in.'],
    ['advertisers pay for placement', 'Advertisers on our event listings pay only for placement.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(false);
  });
  it.each([
    ['shared with advertisers', 'We share your data with advertisers.'],
    ['advertisers collect through cookies', 'Advertisers may collect information about your visits through cookies.'],
    ['advertisers use cookies on our site', 'Some advertisers use cookies on our site.'],
  ])('%s', (_shape, text) => {
    expect(ruleKinds(text).has('advertising')).toBe(true);
  });
});

describe('cookies that help the site itself count, with no one else named, are its own (analytics only)', () => {
  it.each([
    ['These cookies allow us to count visits', 'Performance cookies\nThese cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site.'],
    ['Statistics cookies help us understand', 'Statistics cookies help us understand how visitors use the site.'],
    ['这些Cookie帮助我们统计访问量', '这些Cookie帮助我们统计访问量和流量来源，以便我们衡量并改进网站性能。'],
  ])('not analytics: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it.each([
    ['analytics cookies set by a provider', 'Analytics cookies are set by our analytics provider to help us understand how visitors use the site.'],
    ['analytics cookies, no helper phrase', 'Analytics cookies record how visitors use the site.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
  it('advertising cookies that help us show our ads elsewhere are still advertising', () => {
    expect(ruleKinds('Advertising cookies help us show you our ads on other websites.').has('advertising')).toBe(true);
  });
});

describe('a definition of the technology says nothing of this site', () => {
  it.each([
    ['Cookies are small text files', 'Cookies are small text files that remember things about your visit, such as which pages you opened and how long you stayed.'],
  ])('not: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(false);
  });
  it('cookies on this site that record which pages you open', () => {
    expect(ruleKinds('Cookies on this site record which pages you opened and how long you stayed.').has('site_analytics')).toBe(true);
  });
});
