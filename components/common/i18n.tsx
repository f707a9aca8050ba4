/**
 * Translation for the shared components. The components never call browser.i18n themselves (they also
 * render in node for the exported HTML report), so the caller injects a `t(key, substitutions?)`:
 * browser.i18n.getMessage in the extension (lib/browser/i18n.ts), `createTranslator(messages.json)` in
 * node and tests. createTranslator follows Chrome's messages.json rules ($1…$9 and named placeholders)
 * so the same files give the same strings in both places.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

type Part = string | number;

/** Splits a message into literal text and substitution indexes once, so rendering 300 rows is only joins. */
function compile(entry: MessageEntry): Part[] {
  const parts: Part[] = [];
  const positional = (text: string) => {
    let last = 0;
    for (const m of text.matchAll(/\$(\d)/g)) {
      parts.push(text.slice(last, m.index), Number(m[1]) - 1);
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
  };
  // Placeholders are looked up case-insensitively, as Chrome does; '$$' is a literal dollar sign.
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  let last = 0;
  for (const m of entry.message.matchAll(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g)) {
    parts.push(entry.message.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '$$') parts.push('$');
    else if (m[2]) parts.push(Number(m[2]) - 1);
    else positional(named.get(m[1].toLowerCase()) ?? '');
  }
  parts.push(entry.message.slice(last));
  return parts.filter((p) => p !== '');
}

/** A translator over one parsed messages.json; unknown keys come back as the key (visible, never blank). */
export function createTranslator(messages: MessagesFile, fallback?: MessagesFile): Translate {
  const compiled = new Map<string, Part[] | null>();
  return (key, substitutions) => {
    let parts = compiled.get(key);
    if (parts === undefined) {
      const entry = Object.hasOwn(messages, key) ? messages[key] : fallback && Object.hasOwn(fallback, key) ? fallback[key] : undefined;
      parts = entry ? compile(entry) : null;
      compiled.set(key, parts);
    }
    if (!parts) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    // Substituted values are inserted once, never re-scanned: a page's text cannot inject placeholders.
    let out = '';
    for (const p of parts) out += typeof p === 'number' ? subs[p] ?? '' : p;
    return out;
  };
}

const I18nContext = createContext<Translate>((key) => key);

export function I18nProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}

/** English and Chinese have no plural grammar in common; `<base>_one` / `<base>_other` keys pick the form. */
export function plural(t: Translate, base: string, n: number): string {
  return t(n === 1 ? `${base}_one` : `${base}_other`, String(n));
}
