/**
 * The background's message router (GUIDE §3.3): checks who is talking before anything is trusted.
 *   - messages from another extension or a web page (externally_connectable is not declared) are dropped;
 *   - content scripts may only send CONTENT_MESSAGE_TYPES, and what they say is about *their own tab*:
 *     the tab id comes from `sender.tab`, never from the message;
 *   - everything else needs an extension page (popup, dashboard).
 */
import type { ContentMessage, Message, PageMessage } from '../messaging/protocol';
import { CONTENT_MESSAGE_TYPES, isMessage } from '../messaging/protocol';

export interface SenderLike { id?: string; url?: string; tab?: { id?: number; url?: string }; frameId?: number; documentId?: string }

export interface ContentContext { tabId: number; frameId: number; url: string; documentId?: string }

export interface RouterHandlers {
  content(msg: ContentMessage, ctx: ContentContext): Promise<unknown> | unknown;
  page(msg: PageMessage): Promise<unknown> | unknown;
}

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  /** Per-tab budget of content messages per second (a hostile page can spam the bridge). */
  maxContentPerSecond?: number;
  /** Serialized size limit for one content message. */
  maxContentBytes?: number;
  log?: (msg: string) => void;
}

export class MessageRouter {
  private buckets = new Map<number, { windowStart: number; count: number }>();

  constructor(private readonly handlers: RouterHandlers, private readonly opts: RouterOptions) {}

  /** Returns the reply, or undefined when the message was dropped. */
  async handle(raw: unknown, sender: SenderLike, now = Date.now()): Promise<unknown> {
    if (!isMessage(raw) || sender.id !== this.opts.extensionId) return this.drop('not an extension message', raw);
    // Extension pages (popup, dashboard — also when opened in a tab) have our origin; content scripts never do.
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(this.opts.extensionOrigin);
    if (fromExtensionPage) return this.handlers.page(raw as PageMessage);
    // From here on: a content script on some page — untrusted.
    if (!CONTENT_MESSAGE_TYPES.has(raw.type)) return this.drop(`content script may not send ${raw.type}`, raw);
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return this.drop('content message without a tab', raw);
    if (!this.withinBudget(tabId, now)) return this.drop('rate limit', raw);
    if (this.size(raw) > (this.opts.maxContentBytes ?? 256 * 1024)) return this.drop('message too large', raw);
    const ctx: ContentContext = { tabId, frameId: sender.frameId ?? 0, url: sender.url ?? sender.tab?.url ?? '', documentId: sender.documentId };
    return this.handlers.content(raw as ContentMessage, ctx);
  }

  private withinBudget(tabId: number, now: number): boolean {
    const limit = this.opts.maxContentPerSecond ?? 50;
    const b = this.buckets.get(tabId);
    if (!b || now - b.windowStart >= 1000) { this.buckets.set(tabId, { windowStart: now, count: 1 }); return true; }
    b.count += 1;
    return b.count <= limit;
  }

  private size(msg: Message): number {
    try { return JSON.stringify(msg).length; } catch { return Infinity; }
  }

  private drop(reason: string, raw: unknown): undefined {
    const type = isMessage(raw) ? raw.type : typeof raw;
    this.opts.log?.(`[router] dropped ${type}: ${reason}`);
    return undefined;
  }
}
