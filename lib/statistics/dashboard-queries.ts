import 'server-only';
import { type OrgAccess, can, departmentScope } from '../auth/permissions';
import { type Db, getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { type DashboardSection, buildDashboard } from './dashboard';
import type { StatRow } from './dashboard/rows';

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

  const yearRows = await db.staffStatistic.findMany({
    where: { organizationId },
    distinct: ['year'],
    select: { year: true },
    orderBy: { year: 'desc' },
  });
  const years = yearRows.map((r) => r.year);
  const year = request.year && years.includes(request.year) ? request.year : (years[0] ?? null);
  const suppressed = !can(access, 'read:statistics:unsuppressed');
  const base = { years, year, departments, departmentIds, departmentLocked, suppressed };
  if (year === null) return { ...base, sections: [] };

  const [statistics, goals, organization, round, departmentNames, occupationNames] = await Promise.all([
    loadRows(db, { organizationId, years: [year, year - 1], departmentIds }),
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
    db.department.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.occupation.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  const departmentName = new Map(departmentNames.map((d) => [d.id, d.name]));
  const occupationName = new Map(occupationNames.map((o) => [o.id, o.name]));
  const rows: StatRow[] = statistics.map((s) => ({
    measure: s.measure,
    year: s.year,
    tertial: s.tertial,
    department:
      s.departmentId === ALL_DEPARTMENTS ? ALL_DEPARTMENTS : s.departmentId ? (departmentName.get(s.departmentId) ?? null) : null,
    occupation: s.occupationId ? (occupationName.get(s.occupationId) ?? null) : null,
    employmentForm: s.employmentForm,
    gender: s.gender,
    ageBand: s.ageBand,
    category: s.category,
    subcategory: s.subcategory,
    value: Number(s.value),
    decimals: s.decimals,
    population: s.population,
  }));
  const sections = buildDashboard(
    {
      year,
      rows,
      goals: goals.map((g) => ({ measure: g.measure, category: g.category, year: g.year, value: Number(g.value), decimals: g.decimals })),
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

/** Marks headcount rows summed over every department (see loadRows). */
const ALL_DEPARTMENTS = '*';

type LoadedRow = Omit<StatRow, 'department' | 'occupation' | 'value'> & {
  departmentId: string | null;
  occupationId: string | null;
  value: Prisma.Decimal | number;
};

/**
 * The rows a dashboard needs. In the organisation view the headcount cube (by far the largest measure) is
 * summed over departments in the database: its charts never break it down by department, and a large
 * förvaltning would otherwise send tens of thousands of rows per load (npm run bench:dashboard).
 */
async function loadRows(
  db: Db,
  input: { organizationId: string; years: number[]; departmentIds: string[] },
): Promise<LoadedRow[]> {
  const base: Prisma.StaffStatisticWhereInput = { organizationId: input.organizationId, year: { in: input.years } };
  const scalars = {
    measure: true, year: true, tertial: true, departmentId: true, occupationId: true, employmentForm: true,
    gender: true, ageBand: true, category: true, subcategory: true, value: true, decimals: true, population: true,
  } as const;
  if (input.departmentIds.length) {
    return db.staffStatistic.findMany({ where: { ...base, departmentId: { in: input.departmentIds } }, select: scalars });
  }
  const [others, headcount] = await Promise.all([
    db.staffStatistic.findMany({
      where: { ...base, OR: [{ measure: { not: 'headcount' } }, { departmentId: null }] },
      select: scalars,
    }),
    db.staffStatistic.groupBy({
      by: ['measure', 'year', 'tertial', 'occupationId', 'employmentForm', 'gender', 'ageBand', 'category', 'subcategory'],
      where: { ...base, measure: 'headcount', departmentId: { not: null } },
      _sum: { value: true, population: true },
    }),
  ]);
  return [
    ...others,
    ...headcount.map(({ _sum, ...group }) => ({
      ...group,
      departmentId: ALL_DEPARTMENTS,
      value: _sum.value ?? 0,
      decimals: null,
      population: _sum.population,
    })),
  ];
}
