import 'server-only';
import { memberOrganization } from '../../auth/data-access';
import { createHash } from 'node:crypto';
import { type OrgAccess, type Scope, scopeFor } from '../../auth/permissions';
import { type Db, getDb } from '../../db/client';
import type { Tx } from '../../auth/guard';
import { CHART_MEASURES, type DashboardSection, buildDashboard } from '.';
import { type BlockProtection, type Protection, planProtection } from './protection';
import type { StatRow } from './rows';
import { availableYears, cached, dataVersion } from '../cache';
import { newestYearByMeasure, yearFor, yearsWithData } from '../default-year';
import { loadSources, surveySource } from '../source-queries';
import { loadStatRows } from '../rows-query';

export type DashboardView = {
  years: number[];
  /** The year the user chose; null = each measure for its newest year (see default-year.ts). */
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
  const organizationId = memberOrganization(access);
  const db = await getDb();
  const scope = scopeFor(access, 'read:statistics');
  const suppressed = scopeFor(access, 'read:statistics:unsuppressed').kind !== 'all';
  const empty = { years: [], year: null, departmentIds: [], suppressed, sections: [] };
  if (scope.kind === 'none') {
    return { ...empty, departments: [], departmentLocked: true, noDepartment: true };
  }
  // Read before any data (cache.ts): the result is kept under the version its data is at least as new as. The key
  // holds the viewer's scope and suppression: a dashboard is never shared across scopes.
  const version = await dataVersion(db, organizationId);
  const key = JSON.stringify([
    suppressed,
    scope.kind === 'departments' ? [...scope.ids].sort() : scope.kind,
    Number.isInteger(request.year) ? request.year : null,
    request.departmentId ?? null,
  ]);
  return cached('dashboard', organizationId, version, key, () =>
    computeDashboard(access, request, { scope, suppressed, empty }),
  );
}

async function computeDashboard(
  access: OrgAccess,
  request: { year?: number; departmentId?: string },
  context: {
    scope: Exclude<Scope, { kind: 'none' }>;
    suppressed: boolean;
    empty: Pick<DashboardView, 'years' | 'year' | 'departmentIds' | 'suppressed' | 'sections'>;
  },
): Promise<DashboardView> {
  const organizationId = memberOrganization(access);
  const db = await getDb();
  const { scope, suppressed, empty } = context;
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

  const available = await availableYears(db, organizationId);
  const years = yearsWithData(available);
  const newest = newestYearByMeasure(available);
  const year = request.year && years.includes(request.year) ? request.year : null;
  const base = { years, year, departments, departmentIds, departmentLocked, noDepartment: false, suppressed };
  if (years.length === 0) return { ...base, sections: [] };
  const shownYears = year !== null ? [year] : [...new Set(newest.values())];
  const loadYears = [...new Set(shownYears.flatMap((y) => [y, y - 1]))];

  const [loaded, goals, organization, round, sources] = await Promise.all([
    // Suppression needs every department's rows, whichever view is shown.
    suppressed
      ? loadStatRows(db, { organizationId, years: loadYears, perDepartment: true })
      : loadStatRows(db, { organizationId, years: loadYears, departmentIds }),
    db.statisticGoal.findMany({ where: { organizationId } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    // The survey follows the view: the organisation's round, or the chosen department's own (never another's).
    db.surveyRound.findFirst({
      where: {
        organizationId,
        ...(year !== null ? { year } : {}), // a chosen year shows that year's survey or none, never an older one
        departmentId: chosen?.id ?? null,
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
  const protection = suppressed ? protectionOn(organizationId, loaded, loadYears, everyDepartment) : undefined;
  const rows = suppressed && chosen ? loaded.filter((r) => r.department === chosen.name) : loaded;
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

/** The one suppression model over the organisation's rows of these years (every department's). */
function protectionOn(organizationId: string, rows: StatRow[], years: number[], departments: { name: string }[]) {
  return planProtection(
    rows,
    years,
    departments.map((d) => d.name),
    (measure, y, blockRows, decide) => cachedBlock(organizationId, measure, y, blockRows, departments, decide),
  );
}

/**
 * What a reader without 'read:statistics:unsuppressed' may see of the statistics of these years, decided as the
 * dashboards decide it (the same model, the same departments, the same cached blocks): plan text, snapshots and
 * any export look their figures up here. Kept under the organisation's data version.
 */
export async function loadProtection(db: Db | Tx, organizationId: string, years: number[]): Promise<Protection> {
  const version = await dataVersion(db, organizationId);
  return cached('protection', organizationId, version, [...years].sort().join(), async () => {
    const [rows, departments] = await Promise.all([
      loadStatRows(db, { organizationId, years, perDepartment: true }),
      db.department.findMany({
        where: { organizationId },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { name: true },
      }),
    ]);
    return protectionOn(organizationId, rows, years, departments);
  });
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
        r.population, // rates are decided on it
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
