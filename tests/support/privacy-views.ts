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

export /** Every view a viewer can open: the organisation and each department, each year (as loadDashboard builds them). */
function views(org: TestOrganization, suppress: boolean, misses: string[] = []): Payload[] {
  const blocks = new Map<string, BlockProtection>(); // the server caches decided blocks the same way
  return org.years.flatMap((year) => {
    const protection: Protection | undefined = suppress
      ? planProtection(org.rows, [year, year - 1], [...org.departments, ...org.units], (measure, y, _rows, decide) => {
          const key = `${measure}|${y}`;
          if (!blocks.has(key)) blocks.set(key, decide());
          return blocks.get(key)!;
        })
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
