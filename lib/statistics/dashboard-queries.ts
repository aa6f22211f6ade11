import 'server-only';
import { createHash } from 'node:crypto';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { type DashboardSection, buildDashboard } from './dashboard';
import { type BlockProtection, planProtection } from './dashboard/protection';
import type { StatRow } from './dashboard/rows';
import { loadStatRows } from './rows-query';

export type DashboardView = {
  years: number[];
  year: number | null;
  /** The departments the viewer may choose between. */
  departments: { id: string; name: string }[];
  /** The department shown (none: the whole organisation). */
  departmentIds: string[];
  /** The viewer reads only their own departments: no organisation view. */
  departmentLocked: boolean;
  /** The viewer reads only their own departments and has none: nothing is shown. */
  noDepartment: boolean;
  suppressed: boolean;
  sections: DashboardSection[];
};

/**
 * Dashboards for the viewer. Whose rows follows the scope of 'read:statistics' (lib/auth/permissions.ts): an
 * organisation-wide grant may show the organisation or any department; a grant for the own departments shows
 * one of them at a time, whatever the URL asks, and nothing when there are none. Small cells are suppressed
 * unless the viewer holds 'read:statistics:unsuppressed' organisation-wide, with one pattern decided over the
 * whole organisation (dashboard/protection.ts), so that no view can be subtracted from another.
 */
export async function loadDashboard(
  access: OrgAccess,
  request: { year?: number; departmentId?: string },
): Promise<DashboardView> {
  const db = await getDb();
  const organizationId = access.organizationId;
  const scope = scopeFor(access, 'read:statistics');
  const suppressed = scopeFor(access, 'read:statistics:unsuppressed').kind !== 'all';
  const empty = { years: [], year: null, departmentIds: [], suppressed, sections: [] };
  if (scope.kind === 'none') {
    return { ...empty, departments: [], departmentLocked: true, noDepartment: true };
  }
  const everyDepartment = await db.department.findMany({
    where: { organizationId },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, parentId: true },
  });
  const departmentLocked = scope.kind === 'departments';
  const departments = (
    departmentLocked
      ? everyDepartment.filter((d) => scope.ids.includes(d.id))
      : everyDepartment.filter((d) => !d.parentId)
  ).map(({ id, name }) => ({ id, name }));
  if (departments.length === 0 && departmentLocked) {
    return { ...empty, departments: [], departmentLocked, noDepartment: true };
  }
  const chosen = departments.find((d) => d.id === request.departmentId) ?? (departmentLocked ? departments[0]! : null);
  const departmentIds = chosen ? [chosen.id] : [];

  const measuresByYear = await db.staffStatistic.groupBy({ by: ['year', 'measure'], where: { organizationId } });
  const measureCount = new Map<number, number>();
  for (const { year } of measuresByYear) measureCount.set(year, (measureCount.get(year) ?? 0) + 1);
  const years = [...measureCount.keys()].sort((a, b) => b - a);
  // By default the most complete recent year: a year with only a head count snapshot would leave most charts empty.
  const mostComplete = years.reduce<number | null>(
    (best, y) => (best === null || measureCount.get(y)! > measureCount.get(best)! ? y : best),
    null,
  );
  const year = request.year && years.includes(request.year) ? request.year : mostComplete;
  const base = { years, year, departments, departmentIds, departmentLocked, noDepartment: false, suppressed };
  if (year === null) return { ...base, sections: [] };

  const viewYears = [year, year - 1];
  const [loaded, goals, organization, round] = await Promise.all([
    // Suppression needs every department's rows, whichever view is shown.
    suppressed
      ? loadStatRows(db, { organizationId, years: viewYears, perDepartment: true })
      : loadStatRows(db, { organizationId, years: viewYears, departmentIds }),
    db.statisticGoal.findMany({ where: { organizationId } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    // The survey follows the view: the organisation's round, or the chosen department's own (never another's).
    db.surveyRound.findFirst({
      where: { organizationId, year: { lte: year }, departmentId: chosen?.id ?? null },
      orderBy: { year: 'desc' },
      include: { results: true, department: { select: { name: true } } },
    }),
  ]);
  const protection = suppressed
    ? planProtection(
        loaded,
        viewYears,
        everyDepartment.map((d) => d.name),
        (measure, y, rows, decide) => cachedBlock(organizationId, measure, y, rows, everyDepartment, decide),
      )
    : undefined;
  const rows = suppressed && chosen ? loaded.filter((r) => r.department === chosen.name) : loaded;
  const sections = buildDashboard(
    {
      year,
      rows,
      goals: goals.map((g) => ({
        measure: g.measure,
        category: g.category,
        year: g.year,
        value: Number(g.value),
        decimals: g.decimals,
      })),
      suppress: suppressed,
      departmentView: chosen !== null,
      department: chosen?.name ?? null,
      protection,
      turnoverDefinition: organization.turnoverDefinition,
    },
    round
      ? {
          year: round.year,
          department: round.department?.name ?? null,
          invited: round.invited,
          responded: round.responded,
          results: round.results.map((r) => ({
            kind: r.kind,
            key: r.key,
            label: r.label,
            value: Number(r.value),
            previousValue: r.previousValue === null ? null : Number(r.previousValue),
            cityValue: r.cityValue === null ? null : Number(r.cityValue),
          })),
        }
      : null,
  );
  return { ...base, sections };
}

/**
 * Suppression decided for a block (measure, year) depends only on its rows and the departments: kept in memory
 * under a hash of both, so that a change to any figure (an import) decides it afresh.
 */
const decided = new Map<string, BlockProtection>();
const DECIDED_LIMIT = 500;

function cachedBlock(
  organizationId: string,
  measure: string,
  year: number,
  rows: StatRow[],
  departments: { name: string }[],
  decide: () => BlockProtection,
): BlockProtection {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([organizationId, measure, year, departments.map((d) => d.name)]));
  const ordered = rows
    .map((r) =>
      JSON.stringify([
        r.tertial,
        r.department,
        r.occupation,
        r.employmentForm,
        r.gender,
        r.ageBand,
        r.category,
        r.subcategory,
        r.value,
      ]),
    )
    .sort();
  for (const line of ordered) hash.update(line);
  const key = hash.digest('hex');
  const hit = decided.get(key);
  if (hit) {
    decided.delete(key); // most recently used last
    decided.set(key, hit);
    return hit;
  }
  const block = decide();
  decided.set(key, block);
  if (decided.size > DECIDED_LIMIT) decided.delete(decided.keys().next().value!);
  return block;
}
