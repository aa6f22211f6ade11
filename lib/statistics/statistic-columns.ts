/**
 * A statistic row as the set-based inserts write it, and its columns as the arrays PostgreSQL's unnest() turns
 * back into rows: one statement per chunk instead of one per row (bulk insert, import staging, city generator).
 */
import { STORED_DIMENSIONS } from './measures';

/** The dimensions that identify a statistic, as ids (department, occupation) and codes. */
export type StatisticKey = {
  measure: string;
  year: number;
  tertial: number | null;
  departmentId: string | null;
  occupationId: string | null;
  employmentForm: string | null;
  gender: string | null;
  ageBand: string | null;
  category: string | null;
  subcategory: string | null;
};

export type StatisticInsert = StatisticKey & {
  value: number;
  decimals: number | null;
  population: number | null;
};

/** The unnest() argument list for parameters $first … $first+12, in the order of statisticColumns. */
export function unnestStatistics(first: number): string {
  const types = [
    'text',
    'int',
    'int',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'numeric',
    'smallint',
    'int',
  ];
  return `unnest(${types.map((type, i) => `$${first + i}::${type}[]`).join(', ')})`;
}

/** The column names unnest() yields, for `AS u(…)`. */
export const UNNEST_COLUMNS =
  'measure, year, tertial, department_id, occupation_id, employment_form, gender, age_band, category, subcategory, value, decimals, population';

/** The chunk's columns as arrays, in unnestStatistics' order (values as text, so numeric keeps every digit). */
export function statisticColumns(chunk: readonly StatisticInsert[]): unknown[] {
  const column = <K extends keyof StatisticInsert>(key: K) => chunk.map((row) => row[key]);
  return [
    column('measure'),
    column('year'),
    column('tertial'),
    ...STORED_DIMENSIONS.map(column),
    chunk.map((row) => String(row.value)),
    column('decimals'),
    column('population'),
  ];
}
