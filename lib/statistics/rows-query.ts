import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import type { Prisma } from '../generated/prisma/client';
import type { StatRow } from './dashboard/rows';
import { organizationFigures } from './import/visible';
import { STORED_DIMENSIONS } from './measures';

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
  db: Db | Tx,
  input: {
    organizationId: string;
    years: number[];
    departmentIds: string[];
    measures?: string[];
    perDepartment?: boolean;
  },
): Promise<LoadedRow[]> {
  const base: Prisma.StaffStatisticWhereInput = {
    ...organizationFigures(input.organizationId),
    year: { in: input.years },
    ...(input.measures ? { measure: { in: input.measures } } : {}),
  };
  const scalars = { ...FIGURE_FIELDS, population: true } as const;
  if (input.departmentIds.length) {
    return db.staffStatistic.findMany({
      where: { ...base, departmentId: { in: input.departmentIds } },
      select: scalars,
    });
  }
  if (input.perDepartment) return db.staffStatistic.findMany({ where: base, select: scalars });
  const [others, headcount] = await Promise.all([
    db.staffStatistic.findMany({
      where: { ...base, OR: [{ measure: { not: 'headcount' } }, { departmentId: null }] },
      select: scalars,
    }),
    db.staffStatistic.groupBy({
      // Every stored dimension but the department, which the sum runs over.
      by: ['measure', 'year', 'tertial', ...STORED_DIMENSIONS.filter((d) => d !== 'departmentId')],
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

/** A stored figure's key (measure, period, every dimension) and value, as the read paths select it. */
export const FIGURE_FIELDS = {
  measure: true,
  year: true,
  tertial: true,
  departmentId: true,
  occupationId: true,
  employmentForm: true,
  gender: true,
  ageBand: true,
  category: true,
  subcategory: true,
  value: true,
  decimals: true,
} as const satisfies Prisma.StaffStatisticSelect;

/**
 * Statistic rows of the given years, with department and occupation names, limited to departments when any
 * are given. Sum them with aggregate()/total() (dashboard/rows.ts), never directly: totals and parts may both
 * be stored. `perDepartment` keeps every department's head count rows apart (suppression decides over all of
 * them, see dashboard/protection.ts) instead of summing them for the organisation view.
 */
export async function loadStatRows(
  db: Db | Tx,
  input: {
    organizationId: string;
    years: number[];
    departmentIds?: string[];
    measures?: string[];
    perDepartment?: boolean;
  },
): Promise<StatRow[]> {
  const [loaded, departments, occupations] = await Promise.all([
    loadRows(db, { ...input, departmentIds: input.departmentIds ?? [] }),
    db.department.findMany({ where: { organizationId: input.organizationId }, select: { id: true, name: true } }),
    db.occupation.findMany({ where: { organizationId: input.organizationId }, select: { id: true, name: true } }),
  ]);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const occupationName = new Map(occupations.map((o) => [o.id, o.name]));
  return loaded.map((s) => ({
    measure: s.measure,
    year: s.year,
    tertial: s.tertial,
    department:
      s.departmentId === ALL_DEPARTMENTS
        ? ALL_DEPARTMENTS
        : s.departmentId
          ? (departmentName.get(s.departmentId) ?? null)
          : null,
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
}
