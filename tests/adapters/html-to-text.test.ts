/**
 * Policy HTML → text with a real DOMParser, as the extension does it (Firefox's background page, Chrome's
 * offscreen document): links in the text point where the policy page points, not at the extension's origin.
 */
import { describe, expect, it } from 'vitest';
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
