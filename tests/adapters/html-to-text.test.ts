/**
 * Policy HTML → text with a real DOMParser, as the extension does it (Firefox's background page, Chrome's
 * offscreen document): links in the text point where the policy page points, not at the extension's origin.
 */
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../lib/core/policy/extract';
import { htmlToText } from '../../lib/dom/html-to-text';

const parser = new DOMParser();
const parse = (h: string) => parser.parseFromString(h, 'text/html');
const sentence = 'We use Google Analytics to understand how readers use our website and share data with partners. ';
const POLICY = `<!doctype html><html><head><title>Privacy Policy</title></head><body><main><article>
<h1>Privacy Policy</h1><p>${sentence.repeat(6)}</p>
<p>You can change your cookie preferences at any time in <a href="/cookie-settings">Cookie Settings</a> or <a href="opt-out.html">opt out</a>.</p>
</article></main></body></html>`;

describe('htmlToText with the browser\'s DOMParser', () => {
  it('resolves relative links against the policy\'s own URL, whatever page parsed it', () => {
    const { text } = htmlToText(POLICY, parse, 'https://www.news.example/legal/privacy');
    expect(text).toContain('[Cookie Settings](https://www.news.example/cookie-settings)');
    expect(text).toContain('[opt out](https://www.news.example/legal/opt-out.html)');
    expect(text).not.toMatch(/-extension:\/\/|localhost/);
  });

  it('gives the same text for the same page on every run (the policy hash must not change by itself)', () => {
    expect(htmlToText(POLICY, parse, 'https://www.news.example/privacy').text).toBe(htmlToText(POLICY, parse, 'https://www.news.example/privacy').text);
  });
});

/** A policy page around one section, with enough text before it to be a main content of its own. */
const policyPage = (section: string) => `<!doctype html><html><head><title>Privacy</title></head><body><main><h1>Privacy policy</h1>
<p>${'This policy explains what we collect and which outside companies receive it, what each does and whether we still use it. '.repeat(3)}</p>
${section}</main></body></html>`;
const readPage = (html: string) => htmlToText(html, parse, 'https://shop.example/privacy').text;

// Cookie and provider tables put paragraphs, line breaks and lists inside cells. Written as block breaks they split a
// row over many lines: a name was parted from its row's purpose and status, and a provider marked "No longer used" was
// read as named.
const TABLE_PAGE = policyPage(`<h2>Service providers</h2><p>The following providers receive data from our website:</p>
<table><thead><tr><th>Provider</th><th>Purpose</th><th>Status</th></tr></thead><tbody>
<tr><td><p>Mixpanel</p></td><td><p>Product analytics</p></td><td><p>No longer used</p></td></tr>
<tr><td><p>Hotjar</p><p>Criteo</p></td><td>Heatmaps<br>Retargeting ads</td><td><ul><li>Active</li><li>Since 2021.</li></ul></td></tr>
</tbody></table>`);

// A definition list is labels with descriptions. Written as bare lines, "Criteo" under "our advertising partners"
// named no one; as "- Criteo: Shows you ads …" it is the item the reader knows, and a retired one stays retired.
const DL_PAGE = policyPage(`<h2>Advertising partners</h2><p>We work with these advertising partners, which collect data on our pages:</p>
<dl><dt>Criteo</dt><dd><p>Shows you ads for products you viewed.</p></dd><dt>Taboola</dt><dd>Recommends articles and ads.</dd>
<dt>Outbrain</dt><dd>We stopped working with Outbrain in 2021 and it no longer receives any data.</dd></dl>
<p>You can opt out in your settings.</p>`);

// CMS editors wrap list items in paragraphs: "<li><p>Criteo – retargeting ads</p></li>" was a bare "-" and a loose
// line, so the list under "We share data with these partners:" named no one.
const LIST_PAGE = policyPage(`<h2>Partners</h2><p>We share data with these partners:</p>
<ul><li><p>Criteo – retargeting ads</p></li><li><div><span>Taboola</span></div><div>content recommendations</div></li>
<li><p><strong>Mixpanel</strong></p><p>We stopped using Mixpanel in 2020.</p></li>
<li>Measurement<ul><li>Chartbeat</li></ul></li></ul>`);

