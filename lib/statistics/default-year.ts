/**
 * Which year a figure is shown for, one rule for the start page and the dashboards. Pure. Measures are not all
 * reported for the same year (a headcount snapshot may come before the year's sick leave), so unless the user
 * asks for a year, each measure is shown for the newest year it has data for, and says which year that is.
 * A year the user asks for holds for every measure: a measure without data then reads "Uppgift saknas",
 * never an older year's figures.
 */

export type MeasureYear = { measure: string; year: number };

/** The newest year each measure has data for. */
export function newestYearByMeasure(available: readonly MeasureYear[]): Map<string, number> {
  const newest = new Map<string, number>();
  for (const { measure, year } of available) newest.set(measure, Math.max(year, newest.get(measure) ?? year));
  return newest;
}

/** Every year with data, newest first (the year filter's options). */
export function yearsWithData(available: readonly MeasureYear[]): number[] {
  return [...new Set(available.map((a) => a.year))].sort((a, b) => b - a);
}

/**
 * The year to show `measure` for: the requested year when the user chose one, else the measure's newest
 * year with data; null when the measure has no data at all (and no year was asked for).
 */
export function yearFor(measure: string, newest: ReadonlyMap<string, number>, requested: number | null): number | null {
  return requested ?? newest.get(measure) ?? null;
}
