/**
 * Two cues that take an analytics reading back (categories.ts): measuring the ads is advertising, and the site measuring
 * itself is no analytics company. Kept apart so categories.ts stays the rule reader's flow.
 */

/**
 * "measure how well our ads perform", "统计广告效果": measuring the ads is advertising (attribution, conversion counts), not
 * analytics of the site — such a cue does not disclose the analytics companies on the page.
 */
export const AD_MEASUREMENT = /^(?:(?:measur\w*|statistic\w*|analy\w*|research\w*|统计|分析|衡量|评估)\s*)?(?:(?:the|how)\s+)?(?:(?:effectiveness|performance|success|results?|reach|well)\s+)?(?:(?:of|for|about|on|into)\s+)?(?:(?:our|the|its|their|those|these)\s+)?(?:ads?\b|adverts?\b|advertis\w*|(?:ad|marketing|advertising) campaigns?|广告)/i;

/**
 * "Our analytics software is self-hosted on our own servers", "访问统计由我们自建的统计系统完成": the site measures itself.
 * Read in the cue's own clause (Chinese: between commas; English: up to 80 characters either side within the sentence's
 * clause), so "we host our own counter, and our analytics partners also …" keeps the partners.
 */
const SELF_RUN = /\bself-hosted\b|\bon our own servers?\b|\bin-house\b|\b(?:we|ourselves) (?:run|host) (?:it|them|this|the (?:tool|software|counter))\b|自建|自有服务器|自己的服务器|自行(?:完成|统计|部署|处理|开发)|(?:由|均由)?我们自己(?:完成|统计|处理)|内部完成/i;
export function selfRunNear(text: string, at: number): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  const stop = zh ? /[，。；,;]/ : /[.;]|\b(?:but|and also|while|whereas)\b/i;
  const before = text.slice(Math.max(0, at - (zh ? 40 : 80)), at);
  const after = text.slice(at, at + (zh ? 40 : 80));
  const left = before.split(stop).pop() ?? '';
  const right = after.split(stop)[0] ?? '';
  return SELF_RUN.test(left + right);
}
