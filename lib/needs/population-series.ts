/**
 * Residents per current district, age group and year from one vintage's rows, pure. A vintage published under the
 * old division (Norrmalm, Östermalm) counts under the district they became (Norra innerstaden): a district's own
 * row when the vintage has one, else the sum of the districts that became it — unknown (null) when any of them is
 * missing, never a partial sum or 0.
 */
import { type DistrictInfo, currentDistrictId } from './districts';

export type PopulationPoint = { districtId: string; ageGroup: string; year: number; population: number };

export type PopulationIndex = {
  /** Residents of a district (current or old) in an age group and year; null when the vintage does not say. */
  residents: (districtId: string, ageGroup: string, year: number) => number | null;
  years: number[];
  ageGroups: string[];
  /** Current districts the vintage has figures for, directly or through the districts that became them. */
  currentDistrictIds: string[];
};

export function indexPopulation(
  rows: readonly PopulationPoint[],
  byId: ReadonlyMap<string, DistrictInfo>,
): PopulationIndex {
  const own = new Map<string, number>();
  for (const row of rows) own.set(`${row.districtId}|${row.ageGroup}|${row.year}`, row.population);
  const predecessors = new Map<string, string[]>();
  for (const district of byId.values()) {
    if (!district.successorId) continue;
    predecessors.set(district.successorId, [...(predecessors.get(district.successorId) ?? []), district.id]);
  }
  const residents = (districtId: string, ageGroup: string, year: number, depth = 0): number | null => {
    const stated = own.get(`${districtId}|${ageGroup}|${year}`);
    if (stated !== undefined) return stated;
    const parts = predecessors.get(districtId) ?? [];
    if (parts.length === 0 || depth > 10) return null;
    let sum = 0;
    for (const part of parts) {
      const value = residents(part, ageGroup, year, depth + 1);
      if (value === null) return null;
      sum += value;
    }
    return sum;
  };
  const sortedUnique = <T>(values: T[], compare?: (a: T, b: T) => number) => [...new Set(values)].sort(compare);
  return {
    residents: (districtId, ageGroup, year) => residents(districtId, ageGroup, year),
    years: sortedUnique(
      rows.map((r) => r.year),
      (a, b) => a - b,
    ),
    ageGroups: sortedUnique(rows.map((r) => r.ageGroup)),
    currentDistrictIds: sortedUnique(rows.map((r) => currentDistrictId(r.districtId, byId))),
  };
}

/** Residents of several districts together (a förvaltning may serve more than one); null if any is unknown. */
export function residentsOf(
  index: PopulationIndex,
  districtIds: readonly string[],
  ageGroup: string,
  year: number,
): number | null {
  if (districtIds.length === 0) return null;
  let sum = 0;
  for (const id of districtIds) {
    const value = index.residents(id, ageGroup, year);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
