/**
 * This year's forecast beside last year's, per district × age group × year, pure. Both are counted under today's
 * districts (population-series.ts), so a vintage published for Norrmalm and Östermalm compares with one for Norra
 * innerstaden. A figure only one vintage has is shown with the other missing, and no difference.
 */
import { AGE_GROUPS } from './population-age-groups';
import type { DistrictInfo } from './districts';
import { type PopulationPoint, indexPopulation } from './population-series';

export type VintageComparisonRow = {
  districtId: string;
  ageGroup: string;
  year: number;
  current: number | null;
  previous: number | null;
  difference: number | null;
};

export function compareVintages(input: {
  current: readonly PopulationPoint[];
  previous: readonly PopulationPoint[];
  districts: readonly DistrictInfo[];
  /** Only these current districts (the förvaltning's); all the vintages have when omitted. */
  districtIds?: readonly string[];
}): VintageComparisonRow[] {
  const byId = new Map(input.districts.map((d) => [d.id, d]));
  const now = indexPopulation(input.current, byId);
  const before = indexPopulation(input.previous, byId);
  const districtIds = input.districtIds ?? [...new Set([...now.currentDistrictIds, ...before.currentDistrictIds])];
  const ageGroups = [...new Set([...now.ageGroups, ...before.ageGroups])].sort(byAgeGroup);
  // The years this year's forecast covers: last year's reached back a year earlier, which is history now.
  const years = now.years.length ? now.years : before.years;
  const name = (id: string) => byId.get(id)?.name ?? id;
  const rows: VintageComparisonRow[] = [];
  for (const districtId of [...districtIds].sort((a, b) => name(a).localeCompare(name(b), 'sv-SE'))) {
    for (const ageGroup of ageGroups) {
      for (const year of years) {
        const current = now.residents(districtId, ageGroup, year);
        const previous = before.residents(districtId, ageGroup, year);
        if (current === null && previous === null) continue;
        const difference = current !== null && previous !== null ? round2(current - previous) : null;
        rows.push({ districtId, ageGroup, year, current, previous, difference });
      }
    }
  }
  return rows;
}

export function byAgeGroup(a: string, b: string): number {
  const order = (g: string) => {
    const i = (AGE_GROUPS as readonly string[]).indexOf(g);
    return i === -1 ? AGE_GROUPS.length : i;
  };
  return order(a) - order(b) || a.localeCompare(b);
}

export const round2 = (value: number) => Math.round(value * 100) / 100;
