import type { StatRow } from '@/lib/statistics/dashboard/rows';
import type { SeedOrganization } from '@/prisma/seed-data/types';
import { statRow } from './stat-rows';

/** A seed organisation's statistics as the read paths give them (StatRow), for pure tests on the demo data. */
export function seedStatRows(org: SeedOrganization): StatRow[] {
  return org.statistics.map((s) =>
    statRow({
      measure: s.measure,
      year: s.year,
      tertial: s.tertial ?? null,
      department: s.department ?? null,
      occupation: s.occupation ?? null,
      employmentForm: s.employmentForm ?? null,
      gender: s.gender ?? null,
      ageBand: s.ageBand ?? null,
      category: s.category ?? null,
      subcategory: s.subcategory ?? null,
      value: s.value,
      decimals: s.decimals ?? null,
      population: s.population ?? null,
    }),
  );
}
