import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../../scripts/cli/analyze.ts';
import { buildModel } from '../../../scripts/train-category-model.ts';
import { CRITEO, orgRow as row, verdictOn as verdictOf } from '../../../tests/support/org-verdicts.ts';
import { learnedCategories, quotable, readableFeatures, sentenceFeatures, stem, type CategoryModel } from './category-model.ts';
import { analyzePolicy } from './extract.ts';
import { deniesAnything } from './negation.ts';
import { prepareText, splitSentences } from './text.ts';

const sentencesOf = (text: string) => { const p = prepareText(text); return splitSentences(p.text, p.blocks); };
const learned = (text: string) => analyzePolicy(text).categories.filter((c) => c.learned);

// Development passages (tests/fixtures/eval/lookalikes/dev) that disclose advertising in words no rule reads:
// each was a false accusation ("not disclosed") before the learned reader.
const SOCIAL_COOKIES = 'Social media cookies\nThese cookies are set by social media services we have added to the site so you can share our content. They can track your browser across other sites and build a profile of your interests, which may affect the content and messages you see on other websites.';
// (The 35th session's rules now read the 站外推广 passage that stood here — 向合作媒体回传 names an outside recipient — so it was swapped for one they still miss.)
const OUTSIDE_PROMOTION = '当您离开本网站后，您可能会在其他网站或App上看到我们的商品信息。这是因为我们的合作伙伴通过其在本网站设置的Cookie记录了您浏览过的商品。';

let model: CategoryModel | undefined;
const trained = () => (model ??= buildModel());

