/**
 * The vocabulary every part of Fineprint speaks (GUIDE §4). Pure types: no runtime code,
 * no browser, Dexie or WXT import — the CLI, the extension and the tests all share it.
 */

/** Request types as webRequest reports them (Chrome and Firefox names merged). */
export type RequestType =
  | 'main_frame' | 'sub_frame' | 'stylesheet' | 'script' | 'image' | 'font' | 'object'
  | 'xmlhttprequest' | 'ping' | 'csp_report' | 'media' | 'websocket' | 'webtransport'
  | 'webbundle' | 'beacon' | 'imageset' | 'speculative' | 'other';

/** One request as the browser (or a HAR file) saw it — the input to classification. */
export interface Observation {
  url: string;
  type: RequestType;
  /** URL of the top-level page the request belongs to. */
  pageUrl: string;
  /** Frame/initiator URL when known (for first/third party decisions). */
  initiator?: string;
  /** Milliseconds since epoch. */
  time: number;
  method?: string;
  /** Cookie names sent with the request (values are never stored). */
  cookiesSent?: string[];
  /** Set-Cookie headers from the response (name + attributes; values kept only as length/entropy hints). */
  cookiesSet?: CookieSeen[];
  /** True when the request carried `Sec-GPC: 1`. */
  gpc?: boolean;
  /** Request body as text when the browser exposes it (truncated by the adapter). */
  body?: string;
}

export interface CookieSeen {
  name: string;
  /** Length of the value and whether it looks like an identifier (high entropy, ≥ 8 chars). */
  valueLength: number;
  identifierLike: boolean;
  /** Seconds until expiry; undefined for session cookies. */
  maxAgeSeconds?: number;
  domain?: string;
}

/** TrackerDB category keys (plus 'unknown' for unlisted third parties). */
export type CategoryKey =
  | 'advertising' | 'site_analytics' | 'consent' | 'essential' | 'hosting' | 'customer_interaction'
  | 'audio_video_player' | 'extensions' | 'adult_advertising' | 'social_media' | 'utilities'
  | 'misc' | 'unknown';

/** Result of classifying one request. */
export interface Classification {
  host: string;
  /** Registrable domain (eTLD+1) of the request, e.g. "google-analytics.com". */
  domain: string;
  /** Registrable domain of the page. */
  siteDomain: string;
  thirdParty: boolean;
  /** TrackerDB organization key, or null when the database does not know it. */
  org: string | null;
  /** Human name of the organization (or the domain for unknown parties). */
  orgName: string;
  category: CategoryKey;
  /** TrackerDB pattern key (e.g. "google_analytics"), or null. */
  pattern: string | null;
}

/** Organization facts from TrackerDB, used by the popup and data-request letters. */
export interface OrganizationInfo {
  key: string;
  name: string;
  description?: string;
  websiteUrl?: string;
  privacyPolicyUrl?: string;
  privacyContact?: string;
  country?: string;
}

/** OPP-115 personal-information types (GUIDE §4). */
export type DataType =
  | 'Contact' | 'Cookies and tracking elements' | 'IP address and device IDs' | 'Location'
  | 'Financial' | 'Health' | 'Demographic' | 'Personal identifier' | 'User online activities'
  | 'User profile' | 'Computer information' | 'Social media data' | 'Survey data'
  | 'Generic personal information' | 'Other';

/** Offsets into the extracted policy text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** A piece of personal data found leaving the page. */
export interface DataFlow {
  type: DataType;
  /** What exactly was found: "email", "phone", "geo", "typed-value". */
  kind: string;
  /** For "typed-value": what the value was, by the seed's label ("email", "phone", "search terms", "typed text"). */
  label?: string;
  /** How it was encoded in the request: plain, base64, md5, sha1, sha256, sha512, urlencoded. */
  encoding: string;
  recipientDomain: string;
  recipientOrg: string | null;
  /** URL or body excerpt with the value masked. */
  evidence: string;
  time: number;
  /** How many requests carried this same finding (identical findings are merged for display). */
  count?: number;
  /** Where in the request it was found (added by classify/pii). */
  source?: 'url' | 'body';
}

/**
 * A value the person typed (form field, key-logging probe, CLI --seed), looked for in requests plain,
 * url-encoded, base64 and hashed (Blacklight's method). Added by classify/pii.
 */
export interface PiiSeed {
  value: string;
  /** OPP-115 type of the value; defaults to 'User online activities'. */
  type?: DataType;
  /** Shown in masked evidence ("[sha256 of email]"); guessed from the value when absent. */
  label?: string;
}

/** One organization's third-party traffic on a page, before any policy verdict (classify/summarize). */
export interface OrganizationSummary {
  org: string | null;
  name: string;
  category: CategoryKey;
  requests: number;
  hosts: string[];
}

