/**
 * The live figures of the seed plans, resolved from the seed's own statistics the way the pages resolve them
 * (lib/plans/figures.ts), so that a frozen snapshot of a seeded plan keeps the values it showed. Pure.
 */
import { type Doc, bindingKey, collectFigures } from '../../lib/plans/document';
import { type ResolvedFigure, resolveFigure } from '../../lib/plans/figures';
import type { StatRow } from '../../lib/statistics/dashboard/rows';
import type { SeedOrganization } from '../seed-data/types';

export function seedStatRows(data: SeedOrganization): StatRow[] {
  return data.statistics.map((s) => ({
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
  }));
}

export function resolveSeedFigures(data: SeedOrganization, documents: Doc[]): Map<string, ResolvedFigure> {
  const rows = seedStatRows(data);
  const figures = new Map<string, ResolvedFigure>();
  for (const binding of documents.flatMap((doc) => collectFigures(doc))) {
    const relevant = rows.filter((r) => r.measure === binding.measure && r.year === binding.year);
    figures.set(bindingKey(binding), resolveFigure(relevant, binding, data.turnoverDefinition));
  }
  return figures;
}
