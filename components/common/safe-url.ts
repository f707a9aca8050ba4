/**
 * Links built from page or policy data: only absolute http(s) URLs become links. Anything else
 * (javascript:, data:, blob:, relative paths that would resolve inside the extension) is shown as text.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 8192) return null;
  let url: URL;
  try { url = new URL(raw.trim()); } catch { return null; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}
