import { describe, expect, it } from 'vitest';
import { closeLetterSpacing, foldFullWidthLatin, rejoinHyphenatedWords } from './damaged-text.ts';
import { analyzePolicy } from './extract.ts';

describe('damaged text is repaired before it is read', () => {
  it.each([
    ['We use Google Ana-\nlytics and Hot-\njar to understand visits.', 'We use Google Analytics and Hotjar to understand visits.'],
    ['包括 AMAZON WEB SERVICES 及 SALES-\nFORCE。', '包括 AMAZON WEB SERVICES 及 SALESFORCE。'],
    ['我们使用腾讯Bug-\nly收集崩溃信息', '我们使用腾讯Bugly收集崩溃信息'],
    // The word's own hyphen stays: "third-party", "opt-out", "sign-in".
    ['we work with third-\nparty advertisers', 'we work with third-party advertisers'],
    ['you may opt-\nout at any time', 'you may opt-out at any time'],
  ])('rejoins a word cut at a line end: %j', (input, output) => {
    expect(rejoinHyphenatedWords(input)).toBe(output);
  });

  it.each([
    // A list item, a dash between sentences, and a capital after a lower-case cut are not cut words.
    'Analytics providers\n- Mixpanel',
    'We share data with Meta -\nand nobody else.',
    'Pub-\nMatic',
    'No hyphen at all\nhere',
  ])('leaves what is not a cut word alone: %j', (input) => {
    expect(rejoinHyphenatedWords(input)).toBe(input);
  });

  it('folds full-width Latin letters and digits, not the punctuation Chinese is written with', () => {
    expect(foldFullWidthLatin('本应用接入了Ｇｏｏｇｌｅ　ＡｄＭｏｂ　ＳＤＫ（版本２０），用于展示广告。')).toBe('本应用接入了Google　AdMob　SDK（版本20），用于展示广告。');
  });

  it('closes a name spaced out letter by letter, not ordinary capitals', () => {
    expect(closeLetterSpacing('提供给 APPSFLYER LTD. 和 A D J U S T GMBH。')).toBe('提供给 APPSFLYER LTD. 和 ADJUST GMBH。');
    expect(closeLetterSpacing('Plan A B C')).toBe('Plan A B C');
  });

  it('names a company whose name was hyphenated across a PDF line, typed full-width, or spaced out', () => {
    const named = (text: string) => analyzePolicy(text).thirdParties.map((t) => t.org).filter(Boolean);
    expect(named('4.2 Analytics\nWe use Google Ana-\nlytics and Hot-\njar to understand how visitors move through our shop. These providers receive a shortened IP address.')).toEqual(expect.arrayContaining(['google', 'hotjar']));
    expect(named('本应用接入了Ｇｏｏｇｌｅ　ＡｄＭｏｂ　ＳＤＫ用于展示广告，该ＳＤＫ可能收集您的设备型号及广告标识符。')).toContain('google');
    expect(named('为统计广告投放效果，我们会将您的设备标识符提供给 A D J U S T GMBH。')).toContain('adjust');
  });
});

describe('a line end inside a name the lexicon knows becomes the space it replaced', () => {
  it('joins the two halves of a name across a line end, and only there', async () => {
    const { rejoinSplitNames } = await import('./damaged-text.ts');
    expect(rejoinSplitNames('we share it with The Trade\nDesk, Inc. and others')).toBe('we share it with The Trade Desk, Inc. and others');
    expect(rejoinSplitNames('Analytics tools\nMixpanel\nHotjar')).toBe('Analytics tools\nMixpanel\nHotjar');
  });
});
