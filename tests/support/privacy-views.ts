/**
 * Every statistics payload a viewer can request, as loadDashboard builds them, for the privacy property tests
 * (tests/unit/privacy*.test.ts): the suppression is planned as the server plans it, over every department of the
 * organisation, units included.
 */
import { buildDashboard } from '@/lib/statistics/dashboard';
import { type BlockProtection, type Protection, planProtection } from '@/lib/statistics/dashboard/protection';
import type { Payload } from './privacy-attack';
import type { TestOrganization } from './random-organization';

/** How many random organisations each property is tried on, and how many one test takes (its own report). */
export const CASES = 300;
export const BATCH = 25;

/**
 * Decided blocks kept per measure and year, as the server keeps them per data version (lib/statistics/cache.ts): a
 * block's decision depends only on its rows and the organisation's departments, the same for every view of one
 * organisation.
 */
export type BlockCache = (
  measure: string,
  year: number,
  rows: unknown,
  decide: () => BlockProtection,
) => BlockProtection;

export function blockCache(): BlockCache {
  const blocks = new Map<string, BlockProtection>();
  return (measure, year, _rows, decide) => {
    const key = `${measure}|${year}`;
    if (!blocks.has(key)) blocks.set(key, decide());
    return blocks.get(key)!;
  };
}

export /** Every view a viewer can open: the organisation and each department, each year (as loadDashboard builds them). */
function views(org: TestOrganization, suppress: boolean, misses: string[] = [], cached = blockCache()): Payload[] {
  return org.years.flatMap((year) => {
    const protection: Protection | undefined = suppress
      ? planProtection(org.rows, [year, year - 1], [...org.departments, ...org.units], cached)
      : undefined;
    const payloads = [null, ...org.departments].map((department) => ({
      department,
      year,
      charts: buildDashboard(
        {
          year,
          rows: department ? org.rows.filter((r) => r.department === department) : org.rows,
          goals: [],
          suppress,
          departmentView: department !== null,
          department,
          protection,
          turnoverDefinition: 'Definition.',
        },
        null,
      ).flatMap((s) => s.charts),
    }));
    misses.push(...(protection?.misses ?? []));
    return payloads;
  });
}
