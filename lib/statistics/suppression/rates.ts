/**
 * Suppression of rates (issue 16, item 2). A rate is a count divided by a count: shown beside a visible head count,
 * turnover gives the leavers, a full-time share the part-timers, staff per manager the managers. So a rate is
 * hidden like a cell when the people behind it (its population) or a count it implies are 1–4, and hidden from
 * every suppressed reader when its population is unknown (nothing then says how few it is about). Within a line
 * whose parts add up to a shown total (occupations, age bands, genders, departments) a lone hidden rate takes
 * one more with it, as counts do. Decided once per measure and year over the whole organisation and looked up
 * by the dashboards and the plan text alike (dashboard/protection.ts). Pure.
 */
import { type SuppressionReason, isSmallCell } from './rule';
import type { StatRow } from '../dashboard/rows';
import { STATISTIC_DIMENSIONS } from '../measures';

type Reason = SuppressionReason;
export type RateDecision = Map<string, { row: StatRow; reason: Reason | null }>;

/** The rate measures and the counts each implies from its value and population. */
const IMPLIED_COUNTS: Record<string, (value: number, population: number) => number[]> = {
  // Leavers and stayers; full-timers and part-timers.
  turnover: (value, population) => [(value * population) / 100, population - (value * population) / 100],
  fullTimeShare: (value, population) => [(value * population) / 100, population - (value * population) / 100],
  // Managers.
  spanOfControl: (value, population) => (value > 0 ? [population / value] : []),
  // Hours, not people: suppressed on the population alone.
  sickLeave: () => [],
};

export const RATE_MEASURES = Object.keys(IMPLIED_COUNTS);

/** The dimensions whose values add up to the line's total, per rate measure. */
const LINE_DIMENSIONS: Record<string, (keyof StatRow)[]> = {
  turnover: ['department', 'occupation', 'ageBand'],
  fullTimeShare: ['department', 'gender', 'ageBand'],
  spanOfControl: ['department'],
  sickLeave: [],
};

const OTHER_FIELDS = ['tertial', ...STATISTIC_DIMENSIONS] as const;

/** Why one rate is hidden on its own: its population is unknown or small, or a count it implies is small. */
export function rateReason(measure: string, value: number, population: number | null): Reason | null {
  if (population === null) return 'unknown';
  if (isSmallCell(population)) return 'small';
  const implied = IMPLIED_COUNTS[measure]?.(value, population) ?? [];
  return implied.some((n) => isSmallCell(Math.round(n))) ? 'small' : null;
}

/** Every stated rate of one measure and year, keyed by `keyOf` (the protection model's cell key). */
export function decideRates(measure: string, rows: StatRow[], keyOf: (row: StatRow) => string): RateDecision {
  const decision: RateDecision = new Map();
  for (const row of rows)
    if (!decision.has(keyOf(row)))
      decision.set(keyOf(row), { row, reason: rateReason(measure, row.value, row.population) });
  // Lines: the rows that differ only in one line dimension, which each of them sets.
  const lines = new Map<string, string[]>();
  for (const [key, { row }] of decision)
    for (const dim of LINE_DIMENSIONS[measure] ?? []) {
      if (row[dim] === null) continue;
      const line = `${dim}|${OTHER_FIELDS.filter((f) => f !== dim)
        .map((f) => row[f])
        .join('|')}`;
      lines.set(line, [...(lines.get(line) ?? []), key]);
    }
  const population = (key: string) => decision.get(key)!.row.population ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const keys of lines.values()) {
      if (keys.length < 2 || keys.filter((k) => decision.get(k)!.reason !== null).length !== 1) continue;
      const next = keys
        .filter((k) => decision.get(k)!.reason === null)
        .sort((a, b) => population(a) - population(b) || (a < b ? -1 : 1))[0];
      if (!next) continue;
      decision.get(next)!.reason = 'complementary';
      changed = true;
    }
  }
  return decision;
}
