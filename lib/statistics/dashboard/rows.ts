/** The statistic rows a dashboard works on, and the small helpers every chart builder shares. Pure. */
import type { ChartSeries } from './chart-data';
import { formatDecimal, formatInteger, formatPercent } from '../../format';
import { type SuppressionReason, suppressedDisplay } from '../suppression/rule';
import type { Protection } from './protection';
import { STATISTIC_DIMENSIONS } from '../measures';

export type StatRow = {
  measure: string;
  year: number;
  tertial: number | null;
  department: string | null;
  occupation: string | null;
  employmentForm: string | null;
  gender: string | null;
  ageBand: string | null;
  category: string | null;
  subcategory: string | null;
  value: number;
  decimals: number | null;
  population: number | null;
};

export type GoalRow = { measure: string; category: string; year: number; value: number; decimals: number | null };

/** What every builder gets: the rows of one view (the organisation, or one department's rows). */
export type DashboardInput = {
  /** The year asked for, or the newest year with any data. */
  year: number;
  /** The year to show a measure for (default-year.ts); the builders then see it as `year`. */
  yearFor?: (measure: string) => number | null;
  rows: StatRow[];
  goals: GoalRow[];
  /** false for HR and administrators: they see small cells as they are. */
  suppress: boolean;
  /** The rows describe one department only (a manager, or a department filter). */
  departmentView: boolean;
  /** That department's name (null or absent: the organisation view). */
  department?: string | null;
  /**
   * Which counts are hidden, decided over the whole organisation and every year shown (protection.ts), so
   * that no view can be subtracted from another. Without it, suppression is planned on `rows` alone.
   */
  protection?: Protection;
  turnoverDefinition: string;
};

export const isNull = (value: unknown) => value === null;
export const notNull = (value: unknown) => value !== null;

export type RowFilter = Partial<{ [K in keyof StatRow]: StatRow[K] | ((value: StatRow[K]) => boolean) }>;

export function matches(row: StatRow, filter: RowFilter): boolean {
  return Object.entries(filter).every(([key, expected]) => {
    const actual = row[key as keyof StatRow];
    return typeof expected === 'function' ? (expected as (v: unknown) => boolean)(actual) : actual === expected;
  });
}

/** Rows by measure and year, built once per row array: every chart filters on both, many times. */
const byMeasureYear = new WeakMap<StatRow[], Map<string, StatRow[]>>();

export function select(rows: StatRow[], filter: RowFilter): StatRow[] {
  let candidates = rows;
  if (typeof filter.measure === 'string' && typeof filter.year === 'number') {
    let index = byMeasureYear.get(rows);
    if (!index) {
      index = new Map();
      for (const row of rows) {
        const key = `${row.measure}|${row.year}`;
        const bucket = index.get(key);
        if (bucket) bucket.push(row);
        else index.set(key, [row]);
      }
      byMeasureYear.set(rows, index);
    }
    candidates = index.get(`${filter.measure}|${filter.year}`) ?? [];
  }
  const checks = Object.entries(filter) as [keyof StatRow, unknown][];
  return candidates.filter((row) => {
    for (const [key, expected] of checks) {
      const actual = row[key];
      if (typeof expected === 'function' ? !(expected as (v: unknown) => boolean)(actual) : actual !== expected)
        return false;
    }
    return true;
  });
}

/**
 * Percentages cannot be summed: in the organisation view take the organisation-level row (no department),
 * in a department view the department's own row (the query has already limited rows to the department).
 */
export function levelFilter(input: DashboardInput): RowFilter {
  return input.departmentView ? { department: notNull } : { department: isNull };
}

/** The one row with exactly these dimensions at the viewer's level (see levelFilter). */
export function pick(input: DashboardInput, filter: RowFilter): StatRow | null {
  return select(input.rows, { ...levelFilter(input), ...filter })[0] ?? null;
}

export function sum(rows: StatRow[]): number {
  return rows.reduce((total, row) => total + row.value, 0);
}

const GRAIN_DIMENSIONS = [...STATISTIC_DIMENSIONS, 'subcategory'] as const;
type GrainDimension = (typeof GRAIN_DIMENSIONS)[number];

