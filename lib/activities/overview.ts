import 'server-only';
import { organizationFor } from '../auth/data-access';
import { type Tx, defineAction } from '../auth/guard';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import { type OverviewRow, followUpOverview } from './overview-model';
import { type FollowUpPeriodRef, defaultDeadline, periodLabel, reportingPeriod } from './periods';
import { findActivePlan } from './queries';
import { deadlineSchema } from './schemas';

export type Overview = {
  period: FollowUpPeriodRef;
  planTitle: string | null;
  deadline: Date;
  deadlineSetByHr: boolean;
  rows: OverviewRow[];
};

/** The reporting period's follow-up per department, against the deadline HR set (or the default one). */
export async function loadOverview(access: OrgAccess, today: Date = new Date()): Promise<Overview> {
  return (await readOverview(access, today)).overview;
}

/**
 * The overview and the activities it counts, with what the follow-up report (.xlsx) lists of each: phase,
 * strategies and who wrote each follow-up.
 */
export async function readOverview(access: OrgAccess, today: Date) {
  const organizationId = organizationFor(access, 'edit:activity');
  const period = reportingPeriod(today);
  const db = await getDb();
  const set = await db.followUpDeadline.findUnique({
    where: { organizationId_year_period: { organizationId, ...period } },
  });
  const deadline = set?.dueDate ?? defaultDeadline(period);
  const plan = await findActivePlan(access);
  const base = { period, planTitle: plan?.title ?? null, deadline, deadlineSetByHr: Boolean(set) };
  if (!plan) return { overview: { ...base, rows: [] }, activities: [], planId: null };
  const activities = (
    await db.activity.findMany({
      where: { planId: plan.id, removedAt: null },
      include: {
        department: { select: { name: true, sortOrder: true } },
        ubaraPhase: { select: { name: true } },
        strategies: { include: { strategy: { select: { name: true, sortOrder: true } } } },
        followUps: { include: { author: { select: { name: true } } } },
      },
      orderBy: [{ department: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
    })
  ).map((a) => ({
    ...a,
    department: a.department?.name ?? null,
    phase: a.ubaraPhase.name,
    strategyNames: [...a.strategies]
      .sort((x, y) => x.strategy.sortOrder - y.strategy.sortOrder)
      .map((s) => s.strategy.name),
    followUps: a.followUps.map((f) => ({ ...f, authorName: f.author?.name ?? null })),
  }));
  const rows = followUpOverview(activities, period, deadline);
  return { overview: { ...base, rows }, activities, planId: plan.id };
}

async function upsertDeadline(tx: Tx, organizationId: string, userId: string, ref: FollowUpPeriodRef, dueDate: Date) {
  const before = await tx.followUpDeadline.findUnique({
    where: { organizationId_year_period: { organizationId, ...ref } },
  });
  const saved = await tx.followUpDeadline.upsert({
    where: { organizationId_year_period: { organizationId, ...ref } },
    create: { organizationId, ...ref, dueDate, updatedById: userId },
    update: { dueDate, updatedById: userId },
  });
  return { before, saved };
}

/** HR sets when the managers' follow-up of a period is due. */
export const setDeadlineAction = defineAction({
  name: 'activity.follow-up-deadline',
  schema: deadlineSchema,
  permission: 'edit:activity',
  run: async ({ tx, input, context }) => {
    const ref = { year: input.year, period: input.period };
    const { before, saved } = await upsertDeadline(tx, context.org.id, context.viewer.id, ref, input.dueDate);
    const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
    return {
      ok: true,
      data: { message: `Sista dag för ${periodLabel(ref).toLowerCase()} är ${day(saved.dueDate)}.` },
      audit: {
        entityType: 'FollowUpDeadline',
        entityId: saved.id,
        details: { before: day(before?.dueDate), after: day(saved.dueDate) },
      },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});
