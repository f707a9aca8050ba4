import { describe, expect, it } from 'vitest';
import { CRITEO, verdictOn as verdictOf } from '../../../tests/support/org-verdicts.ts';

// Twenty-first session (development round zh-category-37): a summary's "no third party" that the policy's own later
// section undoes is no quotable promise about other companies.

describe('a blanket denial the policy itself undoes', () => {
  it('is not quoted against an ad company when another section discloses an outside analytics provider', () => {
    const text = '摘要\n我们不会与任何第三方共享您的个人信息。\n第五条 第三方服务\n为监测应用崩溃，我们集成了第三方性能监控SDK，该SDK会收集您的设备型号与崩溃日志并传输至服务商的服务器进行分析。';
    const v = verdictOf(text, CRITEO);
    expect(v.verdict).toBe('undisclosed');
  });

  it('still contradicts when nothing in the policy undoes it', () => {
    expect(verdictOf('Summary\nWe do not share your personal information with any third party.\nWe keep your data in Canada.', CRITEO).verdict).toBe('contradicted');
  });

  it('a denial about advertisers is not undone by an analytics disclosure', () => {
    const text = 'We do not share your personal information with advertisers.\nWe use an outside analytics provider that measures how visitors use our pages.';
    expect(verdictOf(text, CRITEO).verdict).toBe('contradicted');
  });
});