/**
 * Sums counts by the given dimensions without double counting. A file may hold totals ("Totalt" rows, null
 * dimensions) beside their parts. A row is left out when a coarser stored row covers it: one whose set
 * dimensions are a subset of the row's and agree with it on each of them (its total). Rows of different
 * shape that do not cover each other (e.g. departures with and without a destination) are all counted.
 * Returns sums keyed by the dimension values joined with "|", "" for a plain total; an empty map means no data.
 */
export function aggregate(rows: StatRow[], filter: RowFilter, dimensions: GrainDimension[]): Map<string, number> {
  const candidates = select(rows, filter).filter((row) => dimensions.every((d) => row[d] !== null));
  const keyOf = (row: StatRow, grain: readonly GrainDimension[]) =>
    `${row.measure}|${row.year}|${row.tertial}|${grain.join(',')}|${grain.map((d) => row[d]).join('|')}`;
  // Each row's grain, and each grain's coarser grains worked out once per grain (not once per row): the
  // dashboards and the suppression planner call this thousands of times per view.
  const grains = new Map<string, GrainDimension[]>();
  const rowGrains = candidates.map((row) => {
    const grain = GRAIN_DIMENSIONS.filter((d) => row[d] !== null);
    const name = grain.join();
    if (!grains.has(name)) grains.set(name, grain);
    return name;
  });
  const stored = new Set<string>(candidates.map((row, i) => keyOf(row, grains.get(rowGrains[i]!)!)));
  const coarserGrains = new Map<string, GrainDimension[][]>();
  for (const [name, grain] of grains)
    coarserGrains.set(
      name,
      [...grains.values()].filter(
        (coarser) => coarser.length < grain.length && coarser.every((d) => grain.includes(d)),
      ),
    );
  const sums = new Map<string, number>();
  candidates.forEach((row, i) => {
    if (coarserGrains.get(rowGrains[i]!)!.some((coarser) => stored.has(keyOf(row, coarser)))) return;
    const key = dimensions.map((d) => row[d]).join('|');
    sums.set(key, (sums.get(key) ?? 0) + row.value);
  });
  return sums;
}

/** Total of a count measure (the stated total row when there is one); null when there is no data. */
export function total(rows: StatRow[], filter: RowFilter): number | null {
  return aggregate(rows, filter, []).get('') ?? null;
}

/** A cell with no data (not a suppressed one: those read "<5" or "–"). */
export const MISSING = 'Uppgift saknas';

export type CellFormat = 'count' | 'percent' | 'ratio' | 'index';

export function formatCell(value: number | null, format: CellFormat, decimals?: number | null): string {
  if (value === null) return MISSING;
  if (format === 'count') return formatInteger(value);
  if (format === 'percent') return formatPercent(value, decimals ?? null);
  if (format === 'index') return formatInteger(value);
  return formatDecimal(value, decimals ?? 1);
}

/** A series from values with an optional suppression mask: suppressed cells become null with "<5" or "–". */
export function series(
  key: string,
  label: string,
  values: (number | null)[],
  format: CellFormat,
  mask?: (SuppressionReason | null)[],
  decimals?: (number | null)[],
): ChartSeries {
  const masked = values.map((v, i) => (mask?.[i] ? null : v));
  return {
    key,
    label,
    values: masked,
    displays: values.map((v, i) => {
      const reason = mask?.[i];
      return reason ? suppressedDisplay(reason) : formatCell(v, format, decimals?.[i]);
    }),
  };
}

/** A count as text: the number, or "<5" / "–" when it is suppressed. */
export function countText(value: number, reason: SuppressionReason | null): string {
  return reason ? suppressedDisplay(reason) : formatInteger(value);
}

export function hasAny(values: (number | null)[]): boolean {
  return values.some((v) => v !== null);
}

/** One series per year from stored percentage rows (null = no row), keeping each row's stated decimals. */
export function percentSeriesByYear(
  years: number[],
  cells: (StatRow | null)[][],
  masks?: (SuppressionReason | null)[][],
): ChartSeries[] {
  return years.map((y, i) =>
    series(
      String(y),
      String(y),
      cells[i]!.map((c) => c?.value ?? null),
      'percent',
      masks?.[i],
      cells[i]!.map((c) => c?.decimals ?? null),
    ),
  );
}
