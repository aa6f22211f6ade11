import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { type OrgAccess, can, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { choosePlanToOpen } from '../activities/active-plan';
import { stockholmCalendar } from '../activities/periods';
import { planVisibilityWhere } from '../plans/queries';
import type { PlanStatus } from '../generated/prisma/client';
import { BASELINE, type NeedsAssumptions, type NeedsForecast, type VolumeInput, forecastNeeds } from './forecast';
import { type ShownTable, shownTable, totalsInView } from './protection';
import { type RetirementAgeDistribution, describeRetirementAges } from './retirement-age';
import { type ScenarioLevers, SKR_NATIONAL, reductionShare, runScenario } from './scenarios';
import { scenarioLeversSchema } from './schemas';
import { loadNeedsStatistics } from './statistics-query';
import { type RetirementSummary, retirementSummary } from './summary';
import { describeLevers } from './lever-texts';

export type SavedScenario = {
  id: string;
  name: string;
  version: number;
  levers: ScenarioLevers;
  leverTexts: string[];
  /** The need per plan year in the viewer's view (null: hidden or missing). */
  totals: (number | null)[];
};

export type NeedsPage = {
  plan: { id: string; title: string; startYear: number; endYear: number; status: PlanStatus };
  years: number[];
  statisticsYear: number | null;
  canEdit: boolean;
  suppressed: boolean;
  /** The viewer reads only their own departments (a manager); none: nothing to show. */
  departmentLocked: boolean;
  noDepartment: boolean;
  retirementAgesText: string;
  summary: RetirementSummary;
  baseline: ShownTable;
  scenario: {
    levers: ScenarioLevers;
    /** The saved scenario shown, if one was opened. */
    name: string | null;
    savedId: string | null;
    savedVersion: number | null;
    leverTexts: string[];
    table: ShownTable;
    notes: string[];
    fteGained: number | null;
    /** The cut over the period relative to the baseline (0.25 = a quarter), in the viewer's view. */
    reduction: number | null;
  } | null;
  /** Baseline vs scenario per year, as the chart draws it (null: hidden or missing). */
  chart: { year: number; baseline: number | null; scenario: number | null }[];
  formulas: NeedsForecast['formulas'];
  missing: string[];
  occupations: string[];
  saved: SavedScenario[];
  /** Sections "Infoga i planen" can put the forecast into (HR, plan not adopted); empty otherwise. */
  sections: { id: string; title: string }[];
  skrNational: string;
  turnoverDefinition: string;
};

/** The start year of the plan "Kompetensbehov" opens on (as "Aktiviteter" does), or null without plans. */
export async function currentNeedsYear(access: OrgAccess, today = new Date()): Promise<number | null> {
  memberOrganization(access);
  const db = await getDb();
  const plans = await db.plan.findMany({ where: planVisibilityWhere(access), select: { startYear: true } });
  return choosePlanToOpen(plans, stockholmCalendar(today).year)?.startYear ?? null;
}

/**
 * "Kompetensbehov" for one plan: the forecast and, when levers are given, a scenario beside it. Who reads it:
 * whoever may read the plan (union reps only once it was sent to their meeting) and the statistics; managers
 * their own departments. Small cells are hidden for everyone but HR and administrators. Null: no such plan.
 */
export async function loadNeedsPage(
  access: OrgAccess,
  startYear: number,
  request: {
    levers?: ScenarioLevers | null;
    /** A saved scenario to show beside the baseline (instead of `levers`). */
    scenarioId?: string | null;
    retirementAges?: RetirementAgeDistribution | null;
  } = {},
): Promise<NeedsPage | null> {
  const organizationId = memberOrganization(access);
  const db = await getDb();
  const plan = await db.plan.findFirst({
    where: { ...planVisibilityWhere(access), startYear },
    select: { id: true, title: true, startYear: true, endYear: true, status: true },
  });
  if (!plan) return null;
  const canEdit = can(access, 'edit:plan');
  const scope = scopeFor(access, 'read:statistics');
  const suppressed = scopeFor(access, 'read:statistics:unsuppressed').kind !== 'all';
  const [{ stats, volume, departments }, savedRows, departmentRows, sections] = await Promise.all([
    loadNeedsStatistics(db, organizationId, plan.startYear),
    db.needsScenario.findMany({ where: { planId: plan.id }, orderBy: { createdAt: 'asc' } }),
    db.department.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    canEdit && plan.status !== 'ADOPTED'
      ? db.planSection.findMany({
          where: { planId: plan.id, removedAt: null },
          orderBy: { sortOrder: 'asc' },
          select: { id: true, title: true },
        })
      : Promise.resolve([]),
  ]);
  const visible =
    scope.kind === 'all'
      ? null
      : scope.kind === 'departments'
        ? departmentRows.filter((d) => scope.ids.includes(d.id)).map((d) => d.name)
        : [];
  const years = [plan.startYear, plan.startYear + 1, plan.startYear + 2].filter((y) => y <= plan.endYear);
  const assumptions: NeedsAssumptions = {
    ...BASELINE,
    retirementAges: request.retirementAges ?? BASELINE.retirementAges,
  };
  const baseline = forecastNeeds(stats, years, volume, assumptions);
  const baselineTable = shownTable(baseline, suppressed, visible);
  const viewTotals = (t: ShownTable) => totalsInView(t);
  const opened = request.scenarioId ? savedRows.find((r) => r.id === request.scenarioId) : undefined;
  const openedLevers = opened ? scenarioLeversSchema.safeParse(opened.levers) : null;
  const levers = request.levers ?? (openedLevers?.success ? openedLevers.data : null);
  const scenarioRun = levers ? runScenario(stats, years, volume, levers, assumptions) : null;
  const scenarioTable = scenarioRun ? shownTable(scenarioRun.forecast, suppressed, visible) : null;
  const baseTotals = viewTotals(baselineTable);
  const scenarioTotals = scenarioTable ? viewTotals(scenarioTable) : null;

  const saved = savedRows.flatMap((row): SavedScenario[] => {
    const parsed = scenarioLeversSchema.safeParse(row.levers);
    if (!parsed.success) return [];
    const run = runScenario(stats, years, volume, parsed.data, assumptions);
    return [
      {
        id: row.id,
        name: row.name,
        version: row.version,
        levers: parsed.data,
        leverTexts: describeLevers(parsed.data),
        totals: viewTotals(shownTable(run.forecast, suppressed, visible)),
      },
    ];
  });

  return {
    plan,
    years,
    statisticsYear: baseline.statisticsYear,
    canEdit,
    suppressed,
    departmentLocked: scope.kind !== 'all',
    noDepartment: scope.kind === 'none' || (visible !== null && visible.length === 0),
    retirementAgesText: describeRetirementAges(assumptions.retirementAges),
    summary: retirementSummary(baseline, stats, departments, suppressed, visible),
    baseline: baselineTable,
    scenario:
      scenarioRun && scenarioTable && levers
        ? {
            levers,
            name: opened && !request.levers ? opened.name : null,
            savedId: opened && !request.levers ? opened.id : null,
            savedVersion: opened && !request.levers ? opened.version : null,
            leverTexts: describeLevers(levers),
            table: scenarioTable,
            notes: scenarioRun.notes,
            fteGained: scenarioRun.fteGained,
            reduction:
              reductionOf(baseTotals, scenarioTotals!) ?? reductionInView(baseline, scenarioRun.forecast, visible),
          }
        : null,
    chart: years.map((year, i) => ({
      year,
      baseline: baseTotals[i] ?? null,
      scenario: scenarioTotals ? (scenarioTotals[i] ?? null) : null,
    })),
    formulas: baseline.formulas,
    missing: baseline.missing,
    occupations: [...new Set(baseline.rows.map((r) => r.occupation))].sort((a, b) => a.localeCompare(b, 'sv')),
    saved,
    sections,
    skrNational: SKR_NATIONAL.text,
    turnoverDefinition: stats.turnoverDefinition,
  };
}

function reductionOf(base: (number | null)[], scenario: (number | null)[]): number | null {
  if (base.some((v) => v === null) || scenario.some((v) => v === null)) return null;
  const b = base.reduce<number>((a, v) => a + v!, 0);
  const s = scenario.reduce<number>((a, v) => a + v!, 0);
  return b > 0 ? (b - s) / b : null;
}

/** Only when the view is the whole organisation: the share is then not a count and reveals no cell. */
function reductionInView(baseline: NeedsForecast, scenario: NeedsForecast, visible: string[] | null): number | null {
  return visible === null ? reductionShare(baseline, scenario) : null;
}
