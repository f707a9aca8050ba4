import { describe, expect, it, vi } from 'vitest';
import { BadgeCounter, VERDICT_COLOURS, verdictBadge } from './badge';
import type { Classification } from '../core/types';

const cls = (org: string | null, domain: string, thirdParty = true): Classification =>
  ({ host: `x.${domain}`, domain, siteDomain: 'site.example', thirdParty, org, orgName: org ?? domain, category: 'advertising', pattern: null });

describe('verdictBadge', () => {
  it('counts undisclosed + contradicted and takes the worst verdict\'s colour', () => {
    expect(verdictBadge([{ verdict: 'named' }, { verdict: 'undisclosed' }, { verdict: 'contradicted' }, { verdict: 'category' }]))
      .toEqual({ text: '2', color: VERDICT_COLOURS.contradicted });
    expect(verdictBadge([{ verdict: 'named' }, { verdict: 'category' }])).toEqual({ text: '0', color: VERDICT_COLOURS.category });
    expect(verdictBadge([])).toEqual({ text: '', color: VERDICT_COLOURS.none });
  });
});

describe('BadgeCounter', () => {
  it('counts third-party organizations while loading, then shows verdicts once judged', async () => {
    vi.useFakeTimers();
    const calls: { text?: string; color?: string }[] = [];
    const badge = new BadgeCounter({ setBadgeText: (d) => { calls.push({ text: d.text }); }, setBadgeBackgroundColor: (d) => { calls.push({ color: d.color }); } });
    badge.record(1, 'v', cls('google', 'google-analytics.com'));
    badge.record(1, 'v', cls('google', 'doubleclick.net'));
    badge.record(1, 'v', cls(null, 'unknown.example'));
    badge.record(1, 'v', cls(null, 'site.example', false));
    vi.advanceTimersByTime(150);
    expect(calls.filter((c) => c.text !== undefined).at(-1)?.text).toBe('2');
    badge.showVerdicts(1, 'v', [{ verdict: 'undisclosed' }, { verdict: 'named' }]);
    vi.advanceTimersByTime(150);
    expect(badge.state(1)).toEqual({ text: '1', color: VERDICT_COLOURS.undisclosed });
    badge.reset(1, 'v2');
    expect(badge.state(1).text).toBe('');
    vi.useRealTimers();
  });
});
