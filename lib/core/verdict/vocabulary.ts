/**
 * Verdict vocabulary as DATA: which recipient category a policy sentence discloses covers which
 * TrackerDB category, which vendors are session-replay tools, and which categories count as
 * "tracking" for consent findings. Kept apart from the rules so reviewers can read the choices.
 */
import type { CategoryKey } from '../types.ts';

/**
 * Policy category (what `extractCategories` found) → TrackerDB categories it discloses.
 * Deliberately narrow: "service providers"/"vendors"/"processors" (policy 'essential') covers only
 * the plumbing a site runs on — hosting, essential, utilities, consent tools, and the customer-support
 * and chat tools that act for it (Intercom, Zendesk: "service providers … customer support") — never advertising or
 * analytics, because a reader of "we share data with service providers" does not learn that an ad
 * network receives it. Categories absent here (misc, extensions, unknown) are never disclosed by a
 * category phrase: only naming them counts.
 */
export const CATEGORY_COVERS: Partial<Record<CategoryKey, readonly CategoryKey[]>> = {
  advertising: ['advertising', 'adult_advertising'],
  site_analytics: ['site_analytics'],
  social_media: ['social_media'],
  essential: ['essential', 'hosting', 'utilities', 'consent', 'customer_interaction'],
  hosting: ['hosting', 'essential'],
  customer_interaction: ['customer_interaction'],
  consent: ['consent'],
  audio_video_player: ['audio_video_player'],
};

/** Policy categories that disclose an organization of TrackerDB category `orgCategory`. */
export function disclosingCategories(orgCategory: CategoryKey): CategoryKey[] {
  const out: CategoryKey[] = [];
  for (const [policyCat, covered] of Object.entries(CATEGORY_COVERS) as Array<[CategoryKey, readonly CategoryKey[]]>) {
    if (covered.includes(orgCategory)) out.push(policyCat);
  }
  return out;
}

export { CATEGORY_RANK, mostRelevantCategory } from '../classify/organizations.ts';

/** Tracking categories: a tracking product named in the policy covers any of them (see match.ts covers). */
export const TRACKING: ReadonlySet<CategoryKey> = new Set(['advertising', 'adult_advertising', 'site_analytics']);

/** Categories whose requests need consent and whose firing is a consent finding (GDPR/ePrivacy). */
export const CONSENT_TRACKING: ReadonlySet<CategoryKey> = new Set(['advertising', 'adult_advertising', 'site_analytics']);

/** Categories a GPC opt-out of "sale or sharing" is about: cross-context behavioural advertising. */
export const GPC_TRACKING: ReadonlySet<CategoryKey> = new Set(['advertising', 'adult_advertising']);

/** Categories a blanket "we do not share … with third parties/advertisers" is contradicted by. */
export const SHARING_CONTRADICTS: ReadonlySet<CategoryKey> = new Set(['advertising', 'adult_advertising']);

/**
 * Session-replay vendors: their product records mouse movements and keystrokes, so a policy that
 * denies recording is contradicted when they run. Organizations that *also* sell other products
 * (Microsoft: Clarity; Yandex: Metrica's Webvisor) count only when the replay product's hosts are
 * seen, never for their ad traffic.
 */
export const REPLAY_ORGS: ReadonlySet<string> = new Set([
  'hotjar', 'fullstory', 'mouseflow', 'smartlook', 'logrocket', 'inspectlet', 'lucky_orange', 'sessioncam',
  'quantum_metric', 'glassbox', 'decibel_insight', 'clicktale', 'content_square',
]);

/** Host suffixes of replay products (also catches vendors TrackerDB has no organization for). */
export const REPLAY_HOST_SUFFIXES: readonly string[] = [
  'hotjar.com', 'hotjar.io', 'fullstory.com', 'clarity.ms', 'mouseflow.com', 'smartlook.com', 'smartlook.cloud',
  'logrocket.com', 'logrocket.io', 'lr-ingest.io', 'lr-in.com', 'inspectlet.com', 'luckyorange.com',
  'luckyorange.net', 'sessioncam.com', 'quantummetric.com', 'decibelinsight.net', 'clicktale.net',
  'contentsquare.net', 'mc.yandex.ru', 'mc.yandex.com', 'mc.yandex.by', 'mc.yandex.kz', 'mc.yandex.com.tr',
];

export function isReplayHost(host: string): boolean {
  const h = host.toLowerCase();
  return REPLAY_HOST_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Human label for a category, used in reasons ("advertising partners" covers …). */
export const CATEGORY_LABEL: Record<CategoryKey, { en: string; zh: string }> = {
  advertising: { en: 'advertising', zh: '广告' },
  adult_advertising: { en: 'adult advertising', zh: '成人广告' },
  site_analytics: { en: 'analytics', zh: '统计分析' },
  consent: { en: 'consent management', zh: '同意管理' },
  essential: { en: 'service provider', zh: '服务提供商' },
  hosting: { en: 'hosting', zh: '托管' },
  customer_interaction: { en: 'customer interaction', zh: '客户互动' },
  audio_video_player: { en: 'audio/video player', zh: '音视频播放' },
  extensions: { en: 'extension', zh: '扩展' },
  social_media: { en: 'social media', zh: '社交媒体' },
  utilities: { en: 'utility', zh: '工具' },
  misc: { en: 'miscellaneous', zh: '其他' },
  unknown: { en: 'unknown', zh: '未知' },
};
