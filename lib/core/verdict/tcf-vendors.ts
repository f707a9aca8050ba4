/**
 * IAB TCF Global Vendor List id → TrackerDB organization key. DATA, curated by hand and kept small:
 * only vendors whose GVL id we are sure of and whose TrackerDB key is the one request
 * classification yields for their domains (pattern ownership — Xandr's adnxs.com classifies as
 * `microsoft`, Teads' teads.tv as `outbrain`, Smart's smartadserver.com as `equativ`, LiveRamp's
 * rlcdn.com as `acxiom`). tcf.test.ts checks every key exists in trackerdb.json.
 * Meta/Facebook is not a TCF vendor and is deliberately absent.
 */
export const TCF_VENDOR_ORGS: Readonly<Record<number, string>> = {
  10: 'index_exchange', // Index Exchange Inc.
  11: 'quantcast', // Quantcast
  13: 'sovrn', // Sovrn Holdings
  16: 'rtb_house', // RTB House
  21: 'the_trade_desk', // The Trade Desk
  25: 'yahoo', // Yahoo (formerly Verizon Media / Oath)
  28: 'triplelift', // TripleLift
  32: 'microsoft', // Xandr (AppNexus) — now Microsoft
  42: 'taboola', // Taboola
  45: 'equativ', // Smart Adserver (Equativ)
  50: 'adform', // Adform
  52: 'magnite', // Magnite (Rubicon Project)
  69: 'openx', // OpenX
  76: 'pubmatic', // PubMatic
  77: 'comscore', // comScore
  79: 'mediamath', // MediaMath
  91: 'criteo', // Criteo
  95: 'lotame', // Lotame
  97: 'acxiom', // LiveRamp
  131: 'id5_technology_ltd', // ID5
  132: 'outbrain', // Teads (TrackerDB files teads.tv under Outbrain)
  164: 'outbrain', // Outbrain
  253: 'improve_digital', // Improve Digital
  755: 'google', // Google Advertising Products
  793: 'amazon_associates', // Amazon Ad Server
  1126: 'microsoft', // Microsoft Advertising
};