describe('the learned category reader', () => {
  it('is what training on the development passages gives (npm run train:categories after changing them)', () => {
    const committed = JSON.parse(readFileSync(new URL('./lexicon/category-model.json', import.meta.url), 'utf8')) as CategoryModel;
    expect(trained()).toEqual(committed);
    // Retraining reads every development passage through the rules: 46 s alone on this 2-core machine, over 60 s inside
    // a full `npm test` (the 41st session's clean-clone run timed out at 60 s). A correctness check, not a speed target.
  }, 240_000);

  it.each([SOCIAL_COOKIES, OUTSIDE_PROMOTION])('reads a disclosure the rules miss, quoting one of its sentences: %s', (text) => {
    const found = learned(text);
    expect(found.map((c) => c.category)).toContain('advertising');
    const quote = found.find((c) => c.category === 'advertising')!.evidence;
    expect(sentencesOf(text).map((s) => s.text)).toContain(quote.text);
    expect(analyzePolicy(text).text.slice(quote.start, quote.end)).toBe(quote.text);
    // Through the verdict: "described as a kind", marked as the reader's inference — and nothing at a threshold of 1.
    const v = verdictOf(text, CRITEO);
    expect(v.verdict).toBe('category');
    expect(v.why).toMatchObject({ code: 'category', learned: true });
    const never: CategoryModel = { ...trained(), threshold: { en: 1, zh: 1 } };
    expect(learnedCategories(sentencesOf(text), /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', new Set(), new Set(), never)).toEqual([]);
  });

  it.each([
    'We do not share your personal information with advertising partners.',
    'No third-party analytics or advertising tools are used on this site.',
    'We never sell or rent your data to ad networks.',
    'We do not sell your browsing data to advertising networks or analytics companies.',
    '本网站不投放任何广告。',
    '本网站不使用任何第三方统计分析服务，也不会将您的访问数据提供给任何第三方。',
    '我们不会与第三方广告平台共享您的设备标识符。',
  ])('never reads a sentence that denies anything, so a denial is never its quote: %s', (text) => {
    expect(sentenceFeatures(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toEqual([]);
    expect(learned(text)).toEqual([]);
  });

  it('reads English words with their stems too, so a new inflection shares what the training rows taught', () => {
    expect(new Set(['bidders', 'bidder'].map(stem)).size).toBe(1);
    expect(new Set(['measured', 'measuring', 'measure', 'measures'].map(stem)).size).toBe(1);
    expect(new Set(['companies', 'company'].map(stem)).size).toBe(1);
    expect(stem('analysis')).toBe('analysis');
    expect(sentenceFeatures('Potential bidders receive it.', 'en')).toEqual(expect.arrayContaining(['bidders', '~bidder', 'potential_bidders']));
  });

  it('does not read a sentence that names a company: it speaks of that company, not of unnamed ones', () => {
    const text = 'We use Google Analytics, a web analytics service, to measure traffic and see how visitors use our pages.';
    expect(sentenceFeatures(text, 'en').length).toBeGreaterThan(0);
    expect(learned(text).filter((c) => c.category === 'site_analytics')).toEqual([]);
    const mixpanel = verdictOf(`We do not share your personal information with third parties. ${text}`, row('mixpanel', 'Mixpanel', 'site_analytics', ['api.mixpanel.com']));
    expect(mixpanel.verdict).toBe('undisclosed');
  });

  it('does not read a list item under a lead-in that forbids: the item carries its lead-in\'s negation', () => {
    const item = '群发推广短信、广告信息及营销信息；';
    const sentences = sentencesOf(`用户不得利用本服务从事下列行为：\n1) ${item}\n2) 冒用他人账号登录。`);
    const i = sentences.findIndex((x) => x.text === item);
    expect(i).toBeGreaterThan(0);
    expect(readableFeatures(sentences, 'zh')[i]).toEqual([]);
    // The same line under a lead-in that forbids nothing is read.
    const open = sentencesOf(`我们会通过以下方式联系您：\n1) ${item}`);
    expect(readableFeatures(open, 'zh')[open.findIndex((x) => x.text === item)].length).toBeGreaterThan(0);
  });

  it('does not read a question that is not a heading, and never quotes a line that announces a list', () => {
    const question = sentencesOf('Privacy\n\nWhat information do we share with advertising partners?\n\nWe describe it below.');
    const q = question.findIndex((x) => x.text.startsWith('What information'));
    expect(question[q].kind).not.toBe('heading');
    expect(readableFeatures(question, 'en')[q]).toEqual([]);
    // With every window accepted, a line ending in a colon is still not the quote: what follows it is.
    const leadIn = '本指引将帮助你了解以下内容：';
    const found = learnedCategories(sentencesOf(`${leadIn}\n1) 第三方统计服务商会收集您的访问数据`), 'zh', new Set(), new Set(), { ...trained(), threshold: { en: 0, zh: 0 } });
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.evidence.text).not.toBe(leadIn);
  });

  it('never quotes a line a hard break cut off mid-sentence, and does not read a sentence about other sites\' own policies', () => {
    // A development CA4P policy's line, cut at an enumeration comma; the rest of the sentence says what the sharing is for.
    const cut = '我们可能会向合作伙伴等第三方共享您的交易信息、';
    const found = learnedCategories(sentencesOf(`${cut}\n账户信息及设备信息等个人信息，以保障为您提供的服务顺利完成。`), 'zh', new Set(), new Set(), { ...trained(), threshold: { en: 0, zh: 0 } });
    for (const f of found) expect(f.evidence.text).not.toBe(cut);
    // The same words as a whole sentence may be the quote.
    const whole = '我们可能会向合作伙伴等第三方共享您的交易信息。';
    expect(learnedCategories(sentencesOf(whole), 'zh', new Set(), new Set(), { ...trained(), threshold: { en: 0, zh: 0 } }).map((f) => f.evidence.text)).toContain(whole);
    const otherSites = sentencesOf('Third Party Websites\n\nThese other sites may have their own privacy policies which apply to them.');
    expect(readableFeatures(otherSites, 'en')[1]).toEqual([]);
    expect(readableFeatures(sentencesOf('Third Party Websites\n\nThese other sites may set cookies.'), 'en')[1].length).toBeGreaterThan(0);
  });

  it('quotes only a sentence that speaks of someone besides the site and the reader (itself, its title or the sentence it continues)', () => {
    const everything = { ...trained(), threshold: { en: 0, zh: 0 } };
    const quotes = (text: string, lang: 'en' | 'zh') => learnedCategories(sentencesOf(text), lang, new Set(), new Set(), everything).map((f) => f.evidence.text);
    const own = 'We may use your information to show you ads for our own products on our website and in our app.';
    expect(quotes(own, 'en')).toEqual([]);
    const partners = 'Advertising partners may use your information to show you ads for our products on other websites.';
    expect(quotes(partners, 'en')).toContain(partners);
    // "It …" continues the sentence before it, which names the outside service.
    const continued = 'It records how far you scroll and sends us a summary each month.';
    expect(quotable(sentencesOf(`Our site loads a reading-time tool from an outside company. ${continued}`), 1)).toBe(true);
    expect(quotable(sentencesOf(continued), 0)).toBe(false);
    expect(quotes('用户同意本公司有权在提供服务过程中以各种方式投放商业性广告。', 'zh')).toEqual([]);
    // A web host, a site builder, "a testing service we use": someone besides the site, by role.
    for (const other of ['Our web host provides us with visitor statistics generated from its server logs.', 'A testing service we use works out which of two page designs performs better.']) {
      expect(quotes(other, 'en')).toContain(other);
    }
    // An outside tool described only by what it does with data — not the site's own tool.
    for (const tool of ['The service that picks products for our recommendation emails receives what you browse and buy on our site.', 'Game services embedded in the app collect your player ID and in-game events to give us statistics.']) {
      expect(quotable(sentencesOf(tool), 0), tool).toBe(true);
    }
    expect(quotable(sentencesOf('Our own in-house stats tool counts returning visitors.'), 0)).toBe(false);
    expect(quotable(sentencesOf('免费版本中，您在应用内的浏览记录可能会提供给赞助方，以便其向您展示相关的赞助内容。'), 0)).toBe(true);
    expect(quotable(sentencesOf('客房预订由一家酒店预订引擎处理，预订引擎会记录访客在选房页面的浏览情况。'), 0)).toBe(true);
    expect(quotable(sentencesOf('本平台会记录您在选房页面的浏览情况。'), 0)).toBe(false);
    expect(quotable(sentencesOf('We record the route of each ride to calculate your fare.'), 0)).toBe(false);
    const promoter = '如您通过他人分享的推广链接进入本小程序，推广方会知道您的访问和下单情况，以便结算推广佣金。';
    expect(quotes(promoter, 'zh')).toContain(promoter);
    // A quote whose only outside party is of another kind (delivery, payment, hosting) speaks of no ad or analytics company.
    expect(quotes('We share your shipping address with our delivery partners.', 'en')).toEqual([]);
    expect(quotes('我们会将您的收货地址提供给物流公司。', 'zh')).toEqual([]);
    const both = 'We share your shipping address with our delivery partners and with advertising partners.';
    expect(quotes(both, 'en')).toContain(both);
    // A list item does not continue the item before it: that one is about something else.
    const item = '我们会收集并记录您的设备型号和操作系统版本，用于统计应用的使用情况。';
    expect(quotes(`（1）如果您使用第三方支付功能，我们会获取您的支付账号。\n（2）${item}`, 'zh')).not.toContain(item);
    expect(quotes(`我们会与第三方统计服务商共享以下信息：\n（1）${item}`, 'zh')).toContain(item);
  });

  it('never quotes a sentence in which data only comes in from the other companies', () => {
    const everything = { ...trained(), threshold: { en: 0, zh: 0 } };
    const quotes = (text: string, lang: 'en' | 'zh') => learnedCategories(sentencesOf(text), lang, new Set(), new Set(), everything).map((f) => f.evidence.text);
    // A development OPP-115 policy's sentence, quoted as an advertising disclosure before this rule.
    const source = 'We may combine information about you with information we obtain from business partners or other companies.';
    expect(quotes(source, 'en')).toEqual([]);
    expect(quotes('我们会从合作方处获取您的设备信息。', 'zh')).toEqual([]);
    // Reports coming back, or data also going out, still may be the quote.
    const reports = 'We receive reports from our analytics provider about how visitors use the site.';
    expect(quotes(reports, 'en')).toContain(reports);
    const both = 'We obtain data from partners and share it with advertising networks.';
    expect(quotes(both, 'en')).toContain(both);
  });

  it('does not read a short line without a sentence end: an unmarked title, numbered or not', () => {
    const titled = sentencesOf('3. 信息的分享和对外提供\n\n我们会与广告合作伙伴共享设备标识符。');
    const title = titled.findIndex((x) => x.text.includes('信息的分享和对外提供'));
    expect(titled[title].kind).not.toBe('heading');
    expect(readableFeatures(titled, 'zh')[title]).toEqual([]);
    expect(readableFeatures(titled, 'zh')[title + 1].length).toBeGreaterThan(0);
    const short = sentencesOf('Partners may count visits.');
    expect(readableFeatures(short, 'en')[0].length).toBeGreaterThan(0);
  });

  it('says nothing on the development real policies in the repository at the committed thresholds (scripts/eval/learned-truth.ts)', async () => {
    // The thresholds are the most permissive whose learned statements on these (and the research development halves) all
    // say what they claim; at the committed setting there are none here, so a retrain that starts quoting one fails.
    const root = new URL('../../../', import.meta.url);
    const texts: string[] = [];
    for (const dir of ['tests/fixtures/policies/', 'tests/fixtures/golden/']) {
      for (const f of readdirSync(new URL(dir, root)).filter((x) => x.endsWith('.md'))) texts.push(readFileSync(new URL(dir + f, root), 'utf8'));
    }
    for (const d of ['cartwheel', 'dailyglobe', 'xinxi']) texts.push((await loadPolicyText(fileURLToPath(new URL(`scripts/demo-site/pages/${d}/privacy.html`, root)))).text);
    const quoted = texts.flatMap((t) => learned(t).map((c) => c.evidence.text));
    expect(texts.length).toBeGreaterThan(30);
    expect(quoted).toEqual([]);
  }, 30_000);

  it('never outranks a quoted denial that covers the company: the denial stays `contradicted`', () => {
    const denial = 'We do not share your personal information with third parties.';
    const v = verdictOf(`${SOCIAL_COOKIES}\n\n${denial}`, CRITEO);
    expect(v.verdict).toBe('contradicted');
    expect(v.evidence!.text).toBe(denial);
  });

  it('quotes a sentence of the window, never a heading', () => {
    const model = trained();
    const sentences = sentencesOf('Advertising partners and ad networks\n\nWe show ads.\n\nContact\n\nWrite to our office in Leeds.');
    const found = learnedCategories(sentences, 'en', new Set(['site_analytics']), new Set(), { ...model, threshold: { en: 0, zh: 0 } });
    // With every window accepted, the best one is still a sentence, never a heading.
    expect(found).toHaveLength(1);
    expect(sentences.find((s) => s.start === found[0].evidence.start)!.kind).not.toBe('heading');
  });

  it('never quotes a table header, nor a lead-in that ran into one', () => {
    const model = trained();
    for (const text of [
      '下载平台 | 信息安全投诉举报方式 | 账号注销方式',
      '我们通过第三方代码、插件等方式向合作伙伴及第三方传输您的个人信息的情形如下表： 收集使用目的 | 个人信息类型 | 第三方主体名称/类型',
    ]) {
      const found = learnedCategories(sentencesOf(text), 'zh', new Set(), new Set(), { ...model, threshold: { en: 0, zh: 0 } });
      expect(found, text).toEqual([]);
    }
  });

  it('never quotes a pointer to other companies\' policies, nor a sentence about the site\'s own group', () => {
    const model = trained();
    for (const text of ['我们建议您查看第三方支付服务提供商的隐私政策或声明，以了解他们处理您个人信息的规则。', '本集团旗下各公司可能共用汇总的使用统计资料，以规划整体服务及资源配置。']) {
      const found = learnedCategories(sentencesOf(text), 'zh', new Set(), new Set(), { ...model, threshold: { en: 0, zh: 0 } });
      expect(found, text).toEqual([]);
    }
  });

  it.each([
    'If you reject cookies in our banner, no advertising or measurement tags will load.',
    'Our site honours Do Not Track: when your browser sends the signal, we do not load the visitor counter or any other outside scripts.',
    'If you do not consent, our analytics provider will not receive your usage events.',
    '当检测到DNT信号时，我们不会加载任何第三方统计或广告脚本。',
    '在您于系统设置中关闭“允许App请求跟踪”后，我们不会再向第三方提供您的广告标识符。',
    '如您选择“要求App不跟踪”，我们将不会读取您的广告标识符，也不会与第三方共享该标识符。',
  ])('reads what stops only once the reader chooses: it says what happens until then — %s', (text) => {
    expect(sentenceFeatures(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en').length).toBeGreaterThan(0);
  });

  it.each([
    'We do not load advertising scripts, and if you opt out we also stop counting your visits.',
    '我们不会向广告平台提供您的信息；如您关闭个性化推荐，我们也不再统计您的浏览记录。',
  ])('still skips a sentence with a denial of its own beside the reader\'s choice: %s', (text) => {
    expect(sentenceFeatures(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toEqual([]);
  });

  it('reads "无权" as a denial: the reader skips the sentence', () => {
    expect(deniesAnything('我们的合作伙伴无权将共享的个人信息用于任何其他用途。')).toBe(true);
  });
});

