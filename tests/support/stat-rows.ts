import type { StatRow } from '@/lib/statistics/dashboard/rows';

/**
 * One statistic row as the read paths give it (StatRow): a head count of the organisation as a whole, with no
 * breakdown, unless `over` says otherwise. The one factory the tests build statistic rows with.
 */
export function statRow(over: Partial<StatRow> = {}): StatRow {
  return {
    measure: 'headcount',
    year: 2025,
    tertial: null,
    department: null,
    occupation: null,
    employmentForm: null,
    gender: null,
    ageBand: null,
    category: null,
    subcategory: null,
    value: 0,
    decimals: null,
    population: null,
    ...over,
  };
}
