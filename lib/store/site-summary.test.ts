import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type FineprintDb } from './db';
import { buildSiteIndex } from '../core/report/model';
import { loadSiteIndex } from './history';
import { setVisitTitle } from './site-summary';
import { deleteSite, pruneOlderThan } from './retention';
import { VisitTracker } from '../browser/visit-tracker';

let db: FineprintDb;
let tracker: VisitTracker;
beforeEach(() => {
  db = openDb(`s-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  tracker = new VisitTracker(db);
});

/** What the list must show: the index derived from every visit, as before summaries existed. */
async function fromVisits() {
  return buildSiteIndex(await db.visits.toArray(), await db.sites.toArray());
}

const visit = (tabId: number, url: string, t: number) => tracker.commit({ tabId, frameId: 0, url, timeStamp: t, documentId: `d${tabId}-${t}` });

describe('site summaries: the dashboard list without reading every visit', () => {
  it('are kept by commits and titles, and give exactly the index the visits give', async () => {
    const a = await visit(1, 'https://news.example/a', 1000);
    await visit(2, 'https://shop.example/', 1500);
    const b = await visit(1, 'https://news.example/b', 2000);
    await setVisitTitle(db, a!.visitId, 'Story A');
    await setVisitTitle(db, b!.visitId, 'Story B');
    await visit(1, 'https://news.example/c', 3000); // no title yet: the list keeps "Story B"
    expect(await db.siteSummaries.get('news.example')).toMatchObject({ visitCount: 3, firstVisit: 1000, lastVisit: 3000, lastUrl: 'https://news.example/c', lastTitle: 'Story B' });
    const index = await loadSiteIndex(db);
    expect(index).toEqual(await fromVisits());
    expect(index.map((e) => [e.site, e.visitCount, e.title])).toEqual([['news.example', 3, 'Story B'], ['shop.example', 1, null]]);
  });

  it('a late title of an older visit does not replace the newer one', async () => {
    const a = await visit(1, 'https://news.example/a', 1000);
    const b = await visit(1, 'https://news.example/b', 2000);
    await setVisitTitle(db, b!.visitId, 'Newer');
    await setVisitTitle(db, a!.visitId, 'Older');
    expect((await loadSiteIndex(db))[0].title).toBe('Newer');
    expect(await loadSiteIndex(db)).toEqual(await fromVisits());
  });

  it('after retention prunes visits, the list is derived from the visits left (and summarised again)', async () => {
    await visit(1, 'https://news.example/a', 1000);
    await visit(1, 'https://news.example/b', 5000);
    await visit(2, 'https://old.example/', 1200);
    await pruneOlderThan(db, 2000);
    expect(await db.siteSummaries.count()).toBe(0);
    const index = await loadSiteIndex(db);
    expect(index).toEqual(await fromVisits());
    expect(index.map((e) => [e.site, e.visitCount, e.firstVisit])).toEqual([['news.example', 1, 5000]]);
    expect(await db.siteSummaries.count()).toBe(1);
  });

  it('a site without a summary (older data) is never counted from its next visit alone', async () => {
    await visit(1, 'https://news.example/a', 1000);
    await db.siteSummaries.clear(); // as after the v4 upgrade
    await visit(1, 'https://news.example/b', 2000);
    expect(await db.siteSummaries.get('news.example')).toBeUndefined();
    expect((await loadSiteIndex(db))[0].visitCount).toBe(2);
  });

  it('deleting a site deletes its summary', async () => {
    await visit(1, 'https://news.example/a', 1000);
    await visit(2, 'https://shop.example/', 1500);
    await deleteSite(db, 'news.example');
    expect(await db.siteSummaries.get('news.example')).toBeUndefined();
    expect((await loadSiteIndex(db)).map((e) => e.site)).toEqual(['shop.example']);
  });
});
