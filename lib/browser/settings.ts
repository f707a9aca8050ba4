/**
 * The person's settings, in browser.storage.local under one key. Typed, with defaults, validated on
 * read (a corrupted or older value never crashes the extension: unknown fields are dropped, bad ones
 * fall back to the default).
 */
import browser from 'webextension-polyfill';

export interface Settings {
  /** Global Privacy Control on every request and in every frame. */
  gpcEnabled: boolean;
  /** Sites (registrable domains) where GPC is not sent. */
  gpcExceptions: string[];
  /** Reject cookie banners automatically on every site (opt-out only). */
  alwaysRejectBanners: boolean;
  /** Days of history kept; older visits are pruned automatically. */
  retentionDays: 30 | 90 | 365;
  /** Recording paused: nothing new is stored. */
  paused: boolean;
  /** Sites never recorded. */
  neverRecord: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  gpcEnabled: false,
  gpcExceptions: [],
  alwaysRejectBanners: false,
  retentionDays: 90,
  paused: false,
  neverRecord: [],
};

const KEY = 'settings';

export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length < 256).slice(0, 10_000) : []);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    gpcEnabled: bool(r.gpcEnabled, DEFAULT_SETTINGS.gpcEnabled),
    gpcExceptions: strings(r.gpcExceptions),
    alwaysRejectBanners: bool(r.alwaysRejectBanners, DEFAULT_SETTINGS.alwaysRejectBanners),
    retentionDays: r.retentionDays === 30 || r.retentionDays === 365 ? r.retentionDays : 90,
    paused: bool(r.paused, DEFAULT_SETTINGS.paused),
    neverRecord: strings(r.neverRecord),
  };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return sanitizeSettings(stored[KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `fn` whenever the settings change (from any extension page or the background). */
export function onSettingsChanged(fn: (s: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEY]) fn(sanitizeSettings(changes[KEY].newValue));
  });
}
