import { describe, expect, it } from 'vitest';
import { categoryKinds as kinds, expectNoTrackingKind } from '../../../tests/support/policy-sentences.ts';

// Shapes from the seventh category development round (tests/fixtures/eval/lookalikes/dev/*-category-7.json, 10th
// session): long legal clauses and plain-language sections from sectors not covered before.

describe('category disclosures from the seventh development round', () => {
  it.each([
    ['Usage Data is collected through in-product analytics provided by a Sub-processor and is used to improve the Services.', 'site_analytics'],
    ['We want to know which of our online campaigns bring new members to the club. For this, a small piece of code from the social networks we advertise on runs on our sign-up confirmation page.', 'advertising'],
    ['Information about your use of the Services may be collected by third parties and combined with information collected across other websites and applications over time, for the purpose of delivering content tailored to your interests.', 'advertising'],
    ['The University may share alumni contact details with carefully selected partners, such as affinity credit card providers, so that they can tell you about offers available to graduates.', 'advertising'],
    ['We use tools from third-party providers in our emails to find out whether you opened our messages.', 'site_analytics'],
    ['When you click a sponsored listing, we let the seller who paid for it know that a click occurred, so that they can see how their promotion is performing.', 'advertising'],
    ['Here\'s who else sees your info\n• Crash and performance tools: if the app crashes, a report goes to them.', 'site_analytics'],
    ['A couple of outside companies help us. They see things like which screens you open and how long they take to load.', 'site_analytics'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    'Data from your vehicle may be shared with other companies in our corporate group for product development and quality analysis.',
    'To protect our sign-in page from automated attacks, we use a security service provided by a third party, which evaluates how you interact with the page.',
  ])('not an outside analytics or advertising company: %s', (text) => expectNoTrackingKind(text));
});

describe('Chinese category disclosures from the seventh development round', () => {
  it.each([
    ['图书馆电子资源由各数据库商提供，数据库商可能记录您的IP地址及下载量，以进行使用量统计。', 'site_analytics'],
    ['App的打开次数、停留时间这类数据会交给一家第三方统计公司，帮我们看看大家最常用哪些功能。', 'site_analytics'],
    ['为了解哪些城市的用户更常使用预约充电功能，我们需要获得相关统计数据。这项工作由我们委托的一家数据服务公司承担，其会接收到您设备的粗略位置。', 'site_analytics'],
    ['3. 谁还会拿到：实名认证机构、支付渠道，以及帮我们做数据统计的服务商。', 'site_analytics'],
    ['我们可能会将经加密处理的设备标识符提供给媒体平台，用于向与您特征相似的人群展示我们的服务。', 'advertising'],
    ['我们使用第三方工具来了解客户如何使用我们的产品，这些工具可能会记录您在控制台中的点击与页面浏览。', 'site_analytics'],
    ['你在App里逛过的商品类型，可能会以加密设备号的形式提供给合作的媒体平台，这样你在刷短视频时可能会看到我们的商品。', 'advertising'],
    ['您的浏览行为信息可能会被第三方通过其在本页面中放置的技术手段收集，并用于向您推送商业信息。', 'advertising'],
  ])('%s → %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('truthfulness pass on the CA4P development texts: sentences that are no disclosure', () => {
  it.each([
    // A support tool's SDK, not tracking of both kinds.
    ['猿题库客户端使用环信作为第三方客服工具，因此在环信的SDK中存在“获取精确位置”的API调用。', 'advertising'],
    // Providing services TO the reader, and a system's instability, are no analytics purpose.
    ['我们会向你提供您使用的各项服务，并与第三方合作维护、改进这些服务。', 'site_analytics'],
    ['用户因第三方如电信部门的通讯线路故障、系统不稳定性及其他不可抗力原因而遭受的一切损失，我们及合作单位不承担责任。', 'site_analytics'],
  ])('%s ↛ %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});
