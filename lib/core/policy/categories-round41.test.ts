import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// The forty-first session's sentence tests: more shapes of measuring the campaigns, which is advertising's.
const ruleKinds = (text: string) => new Set(analyzePolicy(text).categories.filter((c) => !c.learned).map((c) => c.category));

describe('campaigns measured: advertising, not analytics', () => {
  it.each([
    ['understand which ad campaigns led you to install', 'We also use third-party attribution partners to understand which ad campaigns led you to install our game.'],
    ['understand which of our ad campaigns led to installs', 'Our ad partners help us understand which of our ad campaigns led to installs.'],
    ['a table row: the success of our app-install campaigns', 'Purpose: Measuring the success of our app-install campaigns\nData: advertising ID, install and first-open events\nRecipients: attribution providers'],
    ['a table row split by bars', 'Measuring the effectiveness of our campaigns together with our marketing partners | Cookie ID, pages visited, purchases made | Legitimate interests'],
  ])('%s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['the site and the campaigns', 'Our analytics partners help us measure how you use our website and our campaigns.'],
    ['which pages led you to sign up', 'Analytics providers help us understand which pages led you to sign up.'],
    ['a table row whose next cell is the site', 'Measuring | how visitors use our website | analytics provider'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('a crossed line that states the exception to the promises above it', () => {
  const promises = (last: string) => `Our promises\n✓ We never sell your data\n✓ We never share your contacts\n${last}`;
  it('discloses: "✗ Exception: an outside crash reporter receives…"', () => {
    expect(ruleKinds(promises('✗ Exception: an outside crash reporter receives your device model and error logs')).has('site_analytics')).toBe(true);
  });
  it.each([
    ['a crossed item still says no', '✗ Third-party analytics tools'],
    ['a crossed Chinese item', '✗ 第三方统计服务'],
  ])('no disclosure: %s', (_shape, last) => {
    expect(ruleKinds(promises(last)).has('site_analytics')).toBe(false);
  });
});

describe('"understanding how effective our marketing is": the ads measured', () => {
  it('advertising, not analytics', () => {
    const k = ruleKinds('Allowing our media agency and online ad platforms to see which of our campaigns lead to people getting a quote | Legitimate interests (understanding how effective our marketing is)');
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['how well our website works', 'Our analytics provider helps us understand how well our website works.'],
    ['how effective our help pages are', 'A third-party analytics service helps us understand how effective our help pages are.'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('Chinese: which ads the visitors came through, and the ads\' attribution counted', () => {
  it.each([
    ['了解访客从哪些广告进站', '订房网站会通过第三方追踪代码了解访客从哪些广告进站、最后是否完成订房，以衡量各广告平台的成效。'],
    ['广告效果的归因与统计', '经您单独同意后，我们会将您的设备信息和广告交互数据提供给广告合作方，用于广告效果的归因与统计。'],
  ])('advertising, not analytics: %s', (_shape, text) => {
    const k = ruleKinds(text);
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it.each([
    ['了解访客从哪些页面进入', '我们使用第三方统计服务了解访客从哪些页面进入本网站。'],
    ['网站访问量的统计', '我们使用第三方服务商提供的工具进行网站访问量的统计。'],
  ])('analytics still: %s', (_shape, text) => {
    expect(ruleKinds(text).has('site_analytics')).toBe(true);
  });
});

describe('"how many people our campaigns reach": the campaigns\' reach', () => {
  it('advertising, not analytics', () => {
    const k = ruleKinds('Purpose: measuring how many people our campaigns reach | Data: online identifiers, pages viewed | Recipients: media agencies and ad verification services | Legal basis: consent');
    expect(k.has('advertising')).toBe(true);
    expect(k.has('site_analytics')).toBe(false);
  });
  it('analytics still: how many people our website reaches', () => {
    expect(ruleKinds('Our analytics provider tells us how many people our website reaches each month.').has('site_analytics')).toBe(true);
  });
});
