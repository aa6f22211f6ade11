/** Pure derivations behind the key figures. */

export type ShareRow = { value: number; population: number | null };

/** An overall share from parts (e.g. women's and men's full-time share), weighted by the people behind each. */
export function weightedShare(rows: ShareRow[]): number | null {
  const weighted = rows.filter((r): r is { value: number; population: number } => (r.population ?? 0) > 0);
  const total = weighted.reduce((sum, r) => sum + r.population, 0);
  if (total === 0) return null;
  return weighted.reduce((sum, r) => sum + r.value * r.population, 0) / total;
}

/** Employment can continue to 69: the retirement forecast for a year is a range, not a point. */
export function retirementYears(fromYear: number, span = 3): string[] {
  return Array.from({ length: span }, (_, i) => String(fromYear + i));
}
