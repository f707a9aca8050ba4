import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// From the thirty-third session's reading of the development category rounds (zh-category-45: app-store privacy labels
// copied into policies), written here in new words, with the look-alikes that must stay silent.

describe('an app-store privacy label', () => {
  it.each([
    ['Apple\'s label, simplified', 'App 隐私\n用于追踪您的数据\n以下数据可能会被用于跨其他公司的 App 和网站追踪您：\n• 设备标识符\n• 浏览记录'],
    ['Apple\'s label, traditional', 'App 隱私權\n用來追蹤你的資料\n以下資料可能會用來追蹤你在其他公司所擁有的 App 和網站中的活動：\n• 識別碼'],
    ['a lead-in that announces data and says the flow itself', 'The following data may be used to track you across apps and websites owned by other companies:\n- Identifiers\n- Usage data'],
  ])('discloses advertising: %s', (_shape, text) => expect(kinds(text)).toContain('advertising'));

  it.each([
    ['a lead-in announcing recipients: the list says who', 'For analytics we use the following third-party services:'],
    ['Chinese: a lead-in announcing data kept by the site itself', '以下数据仅保存在您的设备上：\n• 步数\n• 睡眠记录'],
    ['Chinese: tracking by the site itself, no other company', '我们会追踪订单的配送进度，并在包裹签收后通知您。'],
  ])('not a disclosure: %s', (_shape, text) => expectNoTrackingKind(text));
});