describe('blocks inside cells, definitions and list items', () => {
  it('keeps each table row on one line under its header, a cell\'s blocks joined as items', () => {
    expect(readPage(TABLE_PAGE)).toContain('| Provider | Purpose | Status |\n| Mixpanel | Product analytics | No longer used |\n| Hotjar; Criteo | Heatmaps; Retargeting ads | Active; Since 2021. |');
  });

  it('writes each definition term with its description as one item', () => {
    const text = readPage(DL_PAGE);
    expect(text).toContain('- Criteo: Shows you ads for products you viewed.\n- Taboola: Recommends articles and ads.\n- Outbrain: We stopped');
    expect(text).toMatch(/any data\.\n+You can opt out/);
  });

  it('keeps a list item\'s paragraphs on its line and a nested list\'s items on theirs', () => {
    expect(readPage(LIST_PAGE)).toContain('- Criteo – retargeting ads\n- Taboola; content recommendations\n- Mixpanel; We stopped using Mixpanel in 2020.\n- Measurement\n- Chartbeat');
  });

  it.each([
    ['a table row\'s status column', TABLE_PAGE, ['hotjar', 'criteo'], 'mixpanel'],
    ['a definition that retires its term', DL_PAGE, ['criteo', 'taboola'], 'outbrain'],
    ['a list item that retires its label', LIST_PAGE, ['criteo', 'taboola', 'chartbeat'], 'mixpanel'],
  ])('reads %s with its name: the others are named, the retired one is not', (_shape, html, named, retired) => {
    const got = analyzePolicy(readPage(html), { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org);
    expect(got).toEqual(expect.arrayContaining(named));
    expect(got).not.toContain(retired);
  });
});

// A line break is one line end: as a paragraph's blank line it parted "We share data with:" from the lines it leads in.
describe('line breaks inside a paragraph', () => {
  it('keeps a lead-in with the names on its following lines', () => {
    const text = readPage(policyPage('<h2>Sharing</h2><p>We share data with these partners:<br>Criteo<br>Taboola</p><p>Nobody else receives it.</p>'));
    expect(text).toContain('We share data with these partners:\nCriteo\nTaboola');
    expect(analyzePolicy(text, { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org)).toEqual(expect.arrayContaining(['criteo', 'taboola']));
  });
});

describe('markup too deep for a DOM', () => {
  it('still writes a table row as its cells', () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(600)}<p>Third-party cookies on this site:</p><table><tr><td>Criteo</td><td>Taboola</td><td>Advertising</td></tr></table>${'</div>'.repeat(600)}</body></html>`;
    expect(htmlToText(deep, parse).text).toContain('| Criteo | Taboola | Advertising |');
  });
});

// Accordions, tabs and "read more" panels are text the site publishes, one click away. Readability (until the 31st
// session) dropped invisible nodes, so a provider named only in a closed panel was read as never named (and its tracker
// as undisclosed); the button that opens a panel, its label, was removed with every other button.
const ACCORDION_PAGE = policyPage(`<h2>Service providers</h2><p>These providers receive data from our website:</p>
<div class="accordion"><h3><button aria-expanded="false" aria-controls="p1">Google Analytics</button></h3>
<div id="p1" hidden><p>Measures how visitors use the site.</p></div>
<button aria-expanded="false" aria-controls="p2">Advertising</button><div id="p2" style="color: #333; display: none"><p>Criteo shows you ads based on your visits.</p></div>
<button aria-expanded="false">Support</button><div aria-hidden="true"><p>Zendesk hosts our support tickets.</p></div></div>
<details><summary>Payments</summary><p>Stripe processes your card payments.</p></details>
<div role="dialog" aria-modal="true" hidden><p>Our 842 vendors include Taboola.</p><button aria-expanded="false">Outbrain</button></div>`);

describe('collapsed sections', () => {
  it('reads closed panels with the buttons that label them, as their own lines', () => {
    const text = readPage(ACCORDION_PAGE);
    expect(text).toMatch(/## Google Analytics\n+Measures how visitors use the site\./);
    expect(text).toMatch(/Advertising\n+Criteo shows you ads/);
    expect(text).toContain('Zendesk hosts our support tickets.');
    expect(text).toMatch(/Payments\n+Stripe processes/);
  });

  it('names the companies of closed panels, but not those of a closed dialog (a consent banner is not the policy)', () => {
    const got = analyzePolicy(readPage(ACCORDION_PAGE), { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org);
    expect(got).toEqual(expect.arrayContaining(['criteo', 'zendesk', 'stripe']));
    expect(got).not.toContain('taboola');
    expect(got).not.toContain('outbrain');
  });
});

// Consent platforms and page builders draw cookie tables without <table>: with ARIA roles, or with classes alone. As
// divisions every cell was its own line ("_ga / Google / Analytics" named no one); as spans, cells ran together.
const ROLE_GRID_PAGE = policyPage(`<h2>Cookies we use</h2><p>The following third-party cookies are set on our site:</p>
<div role="table"><div role="row"><div role="columnheader">Cookie</div><div role="columnheader">Provider</div><div role="columnheader">Purpose</div></div>
<div role="rowgroup"><div role="row"><div role="cell">_ga</div><div role="cell">Google</div><div role="cell">Analytics</div></div>
<div role="row"><div role="cell">cto_bundle</div><div role="cell">Criteo</div><div role="cell">Advertising</div></div></div></div>`);
const CLASS_GRID_PAGE = policyPage(`<h2>Cookies we use</h2><p>The following third-party cookies are set on our site:</p>
<div class="cookie-list"><div class="cookie-row"><span class="name">_hjid</span><span class="host">.hotjar.com</span><span class="provider">Hotjar</span><span class="purpose">Heatmaps</span></div>
<div class="cookie-row"><span class="name">IDE</span><span class="host">.doubleclick.net</span><span class="provider">Google</span><span class="purpose">Advertising</span></div></div>
<div class="two-columns"><div><p>Our office</p><p>12 Main Street</p></div><div><p>Opening hours</p></div></div>`);

describe('tables drawn with divisions', () => {
  it('reads ARIA table roles as the table they stand for', () => {
    expect(readPage(ROLE_GRID_PAGE)).toContain('| Cookie | Provider | Purpose |\n| _ga | Google | Analytics |\n| cto_bundle | Criteo | Advertising |');
  });

  it('reads rows of the same number of value cells as a table, and leaves other divisions alone', () => {
    const text = readPage(CLASS_GRID_PAGE);
    expect(text).toContain('| _hjid | .hotjar.com | Hotjar | Heatmaps |\n| IDE | .doubleclick.net | Google | Advertising |');
    expect(text).toMatch(/Our office\n+12 Main Street\n+Opening hours/);
  });

  it.each([['ARIA roles', ROLE_GRID_PAGE, ['google', 'criteo']], ['classes alone', CLASS_GRID_PAGE, ['hotjar', 'google']]])('names the providers of a grid drawn with %s', (_how, html, named) => {
    expect(analyzePolicy(readPage(html), { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org)).toEqual(expect.arrayContaining(named));
  });
});

// A policy is not news. Readability (until the 31st session) cleaned its guess of the main content for reading articles: sections whose id or
// class sounds like page furniture ("social-media", "sponsor", "gdpr") and vendor cards with a logo and a link went
// with their disclosures. Where the site marks its main content, it is read whole; elsewhere the body without its furniture.
const FURNITURE_SECTIONS = `<section id="social-media"><h2>Social media</h2><p>Our pages include the Facebook Like button, which sends Meta your IP address and the page you are reading.</p></section>
<div class="sponsor-info"><h2>Sponsors</h2><p>Our sponsor Criteo receives a cookie identifier when you visit.</p></div>
<div id="gdpr"><h2>Your rights</h2><p>You may ask us for a copy of your data.</p></div>
<div class="vendors"><div class="card"><img alt="" src="/logos/stripe.png"><h4>Stripe</h4><p>Payment processing</p><a href="https://stripe.com/privacy">Privacy policy</a></div>
<div class="card"><h4>Intercom</h4><p>Customer support chat</p></div></div>`;
const CHROME = (body: string) => `<!doctype html><html><head><title>Privacy</title></head><body><header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
${body}<footer><p>Follow us on <a href="https://facebook.com/shop">Facebook</a></p></footer></body></html>`;
const INTRO = `<h1>Privacy policy</h1><p>${'This policy explains what we collect and which outside companies receive it, what each does and whether we still use it. '.repeat(3)}</p>`;

describe('the main content a page declares', () => {
  it('reads the one <main> whole: no section is cleaned away for its id or class, and the chrome around it is left out', () => {
    const text = readPage(CHROME(`<main>${INTRO}${FURNITURE_SECTIONS}</main>`));
    for (const kept of ['sends Meta your IP address', 'Our sponsor Criteo', 'a copy of your data', 'Stripe', 'Intercom']) expect(text).toContain(kept);
    expect(text).not.toMatch(/Home|Follow us/);
  });

  it('reads the one <article> when there is no <main>', () => {
    expect(readPage(CHROME(`<div class="wrap"><article>${INTRO}${FURNITURE_SECTIONS}</article></div>`))).toContain('Our sponsor Criteo');
  });

  it('reads a page that declares nothing without its header, menus and footer, and without cleaning it as news', () => {
    const text = readPage(CHROME(`<div class="wrap"><div class="content">${INTRO}<h2>Sharing</h2><p>We share your order details with Stripe, Inc., which processes payments for us.</p>${FURNITURE_SECTIONS}</div></div>`));
    for (const kept of ['We share your order details with Stripe', 'sends Meta your IP address', 'Our sponsor Criteo', 'a copy of your data', 'Intercom']) expect(text).toContain(kept);
    expect(text).not.toMatch(/Home|Follow us/);
  });
});

// Subprocessor lists nest each company's record under its name: "- 华为云" and "- 处理内容：…" written as sibling items
// parted the name from what it processes.
const RECORD_LIST_PAGE = policyPage(`<h2>子处理者</h2><p>我们会委托下列子处理者协助提供服务：</p>
<ul><li><h3>基础设施</h3><ul>
<li><strong>华为云计算技术有限公司</strong>（华为云）<ul><li>处理内容：异地灾备、每日加密备份</li><li>地点：中国大陆（贵阳）</li></ul></li>
<li><strong>Mixpanel</strong><ul><li>Purpose: product analytics</li></ul></li></ul></li>
<li>Measurement<ul><li>Chartbeat</li><li>comScore</li></ul></li></ul>`);

describe('a nested list of fields', () => {
  it('keeps a record\'s fields on its item\'s line, and a nested list of names as items', () => {
    const text = readPage(RECORD_LIST_PAGE);
    expect(text).toContain('- 华为云计算技术有限公司（华为云）; 处理内容：异地灾备、每日加密备份; 地点：中国大陆（贵阳）\n- Mixpanel; Purpose: product analytics');
    expect(text).toContain('- Measurement\n- Chartbeat\n- comScore');
    expect(analyzePolicy(text, { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org)).toEqual(expect.arrayContaining(['huawei', 'mixpanel']));
  });
});

// A page builder's policy: the rich-text block, then a vendor list in a sibling CMS block. Readability took the
// rich-text block and left the list out, so every vendor of the grid read as never named.
const VENDOR_GRID_BESIDE_TEXT = CHROME(`<div class="page"><div class="w-richtext">${INTRO}<h2>Who helps us</h2>
<p>We use a small set of tools. Each one only gets what it needs to do its job.</p></div>
<div class="vendor-list w-dyn-list"><div class="vendor-card"><img src="/hubspot.svg" alt=""><div class="vendor-name">HubSpot</div>
<p class="vendor-purpose">Our CRM. Project enquiries and newsletter subscribers are stored here.</p><a href="https://legal.hubspot.com/privacy-policy">Privacy policy</a></div>
<div class="vendor-card"><img src="/hotjar.svg" alt=""><div class="vendor-name">Hotjar</div>
<p class="vendor-purpose">Records anonymised heatmaps of how visitors scroll and click.</p></div></div></div>`);

describe('a page that declares no main content', () => {
  it('reads the blocks beside the policy\'s text too, so a vendor grid next to it names its vendors', () => {
    const text = readPage(VENDOR_GRID_BESIDE_TEXT);
    expect(text).not.toMatch(/Home|Follow us/);
    expect(analyzePolicy(text, { siteDomain: 'shop.example' }).thirdParties.map((t) => t.org)).toEqual(expect.arrayContaining(['hubspot', 'hotjar']));
  });
});
