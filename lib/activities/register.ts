import 'server-only';
import { planStrategiesWhere } from './edit-queries';
import { type OrgAccess, type Scope, can, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import { planVisibilityWhere } from '../plans/queries';
import { periodLabel } from './periods';
import { activityScopeWhere, findActivePlan } from './queries';
import type { RegisterActivity } from './register-model';
import { displayStatus } from './status';

export type RegisterPlan = {
  id: string;
  title: string;
  startYear: number;
  status: 'DRAFT' | 'IN_REVIEW' | 'ADOPTED';
  mergeRecruitIntroduce: boolean;
  strategySetId: string | null;
};

export type Register = {
  plans: RegisterPlan[];
  plan: RegisterPlan | null;
  activities: RegisterActivity[];
  removed: RegisterActivity[];
  phases: { id: string; key: string; name: string }[];
  strategies: { id: string; name: string; verified: boolean }[];
  departments: { id: string; name: string }[];
  boardGoals: { id: string; code: string; title: string; year: number | null }[];
  /** The strategies the plan focuses on (seed 001: three, seed 004: six of nine). */
  focusStrategyIds: string[];
};

/**
 * The register of one plan the caller may read (union reps: plans under samverkan or adopted), in the scope of
 * the caller's departments. Without a plan id: the plan followed up now, else the newest visible one.
 */
export async function loadRegister(access: OrgAccess, planId?: string, today: Date = new Date()): Promise<Register> {
  const db = await getDb();
  const plans = (await db.plan.findMany({ where: planVisibilityWhere(access), orderBy: { startYear: 'desc' } })).map(
    toPlan,
  );
  const active = planId ? null : await findActivePlan(access.organizationId);
  const plan =
    plans.find((p) => p.id === planId) ??
    (planId ? null : (plans.find((p) => p.id === active?.id) ?? plans[0] ?? null));
  const [phases, strategies, departments, boardGoals] = await Promise.all([
    db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, key: true, name: true } }),
    db.skrStrategy.findMany({
      where: planStrategiesWhere(plan?.strategySetId ?? null),
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, verified: true },
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
  if (!plan) {
    return {
      plans,
      plan: null,
      activities: [],
      removed: [],
      phases,
      strategies,
      departments,
      boardGoals,
      focusStrategyIds: [],
    };
  }
  const focus = await db.planStrategyFocus.findMany({ where: { planId: plan.id }, select: { strategyId: true } });
  const rows = await db.activity.findMany({
    where: { planId: plan.id, ...activityScopeWhere(registerScope(access)) },
    include: {
      department: { select: { name: true } },
      ubaraPhase: { select: { key: true, name: true } },
      boardGoal: { select: { code: true } },
      strategies: { include: { strategy: { select: { id: true, name: true, sortOrder: true } } } },
      followUps: { orderBy: [{ year: 'desc' }, { period: 'desc' }, { createdAt: 'desc' }], take: 1 },
    },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
  });
  const items: RegisterActivity[] = rows.map((row) => {
    const latest = row.followUps[0];
    return {
      id: row.id,
      version: row.version,
      goal: row.goal,
      title: row.title,
      phaseKey: row.ubaraPhase.key,
      phaseName: row.ubaraPhase.name,
      strategies: row.strategies
        .map((s) => s.strategy)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => ({ id: s.id, name: s.name })),
      boardGoal: row.boardGoal?.code ?? null,
      departmentId: row.departmentId,
      department: row.department?.name ?? null,
      dueDate: row.dueDate ? formatDate(row.dueDate) : null,
      owner: row.ownerText,
      displayStatus: displayStatus(row, today),
      indicator: row.indicator
        ? { name: row.indicator, target: row.indicatorTarget, outcome: row.indicatorOutcome }
        : null,
      latestFollowUp: latest ? { label: periodLabel(latest), comment: latest.comment } : null,
      removedAt: row.removedAt ? formatDate(row.removedAt) : null,
    };
  });
  return {
    plans,
    plan,
    activities: items.filter((a) => !a.removedAt),
    removed: items.filter((a) => a.removedAt),
    phases,
    strategies,
    departments,
    boardGoals,
    focusStrategyIds: focus.map((f) => f.strategyId),
  };
}

function toPlan(p: {
  id: string;
  title: string;
  startYear: number;
  status: RegisterPlan['status'];
  mergeRecruitIntroduce: boolean;
  strategySetId: string | null;
}): RegisterPlan {
  return {
    id: p.id,
    title: p.title,
    startYear: p.startYear,
    status: p.status,
    mergeRecruitIntroduce: p.mergeRecruitIntroduce,
    strategySetId: p.strategySetId,
  };
}

/** Whose activities the register shows: the reader's activity scope, or for union reps the whole (published) plan. */
export function registerScope(access: OrgAccess): Scope {
  if (can(access, 'read:activity')) return scopeFor(access, 'read:activity');
  return can(access, 'read:plan:published') ? { kind: 'all' } : { kind: 'none' };
}