/** What the in-page probe saw the page's scripts do. */
export type ProbeKind =
  | 'canvas-fingerprint' | 'webgl-fingerprint' | 'audio-fingerprint' | 'font-probe'
  | 'geolocation' | 'camera-microphone' | 'clipboard-read' | 'notifications'
  | 'session-replay' | 'input-listeners';

export interface ProbeEvent {
  kind: ProbeKind;
  /** Script URL that triggered it, when the stack told us (the innermost page script). */
  scriptUrl?: string;
  /**
   * Every distinct page script on the stack, innermost first. A finding is charged to a company only
   * when all of them are that company's: a CDN copy of a library called by the site's own code is
   * not the company that listened.
   */
  stackScripts?: string[];
  detail?: string;
  time: number;
}

// ---------------------------------------------------------------------------- policy

export type PolicyLanguage = 'en' | 'zh' | 'de' | 'fr' | 'es' | 'ja' | 'other';

export interface ThirdPartyStatement {
  /** TrackerDB organization key, or null for a named party not in the database. */
  org: string | null;
  name: string;
  evidence: Evidence;
  /**
   * The TrackerDB category of the PRODUCT this mention names ("Google Fonts" → hosting); absent when
   * the policy names the company itself. Naming a product discloses only that kind of traffic.
   */
  product?: CategoryKey;
  /** Set when the policy names a domain ("scorecardresearch.com"): covers requests to that registrable domain. */
  domain?: string;
}

export interface CategoryStatement {
  category: CategoryKey;
  evidence: Evidence;
  /** Only the purpose of tracking on the page ("Cookies are used to track usage patterns"): no party said to run it. */
  agentless?: true;
  /** Found by the learned reader (policy/category-model.ts), not by a rule: it may only stand in for "undisclosed". */
  learned?: true;
}

export interface DataTypeStatement {
  type: DataType;
  collected: boolean;
  shared: boolean;
  evidence: Evidence;
}

export interface PurposeStatement {
  purpose: 'advertising' | 'analytics' | 'personalization' | 'security' | 'service' | 'legal' | 'marketing' | 'research' | 'other';
  evidence: Evidence;
}

export type ClaimKind =
  | 'no-sale' | 'no-sharing' | 'honours-gpc' | 'honours-dnt' | 'no-session-recording'
  | 'retention' | 'children' | 'no-third-party-tracking';

export interface Claim {
  kind: ClaimKind;
  /** For 'no-sharing' / 'no-sale': which data type (or 'any') the site says it does not share. */
  dataType?: DataType | 'any';
  /**
   * For 'no-sharing' / 'no-sale': who gets nothing — 'third-parties', 'advertisers', 'anyone' or a
   * TrackerDB organization key. Only claims parsed as full denials (policy/denial.ts) carry one.
   */
  recipient?: string;
  /** "Apart from the services listed above we share your data with no one". */
  closedList?: boolean;
  evidence: Evidence;
}

export interface OptOutStatement {
  url?: string;
  email?: string;
  kind: 'do-not-sell' | 'privacy-choices' | 'cookie-settings' | 'vendor-opt-out' | 'email' | 'in-app' | 'other';
  text: string;
  evidence: Evidence;
}

/** A row of a Chinese "third-party SDK list" table. */
export interface SdkRow {
  sdk: string;
  company: string;
  org: string | null;
  purpose?: string;
  data?: string;
  evidence: Evidence;
}

/** Everything the analyzer extracted from one policy text. */
/**
 * How a policy mentions a company it never names as receiving data: as a log-in or source of the reader's data, as
 * the reader's own device / browser / store / account, in a link or reference, in a sentence denying it anything,
 * or as a former or possible partner. An `undisclosed` verdict quotes it instead of saying "not mentioned".
 */
export type AsideKind = 'sign-in' | 'your-product' | 'reference' | 'denied' | 'former-or-possible';
export interface Aside { org: string; name: string; as: AsideKind; evidence: Evidence }

export interface PolicyAnalysis {
  language: PolicyLanguage;
  /** The company that wrote the policy, when the text says so (never counted as a third party). */
  owner?: string;
  thirdParties: ThirdPartyStatement[];
  categories: CategoryStatement[];
  dataTypes: DataTypeStatement[];
  purposes: PurposeStatement[];
  claims: Claim[];
  optOuts: OptOutStatement[];
  sdkRows: SdkRow[];
  /** One mention per company the policy names only in passing (optional: analyses stored before version 8 lack it). */
  asides?: Aside[];
  /** Number of sentences analysed (for sanity checks and the popup). */
  sentenceCount: number;
  /** TrackerDB organizations that are the policy's author (never judged as third parties). */
  ownerOrgs?: string[];
  /** Version of the analyzer that produced this (stored analyses older than ANALYZER_VERSION are redone). */
  analyzerVersion?: number;
}

// ---------------------------------------------------------------------------- verdicts

