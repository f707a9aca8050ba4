import { describe, expect, it } from 'vitest';
import { namedOrgs as named } from '../../../tests/support/policy-sentences.ts';

// A name in a sentence without context words, whose next sentence points back at it and says what it does with data
// (development rows en7-037, en12-054 of tests/fixtures/eval/lookalikes/dev; 12th session).

describe('a mention whose next sentence says what the company does', () => {
  it.each([
    ['tools that set a cookie', 'We run experiments on our website using Optimizely and VWO. These tools set a cookie that assigns you to a test group.', 'optimizely'],
    ['services that use cookies', 'Below many articles you will see recommendations from Taboola and Outbrain. These services use cookies and device identifiers to choose stories.', 'outbrain'],
    ['they collect', 'Our podcast is also on Spotify. They may collect information about your listening.', 'spotify'],
    ['a Chinese provider that obtains', '我们的消息提醒使用个推。该服务商会获取您的设备型号和网络状态。', 'getui'],
  ])('named: %s', (_shape, text, org) => expect(named(text)).toContain(org));

  it.each([
    ['no next sentence', 'We run experiments on our website using Optimizely.', 'optimizely'],
    ['the pointer gives us something', 'Our podcast is available on Spotify, Apple Podcasts and YouTube. These platforms give us only aggregate listening statistics.', 'spotify'],
    ['the pointer is disowned', 'Our podcast is available on Apple Podcasts and Spotify. Those apps are operated under their own privacy policies.', 'spotify'],
    ['the pointer collects nothing', 'Our videos play through Vimeo. They do not collect anything about you.', 'vimeo'],
    ['a new paragraph', 'We run experiments on our website using Optimizely.\n\nThese tools set cookies on many websites.', 'optimizely'],
  ])('not named: %s', (_shape, text, org) => expect(named(text)).not.toContain(org));
});
