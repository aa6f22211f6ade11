import 'server-only';
import { type OrgAccess, can, departmentScope } from '../auth/permissions';
import { getDb } from '../db/client';
import { CHART_MEASURES, type DashboardSection, buildDashboard } from './dashboard';
import { loadSources, surveySource } from './source-queries';
import { newestYearByMeasure, yearFor, yearsWithData } from './default-year';
import { loadStatRows } from './rows-query';

export type DashboardView = {
  years: number[];
  /** The year the user chose; null = each measure for its newest year (see default-year.ts). */
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

  const available = await db.staffStatistic.groupBy({ by: ['year', 'measure'], where: { organizationId } });
  const years = yearsWithData(available);
  const newest = newestYearByMeasure(available);
  const year = request.year && years.includes(request.year) ? request.year : null;
  const suppressed = !can(access, 'read:statistics:unsuppressed');
  const base = { years, year, departments, departmentIds, departmentLocked, suppressed };
  if (years.length === 0) return { ...base, sections: [] };
  const shownYears = year !== null ? [year] : [...new Set(newest.values())];
  const loadYears = [...new Set(shownYears.flatMap((y) => [y, y - 1]))];

  const [rows, goals, organization, round, sources] = await Promise.all([
    loadStatRows(db, { organizationId, years: loadYears, departmentIds }),
    db.statisticGoal.findMany({ where: { organizationId } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.surveyRound.findFirst({
      where: {
        organizationId,
        ...(year !== null ? { year } : {}), // a chosen year shows that year's survey or none, never an older one
        departmentId: departmentIds.length === 1 ? departmentIds[0] : null,
      },
      orderBy: { year: 'desc' },
      include: {
        results: true,
        department: { select: { name: true } },
        importBatch: { select: { fileName: true, createdAt: true, user: { select: { name: true } } } },
      },
    }),
    loadSources(db, { organizationId, years: loadYears, departmentIds }),
  ]);
  const sections = buildDashboard(
    {
      year: year ?? years[0]!,
      yearFor: (measure) => yearFor(measure, newest, year),
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
  const chartYear = (measure: string) => yearFor(measure, newest, year) ?? years[0]!;
  const withSources = sections.map((section) => ({
    ...section,
    charts: section.charts.map((chart) => {
      const measure = CHART_MEASURES[chart.id];
      const source = measure
        ? sources(measure, [chartYear(measure), chartYear(measure) - 1])
        : round && section.id === 'enkat'
          ? surveySource(round)
          : null;
      return source && !chart.emptyMessage ? { ...chart, source } : chart;
    }),
  }));
  return { ...base, sections: withSources };
}