/**
 * Why a verdict is what it is, as DATA: the popup, the dashboard, the exported report and the CLI
 * render it in the reader's language (components/site/why.ts); the core never writes the sentence.
 */
export type WhyRecipient = 'third-parties' | 'advertisers' | 'anyone';

export type VerdictWhy =
  | { code: 'pending' }
  | { code: 'no-policy' }
  /** "mytoys.com" on mytoys.de: probably the site itself. */
  | { code: 'site-own-name' }
  /** The policy's author (or its group) — its own traffic is not a third party's. */
  | { code: 'policy-owner' }
  | { code: 'named'; name: string; via: 'sentence' | 'sdk-table' | 'domain' }
  | { code: 'category'; category: CategoryKey; otherProducts?: string[]; agentless?: true; learned?: true }
  | { code: 'contradicted-recording'; recorder: 'vendor' | 'replay-host' | 'probe-replay' | 'probe-listeners'; host?: string }
  | { code: 'contradicted-named' }
  | { code: 'contradicted-denial'; recipient: WhyRecipient; closedList?: boolean }
  | { code: 'undisclosed'; unknownCompany: boolean; otherProducts?: string[]; mentionedAs?: AsideKind; mentionName?: string };

/** Other evidence that is not the policy: shown as its own kind, never as "named in the policy". */
export interface OtherEvidence {
  /** The site's cookie banner (TCF consent string read from the page's CMP) lists this vendor. */
  tcfVendor?: number;
}

export type Verdict = 'named' | 'category' | 'undisclosed' | 'contradicted' | 'no-policy';

export interface OrganizationVerdict {
  org: string | null;
  name: string;
  category: CategoryKey;
  requests: number;
  hosts: string[];
  verdict: Verdict | null;
  evidence: Evidence | null;
  /** Why (structured; rendered in the reader's language by components/site/why.ts). */
  why?: VerdictWhy;
  /** Evidence that is not the policy (the cookie banner's vendor list), shown as its own kind. */
  other?: OtherEvidence;
}

export interface DataFlowVerdict extends DataFlow {
  verdict: Verdict | null;
  policyEvidence: Evidence | null;
}

export type ConsentMoment = 'before-consent' | 'after-reject' | 'despite-gpc';

export interface ConsentFinding {
  moment: ConsentMoment;
  org: string | null;
  name: string;
  host: string;
  /** When the tracker fired and when the consent event (banner shown / rejection / GPC) happened. */
  requestTime: number;
  consentTime: number | null;
  evidence?: Evidence | null;
}

/** GUIDE §4 shape printed by `analyze` and `audit`, one per site. */
export interface SiteAnalysis {
  site: string;
  policy: { url: string | null; status: PolicyStatus; hash?: string; fetchedAt?: number; reason?: string } | null;
  organizations: OrganizationVerdict[];
  dataFlows: DataFlowVerdict[];
  consent: ConsentFinding[];
  summary?: SiteSummary;
}

export type PolicyStatus =
  | 'pending' | 'found' | 'not-found' | 'unsupported-format' | 'fetch-failed' | 'too-large' | 'empty';

export interface SiteSummary {
  counts: Record<Verdict, number>;
  headline: string;
  /** Every point of the score, explained line by line. */
  score?: { value: number; lines: string[] };
}

// ---------------------------------------------------------------------------- popup / report model

/** One organization row as the popup and the report show it (keyed like groupOrganizations). */
export interface OrganizationDetail {
  /** `org` key or `domain:<eTLD+1>` for unknown parties — what blocking and opt-outs act on. */
  key: string;
  info?: OrganizationInfo;
  sampleUrls: string[];
  /** OPP-115 types this organization received on the page. */
  dataTypes: DataType[];
  consent: ConsentMoment[];
  /** True when this unknown party set identifier cookies on ≥3 sites (Privacy Badger's heuristic). */
  likelyTracker?: boolean;
  /** The block that applies here; `functional` when sign-in, captcha, fonts… of this organization are blocked too. */
  blocked?: { scope: 'site' | 'everywhere'; count: number; functional?: boolean } | null;
}

/** Everything the popup needs for one tab, read in one message (GUIDE §4 SiteAnalysis + details). */
export interface TabReport extends SiteAnalysis {
  visitId: string;
  pageUrl: string;
  title?: string;
  startedAt: number;
  /** The policy changed since the person last opened the popup on this site. */
  policyChanged: boolean;
  details: Record<string, OrganizationDetail>;
  probe: ProbeEvent[];
  /** The site's own opt-out links found in its policy. */
  siteOptOuts: OptOutStatement[];
  gpc: { enabled: boolean; siteException: boolean; siteHonours: boolean | null };
  /** Storage ran full and the oldest visits were deleted to keep recording (shown until dismissed). */
  storageWarning?: { time: number; prunedVisits: number } | null;
}
