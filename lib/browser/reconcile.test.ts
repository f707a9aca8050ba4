import { describe, expect, it } from 'vitest';
import { mergeWitnesses } from './reconcile';

const rt = (url: string, initiatorType = 'img') => ({ url, initiatorType });
const call = (url: string) => ({ url, initiatorType: 'fetch' });

describe('mergeWitnesses: the page\'s Resource Timing list and its fetch() calls', () => {
  it('adds a fetch Resource Timing never listed (its body was not read)', () => {
    const merged = mergeWitnesses([rt('https://analytics.tiktok.com/events.js', 'script')], [call('https://analytics.tiktok.com/api/v2/pixel')]);
    expect(merged.map((e) => e.url)).toEqual(['https://analytics.tiktok.com/events.js', 'https://analytics.tiktok.com/api/v2/pixel']);
  });
  it('counts a request both witnesses saw once, and per URL the larger count', () => {
    const merged = mergeWitnesses(
      [rt('https://api.segment.io/v1/t', 'fetch'), rt('https://a.example/p'), rt('https://a.example/p')],
      [call('https://api.segment.io/v1/t'), call('https://api.segment.io/v1/t'), call('https://a.example/p')],
    );
    const count = (url: string) => merged.filter((e) => e.url === url).length;
    expect(count('https://api.segment.io/v1/t')).toBe(2);
    expect(count('https://a.example/p')).toBe(2);
  });
  it('stays capped whatever a hostile page sends', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => call(`https://t.example/${i}`));
    expect(mergeWitnesses(many.slice(0, 4000), many).length).toBe(5000);
  });
});
