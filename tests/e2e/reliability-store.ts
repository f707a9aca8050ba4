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
