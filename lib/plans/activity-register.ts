import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { planStrategiesWhere } from '../activities/edit-queries';
import { type OrgAccess, type Scope, can, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import type { Prisma } from '../generated/prisma/client';
import { type InForce, planStatusText } from './in-force';
import { versionsInForce } from './in-force-query';
import { planVisibilityWhere } from './queries';
import type { CoverageCount } from '../activities/coverage';
import { choosePlanToOpen } from '../activities/active-plan';
import { stockholmCalendar } from '../activities/periods';
import { activityScopeSql, activityScopeWhere } from '../activities/queries';
import { ROW_SELECT, toRows } from '../activities/register-rows';
import {
  REGISTER_PAGE_SIZE,
  type RegisterActivity,
  type RegisterFilters,
  type RemovedActivity,
  WHOLE_ORGANIZATION,
  hasFilters,
  pageCountOf,
  pageSlices,
  phaseGroups,
  phaseIdsOf,
} from '../activities/register-model';
import type { DisplayStatus } from '../activities/status';

export type RegisterPlan = {
  id: string;
  title: string;
  startYear: number;
  status: 'DRAFT' | 'IN_REVIEW' | 'ADOPTED';
  /** The status with the adopted version in force beside a later draft (lib/plans/in-force.ts). */
  statusText: string;
  mergeRecruitIntroduce: boolean;
  strategySetId: string | null;
};

export type Register = {
  plans: RegisterPlan[];
  plan: RegisterPlan | null;
  /** The page shown: matching activities in group order (phase, then the plan's order), at most `pageSize`. */
  activities: RegisterActivity[];
  /** Removed activities, for those who may restore them (edit:activity); empty for everyone else. */
  removed: RemovedActivity[];
  /** The plan's activities in the caller's scope (not removed), and how many of them match the filters. */
  total: number;
  matching: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Activities per strategy and phase over the whole plan in scope, unfiltered (the coverage matrix). */
  coverage: CoverageCount[];
  phases: { id: string; key: string; name: string }[];
  strategies: { id: string; name: string; verified: boolean }[];
  departments: { id: string; name: string }[];
  boardGoals: { id: string; code: string; title: string; year: number | null }[];
  /** The strategies the plan focuses on (seed 001: three, seed 004: six of nine). */
  focusStrategyIds: string[];
};

export type RegisterOptions = { filters?: RegisterFilters; page?: number; pageSize?: number; today?: Date };

/** The plan's order within a phase; the id makes pages stable when two rows tie. */
const ROW_ORDER: Prisma.ActivityOrderByWithRelationInput[] = [
  { sortOrder: 'asc' },
  { createdAt: 'asc' },
  { id: 'asc' },
];

/**
 * One page of the register of one plan the caller may read (union reps: plans under samverkan or adopted), in
 * the scope of the caller's departments, filtered in SQL. Without a plan id: the newest visible plan that has
 * started this year (activities/active-plan.ts). The cost follows the page: counts per phase and per strategy × phase come from SQL, and
 * only the page's rows are read, with the columns shown.
 */
export async function loadRegister(
  access: OrgAccess,
  planId?: string,
  options: RegisterOptions = {},
): Promise<Register> {
  memberOrganization(access);
  const { filters = {}, pageSize = REGISTER_PAGE_SIZE, today = new Date() } = options;
  const db = await getDb();
  const planRows = await db.plan.findMany({
    where: planVisibilityWhere(access),
    orderBy: { startYear: 'desc' },
    select: {
      id: true,
      title: true,
      startYear: true,
      status: true,
      planVersion: true,
      mergeRecruitIntroduce: true,
      strategySetId: true,
    },
  });
  const inForce = await versionsInForce(db, planRows);
  const plans = planRows.map((p) => toPlan(p, inForce.get(p.id) ?? null));
  const plan = planId
    ? (plans.find((p) => p.id === planId) ?? null)
    : choosePlanToOpen(plans, stockholmCalendar(today).year);
  const [phases, planStrategies, departments, boardGoals] = await Promise.all([
    db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, key: true, name: true } }),
    db.skrStrategy.findMany({
      where: planStrategiesWhere(plan?.strategySetId ?? null),
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, verified: true, sortOrder: true },
    }),
    db.department.findMany({
      where: { organizationId: access.organizationId },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.boardGoal.findMany({
      where: { organizationId: access.organizationId },
      orderBy: [{ year: 'desc' }, { code: 'asc' }],
      select: { id: true, code: true, title: true, year: true },
    }),
  ]);
  const strategies = planStrategies.map(({ id, name, verified }) => ({ id, name, verified }));
  const empty = { activities: [], removed: [], total: 0, matching: 0, page: 1, pageCount: 1, pageSize, coverage: [] };
  if (!plan) return { plans, plan: null, ...empty, phases, strategies, departments, boardGoals, focusStrategyIds: [] };

  const scope = registerScope(access);
  const inPlan: Prisma.ActivityWhereInput = { planId: plan.id, removedAt: null, ...activityScopeWhere(scope) };
  const matchingWhere: Prisma.ActivityWhereInput = {
    AND: [inPlan, ...filterConditions(filters, phases, today)],
  };
  const [focus, perPhase, total, coverage, removed] = await Promise.all([
    db.planStrategyFocus.findMany({ where: { planId: plan.id }, select: { strategyId: true } }),
    db.activity.groupBy({ by: ['ubaraPhaseId'], where: matchingWhere, _count: { _all: true } }),
    hasFilters(filters) ? db.activity.count({ where: inPlan }) : null,
    coverageCounts(plan.id, scope, phases),
    can(access, 'edit:activity')
      ? db.activity.findMany({
          where: { planId: plan.id, removedAt: { not: null }, ...activityScopeWhere(scope) },
          orderBy: ROW_ORDER,
          select: { id: true, version: true, title: true, removedAt: true },
        })
      : [],
  ]);
  const countOf = new Map(perPhase.map((p) => [p.ubaraPhaseId, p._count._all]));
  const groups = phaseGroups(phases, plan.mergeRecruitIntroduce).map((g) => ({
    phaseIds: g.phaseIds,
    count: g.phaseIds.reduce((sum, id) => sum + (countOf.get(id) ?? 0), 0),
  }));
  const matching = groups.reduce((sum, g) => sum + g.count, 0);
  const pageCount = pageCountOf(matching, pageSize);
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const rows = (
    await Promise.all(
      pageSlices(groups, page, pageSize).map((slice) =>
        db.activity.findMany({
          where: { AND: [matchingWhere, { ubaraPhaseId: { in: slice.phaseIds } }] },
          orderBy: ROW_ORDER,
          skip: slice.skip,
          take: slice.take,
          select: ROW_SELECT,
        }),
      ),
    )
  ).flat();
  const activities = await toRows(rows, { phases, planStrategies, departments, boardGoals }, today);
  return {
    plans,
    plan,
    activities,
    removed: removed.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      removedAt: formatDate(r.removedAt!),
    })),
    total: total ?? matching,
    matching,
    page,
    pageCount,
    pageSize,
    coverage,
    phases,
    strategies,
    departments,
    boardGoals,
    focusStrategyIds: focus.map((f) => f.strategyId),
  };
}

