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

/** A translator over one parsed messages.json; unknown keys come back as the key (visible, never blank). */
export function createTranslator(messages: MessagesFile, fallback?: MessagesFile): Translate {
  return (key, substitutions) => {
    const entry = messages[key] ?? fallback?.[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (s: string) => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
    // Placeholders are looked up case-insensitively, as Chrome does; '$$' is a literal dollar sign.
    const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (m, name?: string, digit?: string) => {
      if (m === '$$') return '$';
      if (digit) return subs[Number(digit) - 1] ?? '';
      const content = name ? named.get(name.toLowerCase()) : undefined;
      // Substituted values are inserted once, never re-scanned: a page's text cannot inject placeholders.
      return content === undefined ? '' : positional(content);
    });
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
