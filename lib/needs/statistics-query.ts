import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import type { StatRow } from '../statistics/dashboard/rows';
import type { Prisma } from '../generated/prisma/client';
import { FIGURE_FIELDS } from '../statistics/rows-query';
import type { VolumeInput } from './forecast';
import { yearlyVolumeChange } from './volume-demand';
import { type VolumeDemand, volumeDemandsOf } from './volume-demands';
import { type NeedsStatistics, needsStatistics } from './statistics-input';

/** The measures the forecast reads: the head-count cube, the retirement rows, turnover and part-time. */
const MEASURES = ['headcount', 'retirements', 'turnover', 'partTimeCount', 'fullTimeShare'] as const;
/** Marks head-count rows summed over gender in the database (the forecast never splits by gender). */
const ANY_GENDER = '*';

/**
 * The demand change per occupation (by name, as the forecast keys it) from the population forecast and the
 * staffing ratios, or the changes HR stated directly (volume.ts); null when there is none ("saknas").
 */
function volumeInput(
  { demand, baseYear }: VolumeDemand,
  years: number[],
  occupationName: ReadonlyMap<string, string>,
): VolumeInput {
  if (!demand) return null;
  // The loader counts from the base year; a year's hires are that year's growth (yearlyVolumeChange).
  const base = baseYear ?? years[0]! - 1;
  return new Map(
    [...demand].map(([id, change]) => [occupationName.get(id) ?? id, yearlyVolumeChange(change, years, base)]),
  );
}

type Loaded = { stats: NeedsStatistics; volume: VolumeInput; departments: string[] };

/**
 * What the forecast needs from the database for one plan: each measure's newest year before the plan (from the
 * small StatisticYear table), and only that year's rows; the head-count cube summed over gender in the database,
 * since it is by far the largest measure (npm run bench:needs). Called only behind a caller's authorization
 * (loadNeedsPage, the plan's live tables) or by the benchmark.
 */
export async function loadNeedsStatistics(db: Db | Tx, organizationId: string, startYear: number): Promise<Loaded> {
  return (await loadNeedsStatisticsOf(db, [organizationId], startYear)).get(organizationId)!;
}

/** The same for several organisations in one set of queries (the whole city, for the benchmark). */
export async function loadNeedsStatisticsOf(
  db: Db | Tx,
  organizationIds: string[],
  startYear: number,
): Promise<Map<string, Loaded>> {
  const planYears = [startYear, startYear + 1, startYear + 2];
  const [years, organizations, departments, occupations, volumes] = await Promise.all([
    db.statisticYear.groupBy({
      by: ['organizationId', 'measure'],
      where: { organizationId: { in: organizationIds }, measure: { in: [...MEASURES] }, year: { lt: startYear } },
      _max: { year: true },
    }),
    db.organization.findMany({
      where: { id: { in: organizationIds } },
      select: { id: true, turnoverDefinition: true },
    }),
    db.department.findMany({
      where: { organizationId: { in: organizationIds } },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, organizationId: true },
    }),
    db.occupation.findMany({ where: { organizationId: { in: organizationIds } }, select: { id: true, name: true } }),
    volumeDemandsOf(db, organizationIds, planYears),
  ]);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const occupationName = new Map(occupations.map((o) => [o.id, o.name]));
  const newestHeadcount = years
    .filter((y) => y.measure === 'headcount')
    .map((y) => ({ organizationId: y.organizationId, year: y._max.year! }));
  const others = years
    .filter((y) => y.measure !== 'headcount')
    .map((y) => ({ organizationId: y.organizationId, measure: y.measure, year: y._max.year! }));
  const committed = { NOT: { importBatch: { is: { pending: true } } } } satisfies Prisma.StaffStatisticWhereInput;
  const [cube, rest] = await Promise.all([
    newestHeadcount.length
      ? db.staffStatistic.groupBy({
          by: ['organizationId', 'departmentId', 'occupationId', 'employmentForm', 'ageBand'],
          where: {
            ...committed,
            OR: newestHeadcount,
            measure: 'headcount',
            tertial: null,
            category: null,
            occupationId: { not: null },
            employmentForm: { not: null },
            ageBand: { not: null },
            gender: { not: null },
          },
          _sum: { value: true },
        })
      : Promise.resolve([]),
    others.length
      ? db.staffStatistic.findMany({
          where: { ...committed, OR: others },
          select: { ...FIGURE_FIELDS, population: true, organizationId: true },
        })
      : Promise.resolve([]),
  ]);
  const rowsOf = new Map<string, StatRow[]>(organizationIds.map((id) => [id, []]));
  const headcountYear = new Map(newestHeadcount.map((h) => [h.organizationId, h.year]));
  for (const c of cube)
    rowsOf.get(c.organizationId)?.push(
      row({
        measure: 'headcount',
        year: headcountYear.get(c.organizationId)!,
        department: c.departmentId ? (departmentName.get(c.departmentId) ?? null) : null,
        occupation: c.occupationId ? (occupationName.get(c.occupationId) ?? null) : null,
        employmentForm: c.employmentForm,
        gender: ANY_GENDER,
        ageBand: c.ageBand,
        value: Number(c._sum.value ?? 0),
      }),
    );
  for (const r of rest)
    rowsOf.get(r.organizationId)?.push(
      row({
        measure: r.measure,
        year: r.year,
        tertial: r.tertial,
        department: r.departmentId ? (departmentName.get(r.departmentId) ?? null) : null,
        occupation: r.occupationId ? (occupationName.get(r.occupationId) ?? null) : null,
        employmentForm: r.employmentForm,
        gender: r.gender,
        ageBand: r.ageBand,
        category: r.category,
        subcategory: r.subcategory,
        value: Number(r.value),
        decimals: r.decimals,
        population: r.population,
      }),
    );
  const out = new Map<string, Loaded>();
  for (const organization of organizations)
    out.set(organization.id, {
      stats: needsStatistics(rowsOf.get(organization.id)!, startYear, organization.turnoverDefinition),
      volume: volumeInput(volumes.get(organization.id)!, planYears, occupationName),
      departments: departments.filter((d) => d.organizationId === organization.id).map((d) => d.name),
    });
  return out;
}

function row(r: Partial<StatRow> & Pick<StatRow, 'measure' | 'year' | 'value'>): StatRow {
  return {
    tertial: null,
    department: null,
    occupation: null,
    employmentForm: null,
    gender: null,
    ageBand: null,
    category: null,
    subcategory: null,
    decimals: null,
    population: null,
    ...r,
  };
}
