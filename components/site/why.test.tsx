import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AsideKind, OrganizationVerdict } from '../../lib/core/types';
import { createTranslator, type MessagesFile } from '../common/i18n';
import { whyText } from './why';

const load = (locale: string) => createTranslator(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessagesFile);
const tEn = load('en');
const tZh = load('zh_CN');
const KINDS: AsideKind[] = ['sign-in', 'your-product', 'reference', 'denied', 'former-or-possible'];
const row = (why: OrganizationVerdict['why']) => ({ name: 'Tencent', why });

describe('an undisclosed company mentioned only in passing, in the reader\'s words', () => {
  it.each(KINDS)('%s reads as a sentence in English and in Chinese, naming the mention as written', (as) => {
    const why = { code: 'undisclosed' as const, unknownCompany: false, mentionedAs: as, mentionName: '微信' };
    const en = whyText(row(why), tEn);
    const zh = whyText(row(why), tZh);
    expect(en).toMatch(/^The privacy policy mentions 微信 only .+, never as receiving your data\.$/);
    expect(zh).toMatch(/^隐私政策只.+提到了 微信，没有说它会收到您的数据。$/);
    for (const text of [en, zh]) expect(text).not.toMatch(/why_|\$\d|does not mention|没有提到/);
  });

  it('a category read from the cookies\' purpose alone says it names no party', () => {
    const why = { code: 'category' as const, category: 'site_analytics' as const, agentless: true as const };
    expect(whyText(row(why), tEn)).toBe('The policy says cookies or similar technologies are used for analytics, but not who runs them, and does not name Tencent.');
    expect(whyText(row(why), tZh)).toMatch(/^隐私政策说会使用Cookie或类似技术用于.+，但没有说明由谁运行，也没有点名 /);
  });

  it('a category found only by the learned reader says it is Fineprint\'s reading, not the policy\'s words', () => {
    const why = { code: 'category' as const, category: 'advertising' as const, learned: true as const };
    expect(whyText(row(why), tEn)).toMatch(/^The policy seems to describe .+ companies in its own words — Fineprint's reading of the quoted sentence, not a rule — but does not name Tencent\.$/);
    expect(whyText(row(why), tZh)).toMatch(/^隐私政策似乎用自己的话描述了.+类公司（这是 Fineprint 对所引句子的推断，而非规则匹配），但没有点名 Tencent。$/);
  });

  it('a company the policy never mentions still reads "does not mention"', () => {
    expect(whyText(row({ code: 'undisclosed', unknownCompany: false }), tEn)).toBe('The privacy policy does not mention Tencent.');
  });
});
