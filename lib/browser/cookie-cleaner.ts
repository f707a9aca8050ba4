/**
 * "Clear this organization's cookies": removes every cookie whose domain is one of the organization's
 * domains (or a subdomain), partitioned (CHIPS / Firefox Total Cookie Protection) ones included, in every
 * cookie store (normal and private windows). Returns how many were removed.
 */
import type { Cookies } from 'webextension-polyfill';
import { hostMatches } from '../core/optouts/rules';

export interface CookiesApi {
  getAll(details: Cookies.GetAllDetailsType): Promise<Cookies.Cookie[]>;
  remove(details: Cookies.RemoveDetailsType): Promise<unknown>;
  getAllCookieStores?(): Promise<{ id: string }[]>;
}

type CookieWithPartition = Cookies.Cookie & { partitionKey?: unknown };

export async function clearCookiesOf(cookies: CookiesApi, domains: string[]): Promise<number> {
  const stores = cookies.getAllCookieStores ? (await cookies.getAllCookieStores()).map((s) => s.id) : [undefined];
  const seen = new Set<string>();
  let removed = 0;
  for (const storeId of stores) {
    for (const domain of domains) {
      for (const c of await allCookies(cookies, domain, storeId)) {
        const cookieHost = c.domain.replace(/^\./, '').toLowerCase();
        // The domain filter already means "this domain or a subdomain"; re-check so a lax API cannot widen it.
        if (!hostMatches(cookieHost, domain)) continue;
        const id = `${c.storeId}|${c.domain}|${c.path}|${c.name}|${JSON.stringify(c.partitionKey ?? null)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const url = `${c.secure ? 'https' : 'http'}://${cookieHost}${c.path}`;
        const details = { url, name: c.name, storeId: c.storeId, ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}) } as Cookies.RemoveDetailsType;
        if (await cookies.remove(details).catch(() => null)) removed += 1;
      }
    }
  }
  return removed;
}

async function allCookies(cookies: CookiesApi, domain: string, storeId: string | undefined): Promise<CookieWithPartition[]> {
  const base = { domain, ...(storeId ? { storeId } : {}) };
  // `partitionKey: {}` asks for partitioned and unpartitioned cookies alike (Chrome 119+, Firefox 94+);
  // older browsers reject the key, and then only unpartitioned cookies exist to find anyway.
  try {
    return await cookies.getAll({ ...base, partitionKey: {} } as Cookies.GetAllDetailsType) as CookieWithPartition[];
  } catch {
    return await cookies.getAll(base) as CookieWithPartition[];
  }
}
