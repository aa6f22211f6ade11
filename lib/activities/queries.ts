import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { type OrgAccess, type Scope, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { currentForPeriod, isUnderFollowUp } from './follow-up-state';
import { choosePlanToFollowUp } from './active-plan';
import { type FollowUpPeriodRef, reportingPeriod } from './periods';
import { displayStatus } from './status';

/**
 * The department condition folded into every activity query: a manager never gets another department's rows,
 * and an empty scope gets none at all.
 */
export function activityScopeWhere(scope: Scope): Prisma.ActivityWhereInput {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'none') return { id: { in: [] } };
  return { departmentId: { in: [...scope.ids] } };
}

/** The same condition for raw SQL over "Activity" read as `a` (the register's counts). */
export function activityScopeSql(scope: Scope): Prisma.Sql {
  if (scope.kind === 'all') return Prisma.sql`TRUE`;
  if (scope.kind === 'none' || scope.ids.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`a."departmentId" IN (${Prisma.join(scope.ids)})`;
}

export type ActivitySummary = {
  id: string;
  title: string;
  goal: string;
  department: string | null;
  phase: string;
  strategies: string[];
  dueDate: Date | null;
  owner: string;
  status: string;
  planTitle: string;
  latestFollowUp: { year: number; period: string; status: string; comment: string } | null;
  needsFollowUp: boolean;
};

/** The plan followed up in the current reporting period (see active-plan.ts). */
export async function findActivePlan(access: OrgAccess, today: Date = new Date()) {
  const organizationId = memberOrganization(access);
  const db = await getDb();
  const plans = await db.plan.findMany({ where: { organizationId } });
  return choosePlanToFollowUp(plans, reportingPeriod(today).year);
}

export async function listActivities(
  access: OrgAccess,
  options: { planId?: string; today?: Date } = {},
): Promise<{ period: FollowUpPeriodRef; activities: ActivitySummary[] }> {
  const organizationId = memberOrganization(access);
  const today = options.today ?? new Date();
  const period = reportingPeriod(today);
  const scope = scopeFor(access, 'read:activity');
  if (scope.kind === 'none') return { period, activities: [] };
  const db = await getDb();
  const plan = options.planId
    ? await db.plan.findFirst({ where: { id: options.planId, organizationId } })
    : await findActivePlan(access);
  if (!plan) return { period, activities: [] };
  // Only the active plan is followed up (the same plan followUpWorklist reads).
  const followedUp = plan.id === (await findActivePlan(access))?.id;
  const rows = await db.activity.findMany({
    where: { planId: plan.id, removedAt: null, ...activityScopeWhere(scope) },
    include: {
      plan: { select: { title: true } },
      department: { select: { name: true } },
      ubaraPhase: { select: { name: true } },
      strategies: { include: { strategy: { select: { name: true } } } },
      followUps: { orderBy: [{ year: 'desc' }, { period: 'desc' }, { createdAt: 'desc' }] },
    },
    orderBy: [{ department: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
  });
  return {
    period,
    activities: rows.map((row) => {
      const latest = row.followUps[0] ?? null;
      return {
        id: row.id,
        title: row.title,
        goal: row.goal,
        department: row.department?.name ?? null,
        phase: row.ubaraPhase.name,
        strategies: row.strategies.map((s) => s.strategy.name),
        dueDate: row.dueDate,
        owner: row.ownerText,
        status: displayStatus(row, today),
        planTitle: row.plan.title,
        latestFollowUp: latest
          ? { year: latest.year, period: latest.period, status: latest.status, comment: latest.comment }
          : null,
        // The same rule as followUpWorklist (lib/activities/worklist.ts), so the badge and the count agree.
        needsFollowUp:
          followedUp && isUnderFollowUp(row, row.followUps, period) && !currentForPeriod(row.followUps, period),
      };
    }),
  };
}
