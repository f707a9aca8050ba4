import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './extract.ts';

// Shapes from the seventh category development round (tests/fixtures/eval/lookalikes/dev/*-category-7.json, 10th
// session): long legal clauses and plain-language sections from sectors not covered before.
const kinds = (text: string) => new Set(analyzePolicy(text).categories.map((c) => c.category));

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
  ])('not an outside analytics or advertising company: %s', (text) => {
    const k = kinds(text);
    expect(k.has('advertising') || k.has('site_analytics'), [...k].join(',')).toBe(false);
  });
});
