import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from './db';
import { MAX_TITLE_CHARS, setVisitTitle } from './visits';

describe('setVisitTitle', () => {
  it('stores the title as given, cut to MAX_TITLE_CHARS, and creates no row for an unknown visit', async () => {
    const db = openDb(`t-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    await db.visits.put({ id: 'v1', tabId: 1, url: 'https://site.example/', site: 'site.example', startedAt: 1, lastAt: 1 });
    await setVisitTitle(db, 'v1', '<img src=x onerror=alert(1)> News');
    expect((await db.visits.get('v1'))?.title).toBe('<img src=x onerror=alert(1)> News');
    await setVisitTitle(db, 'v1', 'x'.repeat(MAX_TITLE_CHARS + 50));
    expect((await db.visits.get('v1'))?.title).toHaveLength(MAX_TITLE_CHARS);
    await setVisitTitle(db, 'gone', 'title');
    expect(await db.visits.count()).toBe(1);
  });
});
