import 'server-only';
import { type OrgAccess, can, departmentScope } from '../auth/permissions';
import { getDb } from '../db/client';
import { type DashboardSection, buildDashboard } from './dashboard';
import { loadStatRows } from './rows-query';

export type DashboardView = {
  years: number[];
  year: number | null;
  departments: { id: string; name: string }[];
  /** The department filter in force (always set for a manager). */
  departmentIds: string[];
  departmentLocked: boolean;
  suppressed: boolean;
  sections: DashboardSection[];
};

/**
 * Dashboards for the viewer: a manager is held to their departments whatever the URL asks; others may narrow
 * to one department. Small cells are suppressed for everyone without 'read:statistics:unsuppressed'.
 */
export async function loadDashboard(
  access: OrgAccess,
  request: { year?: number; departmentId?: string },
): Promise<DashboardView> {
  const db = await getDb();
  const organizationId = access.organizationId;
  const scope = departmentScope(access);
  const allDepartments = await db.department.findMany({
    where: { organizationId, parentId: null },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true },
  });
  const departmentLocked = scope.kind === 'departments';
  const departmentIds = departmentLocked
    ? [...scope.ids]
    : request.departmentId && allDepartments.some((d) => d.id === request.departmentId)
      ? [request.departmentId]
      : [];
  const departments = departmentLocked ? allDepartments.filter((d) => scope.ids.includes(d.id)) : allDepartments;

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
  const suppressed = !can(access, 'read:statistics:unsuppressed');
  const base = { years, year, departments, departmentIds, departmentLocked, suppressed };
  if (year === null) return { ...base, sections: [] };

  const [rows, goals, organization, round] = await Promise.all([
    loadStatRows(db, { organizationId, years: [year, year - 1], departmentIds }),
    db.statisticGoal.findMany({ where: { organizationId } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.surveyRound.findFirst({
      where: {
        organizationId,
        year: { lte: year },
        departmentId: departmentIds.length === 1 ? departmentIds[0] : null,
      },
      orderBy: { year: 'desc' },
      include: { results: true, department: { select: { name: true } } },
    }),
  ]);
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
      departmentView: departmentIds.length > 0,
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
