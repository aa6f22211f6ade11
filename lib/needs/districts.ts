/**
 * Stadsdelsområden and their history, pure. A district that ended names its successor (Norrmalm and Östermalm
 * became Norra innerstaden on 2023-07-01), so a figure published under the old division is counted under the
 * district that exists now, and this year's forecast compares with last year's across a merger or renaming.
 */
import { normalizeKey } from '../statistics/import/text';

export type DistrictInfo = {
  id: string;
  name: string;
  /** yyyy-mm-dd */
  validFrom: string;
  /** Last day it existed, yyyy-mm-dd; null while it exists. */
  validTo: string | null;
  successorId: string | null;
};

/** The district a district is part of today: itself, or the end of its chain of successors. */
export function currentDistrictId(id: string, byId: ReadonlyMap<string, DistrictInfo>): string {
  let current = id;
  const seen = new Set<string>();
  for (let next = byId.get(current)?.successorId; next && !seen.has(next); next = byId.get(current)?.successorId) {
    seen.add(current);
    current = next;
  }
  return current;
}

/** Districts by name as people write them: case, spaces and dash variants do not matter. */
export function districtsByName(districts: readonly DistrictInfo[]): Map<string, DistrictInfo> {
  return new Map(districts.map((d) => [normalizeKey(d.name), d]));
}

/** "Norrmalm (till och med 2023-06-30, nu Norra innerstaden)" */
export function describeDistrict(district: DistrictInfo, byId: ReadonlyMap<string, DistrictInfo>): string {
  if (!district.validTo) return district.name;
  const now = byId.get(currentDistrictId(district.id, byId));
  return `${district.name} (till och med ${district.validTo}${now && now.id !== district.id ? `, nu ${now.name}` : ''})`;
}
