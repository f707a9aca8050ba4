/**
 * Reads the extension's own IndexedDB from an extension page (same origin as the service worker), so the
 * reliability tests check what is durably stored — not what a worker holds in memory and could lose.
 * Raw IndexedDB on purpose: opening without a version never upgrades or blocks the extension's schema.
 */
import type { Page } from 'playwright-core';
import type { SessionPage } from '../../scripts/session';

/** An extension page of either browser (a playwright page, or a SessionPage of scripts/session.ts). */
type ExtensionPage = Page | Pick<SessionPage, 'evaluate'>;
const on = (p: ExtensionPage) => p as Pick<SessionPage, 'evaluate'>;

export interface StoreDump {
  visits: { id: string; url: string; tabId: number; site: string; title?: string }[];
  stats: { key: string; visitId: string; host: string; count: number; org: string | null; category: string; types: Record<string, number>; sampleUrls: string[] }[];
  kv: { key: string; value: unknown }[];
}

export async function readStore(extPage: ExtensionPage): Promise<StoreDump> {
  return on(extPage).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fineprint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T>(store: string) => new Promise<T[]>((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error);
    });
    try {
      const visits = await all<{ id: string; url: string; tabId: number; site: string; title?: string }>('visits');
      const stats = await all<StoreDump['stats'][number]>('hostStats');
      const kv = await all<{ key: string; value: unknown }>('kv');
      return {
        visits: visits.map(({ id, url, tabId, site, title }) => ({ id, url, tabId, site, title })),
        stats: stats.map(({ key, visitId, host, count, org, category, types, sampleUrls }) => ({ key, visitId, host, count, org, category, types, sampleUrls })),
        kv,
      };
    } finally {
      db.close();
    }
  });
}

/** Delete a visit's rows for one host, as if the worker that saw those requests died before writing them. */
export async function forgetHost(extPage: ExtensionPage, visitId: string, host: string): Promise<number> {
  return on(extPage).evaluate(async ({ visitId, host }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fineprint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const tx = db.transaction('hostStats', 'readwrite');
        const store = tx.objectStore('hostStats');
        let deleted = 0;
        const req = store.getAll();
        req.onsuccess = () => {
          for (const row of req.result as { key: string; visitId: string; host: string }[]) {
            if (row.visitId === visitId && row.host === host) { store.delete(row.key); deleted++; }
          }
        };
        tx.oncomplete = () => resolve(deleted);
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, { visitId, host });
}

/**
 * What waits outside the worker for a worker to record it: page reports no worker reconciled (by page URL) and request
 * journal entries no worker wrote (by page or request URL). For a failing reliability test's message: which witness failed.
 */
export async function leftBehind(extPage: ExtensionPage): Promise<{ reports: { pageUrl: string; at: number; urls: number }[]; journal: { url: string; type: string; documentUrl?: string }[] }> {
  return on(extPage).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> }; session?: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const local = await api.storage.local.get(null);
    const session = api.storage.session ? await api.storage.session.get(null) : {};
    const reports = Object.entries(local).filter(([k]) => k.startsWith('page-report:'))
      .map(([, v]) => v as { pageUrl: string; at: number; urls: unknown[] }).map((v) => ({ pageUrl: v.pageUrl, at: v.at, urls: v.urls?.length ?? 0 }));
    const journal = Object.entries(session).filter(([k]) => k.startsWith('request:'))
      .map(([, v]) => (v as { entry: { url: string; type: string; documentUrl?: string } }).entry).map((e) => ({ url: e.url, type: e.type }));
    return { reports, journal };
  });
}
