import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import type { StatRow } from '../statistics/dashboard/rows';
import { type FigureBinding, bindingKey } from './document';
import { type ResolvedFigure, resolveFigure } from './figures';
import { FIGURE_FIELDS } from '../statistics/rows-query';
import { organizationFigures } from '../statistics/import/visible';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { loadProtection } from '../statistics/dashboard/queries';
import { figureYears, protectFigures, withFrozenDecisions } from './figure-protection';
import { resolveNeedsFigures } from '../needs/figure-queries';
import { NEEDS_MEASURE } from '../needs/plan-table';
import { KOLADA_MEASURE } from '../kolada/plan-figure';
import { resolveKoladaFigures } from '../kolada/figure-queries';

/** The figures a snapshot keeps: raw values, with what suppressed readers may see of each at this moment. */
export async function figuresToFreeze(
  tx: Tx,
  organizationId: string,
  bindings: FigureBinding[],
): Promise<Map<string, ResolvedFigure>> {
  const figures = await resolveFigures(tx, organizationId, bindings);
  const years = figureYears(Object.fromEntries(figures));
  return years.length ? withFrozenDecisions(figures, await loadProtection(tx, organizationId, years)) : figures;
}

/**
 * Live figures (resolved now or kept in a snapshot) as this reader may see them: HR and administrators see every
 * value; everyone else sees what the dashboards' suppression model lets them see of the organisation's statistics
 * as they are now, decided over every department and every figure a view can show (figure-protection.ts).
 */
export async function figuresForReader(
  db: Db | Tx,
  access: OrgAccess,
  figures: Record<string, ResolvedFigure>,
): Promise<Record<string, ResolvedFigure>> {
  if (scopeFor(access, 'read:statistics:unsuppressed').kind === 'all') return protectFigures(figures, null);
  const years = figureYears(figures);
  const protection = years.length ? await loadProtection(db, access.organizationId, years) : null;
  return protection ? protectFigures(figures, protection) : figures;
}

/**
 * Resolves every live figure of a page with one query over the statistics (all bindings' measure × year pairs
 * at once), plus the organisation's turnover definition. Returns figures by binding key.
 */
export async function resolveFigures(
  db: Db | Tx,
  organizationId: string,
  bindings: FigureBinding[],
): Promise<Map<string, ResolvedFigure>> {
  // The recruitment-need forecast's figures are computed, not stored (lib/needs/figure-queries.ts).
  const needs = bindings.filter((b) => b.measure === NEEDS_MEASURE);
  const result = needs.length
    ? await resolveNeedsFigures(db, organizationId, needs)
    : new Map<string, ResolvedFigure>();
  // Kolada's values are public comparisons, not the organisation's statistics (lib/kolada/figure-queries.ts).
  const kolada = bindings.filter((b) => b.measure === KOLADA_MEASURE);
  if (kolada.length) for (const [key, f] of await resolveKoladaFigures(db, kolada)) result.set(key, f);
  const unique = new Map(
    bindings.filter((b) => b.measure !== NEEDS_MEASURE && b.measure !== KOLADA_MEASURE).map((b) => [bindingKey(b), b]),
  );
  if (unique.size === 0) return result;
  const pairs = new Map(
    [...unique.values()].map((b) => [`${b.measure}|${b.year}`, { measure: b.measure, year: b.year }]),
  );
  const [rows, org] = await Promise.all([
    db.staffStatistic.findMany({
      where: { ...organizationFigures(organizationId), OR: [...pairs.values()] },
      select: {
        ...FIGURE_FIELDS,
        population: true,
        department: { select: { name: true } },
        occupation: { select: { name: true } },
      },
    }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { turnoverDefinition: true } }),
  ]);
  const statRows: StatRow[] = rows.map((r) => ({
    measure: r.measure,
    year: r.year,
    tertial: r.tertial,
    department: r.department?.name ?? null,
    occupation: r.occupation?.name ?? null,
    employmentForm: r.employmentForm,
    gender: r.gender,
    ageBand: r.ageBand,
    category: r.category,
    subcategory: r.subcategory,
    value: Number(r.value),
    decimals: r.decimals,
    population: r.population,
  }));
  for (const [key, binding] of unique) {
    const relevant = statRows.filter((r) => r.measure === binding.measure && r.year === binding.year);
    result.set(key, resolveFigure(relevant, binding, org.turnoverDefinition));
  }
  return result;
}
