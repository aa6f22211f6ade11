import 'server-only';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import type { StoredStatus } from './status';
import { organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';

type Option = { id: string; label: string };

/** The strategies a plan uses: its own set, or the current one for a plan from before sets were recorded. */
export function planStrategiesWhere(strategySetId: string | null) {
  return strategySetId ? { setId: strategySetId } : { set: { isCurrent: true } };
}

/** The plan a new activity goes into: the one asked for, else the newest; null when the organisation has none. */
export async function planForNewActivity(access: OrgAccess, planId: string | null) {
  const organizationId = organizationFor(access, 'edit:activity');
  const db = await getDb();
  return planId
    ? db.plan.findFirst({ where: { id: planId.slice(0, 100), organizationId } })
    : db.plan.findFirst({ where: { organizationId }, orderBy: { startYear: 'desc' } });
}

/** The choices of HR's activity form, for one plan of one organisation. */
export async function activityFormOptions(access: OrgAccess, strategySetId: string | null) {
  const organizationId = organizationFor(access, 'edit:activity');
  const db = await getDb();
  const [phases, strategies, departments, boardGoals] = await Promise.all([
    db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.skrStrategy.findMany({ where: planStrategiesWhere(strategySetId), orderBy: { sortOrder: 'asc' } }),
    db.department.findMany({ where: { organizationId }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
    db.boardGoal.findMany({ where: { organizationId }, orderBy: [{ year: 'desc' }, { code: 'asc' }] }),
  ]);
  return {
    phases: phases.map((p): Option => ({ id: p.id, label: p.name })),
    strategies: strategies.map((s): Option => ({ id: s.id, label: s.verified ? s.name : `${s.name} (ej verifierad)` })),
    departments: departments.map((d): Option => ({ id: d.id, label: d.name })),
    boardGoals: boardGoals.map((g): Option => ({
      id: g.id,
      label: `${g.code}${g.year ? ` (${g.year})` : ''} ${g.title}`,
    })),
  };
}

/** One activity of this organisation as the edit form needs it, or null. */
export async function activityForEdit(access: OrgAccess, activityId: string) {
  const organizationId = organizationFor(access, 'edit:activity');
  const db = await getDb();
  const row = await db.activity.findFirst({
    where: { id: activityId, plan: { organizationId } },
    include: { strategies: true, plan: { select: { id: true, title: true, strategySetId: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    plan: row.plan,
    removed: row.removedAt !== null,
    values: {
      goal: row.goal,
      title: row.title,
      phaseId: row.ubaraPhaseId,
      strategyIds: row.strategies.map((s) => s.strategyId),
      boardGoalId: row.boardGoalId ?? '',
      departmentId: row.departmentId ?? '',
      dueDate: row.dueDate ? formatDate(row.dueDate) : '',
      ownerText: row.ownerText,
      status: row.status as StoredStatus,
      indicator: row.indicator ?? '',
      indicatorTarget: row.indicatorTarget ?? '',
      indicatorOutcome: row.indicatorOutcome ?? '',
    },
  };
}