/** The register's filters as SQL conditions (filterActivities in register-model.ts reads the same rules). */
function filterConditions(
  f: RegisterFilters,
  phases: readonly { id: string; key: string }[],
  today: Date,
): Prisma.ActivityWhereInput[] {
  const phaseIds = phaseIdsOf(phases, f.phase);
  return [
    ...(phaseIds ? [{ ubaraPhaseId: { in: phaseIds } }] : []),
    ...(f.strategy ? [{ strategies: { some: { strategyId: f.strategy } } }] : []),
    ...(f.department ? [{ departmentId: f.department === WHOLE_ORGANIZATION ? null : f.department }] : []),
    ...(f.status ? [displayStatusWhere(f.status, today)] : []),
    // Prisma passes % and _ through to ILIKE: escape them, so "100%" is text, not a wildcard.
    ...(f.owner ? [{ ownerText: { contains: f.owner.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const } }] : []),
  ];
}

/**
 * displayStatus (status.ts) as a condition: "Försenad" is an unfinished activity whose due day is before today
 * (UTC days, as displayStatus compares them); an unfinished status shows as itself only until then.
 */
export function displayStatusWhere(status: DisplayStatus, today: Date): Prisma.ActivityWhereInput {
  const todayDay = new Date(today.toISOString().slice(0, 10));
  if (status === 'OVERDUE') return { status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, dueDate: { lt: todayDay } };
  if (status === 'DONE' || status === 'CANCELLED') return { status };
  return { status, OR: [{ dueDate: null }, { dueDate: { gte: todayDay } }] };
}

/** Activities per strategy × phase key in the plan, in scope, not removed: one grouped query. */
async function coverageCounts(
  planId: string,
  scope: Scope,
  phases: readonly { id: string; key: string }[],
): Promise<CoverageCount[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ strategyId: string; phaseId: string; count: number }[]>`
    SELECT s."strategyId", a."ubaraPhaseId" AS "phaseId", count(*)::int AS count
    FROM "ActivityStrategy" s JOIN "Activity" a ON a.id = s."activityId"
    WHERE a."planId" = ${planId} AND a."removedAt" IS NULL AND ${activityScopeSql(scope)}
    GROUP BY s."strategyId", a."ubaraPhaseId"`;
  const keyOf = new Map(phases.map((p) => [p.id, p.key]));
  return rows.map((r) => ({ strategyId: r.strategyId, phaseKey: keyOf.get(r.phaseId) ?? r.phaseId, count: r.count }));
}

function toPlan(
  p: {
    id: string;
    title: string;
    startYear: number;
    status: RegisterPlan['status'];
    planVersion: number;
    mergeRecruitIntroduce: boolean;
    strategySetId: string | null;
  },
  inForce: InForce | null,
): RegisterPlan {
  return {
    id: p.id,
    title: p.title,
    startYear: p.startYear,
    status: p.status,
    statusText: planStatusText(p, inForce),
    mergeRecruitIntroduce: p.mergeRecruitIntroduce,
    strategySetId: p.strategySetId,
  };
}

/** Whose activities the register shows: the reader's activity scope, or for union reps the whole (published) plan. */
export function registerScope(access: OrgAccess): Scope {
  if (can(access, 'read:activity')) return scopeFor(access, 'read:activity');
  return can(access, 'read:plan:published') ? { kind: 'all' } : { kind: 'none' };
}
