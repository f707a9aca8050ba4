/**
 * TCF consent strings (what `__tcfapi` or the euconsent-v2 cookie holds): the vendors a site's
 * consent banner lists are a machine-readable statement of whom it shares with, and the consent
 * bits say what the person agreed to. Decoding is @iabtcf/core's; we only read the vectors.
 */
import { TCString } from '@iabtcf/core';
import { TCF_VENDOR_ORGS } from './tcf-vendors.ts';

export interface TcfDecoded {
  cmpId: number;
  vendorListVersion: number;
  /** Vendors with consent. */
  consented: number[];
  /** Vendors relying on legitimate interest (the person did not have to opt in). */
  legitimateInterest: number[];
  /** Vendors the banner listed (disclosed-vendors segment when present, else consent ∪ LI). */
  listed: number[];
  /** Purposes (1–11) with consent. */
  purposesConsented: number[];
}

export class TcfDecodeError extends Error {
  override name = 'TcfDecodeError';
}

interface VectorLike { forEach(cb: (value: boolean, id: number) => void): void; size: number }
const ids = (v: VectorLike | undefined): number[] => {
  const out: number[] = [];
  v?.forEach((value, id) => { if (value) out.push(id); });
  return out;
};

export function decodeTcString(tc: string): TcfDecoded {
  if (typeof tc !== 'string' || !/^[A-Za-z0-9_\-.]{8,}$/.test(tc.trim())) throw new TcfDecodeError('not a TCF consent string');
  let model;
  try {
    model = TCString.decode(tc.trim());
  } catch (e) {
    throw new TcfDecodeError(`not a TCF consent string (${(e as Error).message.split('\n')[0]})`);
  }
  const consented = ids(model.vendorConsents);
  const legitimateInterest = ids(model.vendorLegitimateInterests);
  const disclosed = ids(model.vendorsDisclosed);
  const listed = disclosed.length > 0 ? disclosed : [...new Set([...consented, ...legitimateInterest])].sort((a, b) => a - b);
  return {
    cmpId: Number(model.cmpId),
    vendorListVersion: Number(model.vendorListVersion),
    consented,
    legitimateInterest,
    listed,
    purposesConsented: ids(model.purposeConsents),
  };
}

/** TrackerDB org → the (lowest) TCF vendor id that maps to it, for the vendors a banner listed. */
export function listedOrganizations(listed: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of [...listed].sort((a, b) => a - b)) {
    const org = TCF_VENDOR_ORGS[id];
    if (org && !out.has(org)) out.set(org, id);
  }
  return out;
}
