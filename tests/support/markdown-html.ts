/**
 * The markdown policy fixtures written back as the HTML page they came from, for checking the extension's own path
 * (page HTML → lib/dom/html-to-text → analyzePolicy) against reading the markdown directly. Only what the fixtures use:
 * headings, paragraphs (hard line breaks as <br>), bullet and numbered lists, pipe tables, links, bold; inline HTML the
 * fixtures carry (<br> in table cells) is kept as it is.
 */
const KEPT_TAG = /<(?!\/?(?:br|b|i|strong|em|a|span|p|ul|li|div)\b)/gi;

function inline(s: string): string {
  return s
    .replace(/&(?![a-z#0-9]+;)/gi, '&amp;')
    .replace(KEPT_TAG, '&lt;')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, '<a href="$2">$1</a>')
    .replace(/\\([_*\\[\]()#+.!|-])/g, '$1');
}

export function markdownToHtml(md: string): string {
  const out: string[] = [];
  let para: string[] = [];
  let open: 'ul' | 'table' | null = null;
  const flush = () => {
    if (para.length) out.push(`<p>${para.join('')}</p>`);
    para = [];
  };
  const close = () => {
    flush();
    if (open) out.push(`</${open}>`);
    open = null;
  };
  const start = (what: 'ul' | 'table') => {
    flush();
    if (open === what) return;
    if (open) out.push(`</${open}>`);
    out.push(`<${what}>`);
    open = what;
  };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    let m: RegExpExecArray | null;
    if (!line.trim()) close();
    else if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      close();
      out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
    } else if ((m = /^\s*(?:[-*+•]|\d+\.)\s+(.*)$/.exec(line))) {
      start('ul');
      out.push(`<li>${inline(m[1])}</li>`);
    } else if (/^\s*\|/.test(line)) {
      start('table');
      if (!/^\s*\|[\s:|-]+\|?\s*$/.test(line)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|');
        out.push(`<tr>${cells.map((c) => `<td>${inline(c.trim())}</td>`).join('')}</tr>`);
      }
    } else if (open === 'ul' && /^\s{2,}/.test(raw)) {
      out[out.length - 1] = out[out.length - 1].replace(/<\/li>$/, ` ${inline(line.trim())}</li>`);
    } else {
      if (open) close();
      // Two trailing spaces are markdown's hard line break.
      para.push(`${inline(line.trim())}${/ {2,}$/.test(raw) ? '<br>' : ' '}`);
    }
  }
  close();
  return `<!doctype html><html><head><title>Privacy</title></head><body><main><article>${out.join('\n')}</article></main></body></html>`;
}
