import 'server-only';
import type { Tx } from '../auth/guard';
import { formatDate } from '../format';
import { periodLabel } from './periods';
import { STATUS_LABELS, isFinished } from './status';

/** A row of "Uppföljning av tidigare aktiviteter" (the table of seed 003), pre-filled from last year's follow-ups. */
export type CarriedRow = {
  activityId: string;
  goal: string;
  title: string;
  dueDate: string | null;
  owner: string;
  status: string;
  followUp: string | null;
  /** Unfinished: copied into the new plan. */
  carriedOver: boolean;
};

/**
 * Inside the caller's transaction: copies the unfinished, not removed activities of `fromPlanId` into `toPlanId`
 * with their strategies and their follow-up history (the history is append-only, so it is copied, not moved), and
 * returns the rows that pre-fill "Uppföljning av tidigare aktiviteter". Strategies are kept as they are: mapping
 * between strategy sets is not built yet (see the report).
 */
export async function carryOverActivities(
  tx: Tx,
  { fromPlanId, toPlanId, userId }: { fromPlanId: string; toPlanId: string; userId: string },
): Promise<CarriedRow[]> {
  const from = await tx.activity.findMany({
    where: { planId: fromPlanId, removedAt: null },
    include: { strategies: true, followUps: { orderBy: { createdAt: 'asc' } } },
    orderBy: { sortOrder: 'asc' },
  });
  const last = await tx.activity.aggregate({ where: { planId: toPlanId }, _max: { sortOrder: true } });
  let sortOrder = last._max.sortOrder ?? 0;
  const rows: CarriedRow[] = [];
  for (const a of from) {
    const latest = a.followUps.at(-1);
    rows.push({
      activityId: a.id,
      goal: a.goal,
      title: a.title,
      dueDate: a.dueDate ? formatDate(a.dueDate) : null,
      owner: a.ownerText,
      status: STATUS_LABELS[a.status],
      followUp: latest ? `${periodLabel(latest)}: ${latest.comment}` : null,
      carriedOver: !isFinished(a.status),
    });
    if (isFinished(a.status)) continue;
    sortOrder += 1;
    await tx.activity.create({
      data: {
        planId: toPlanId,
        boardGoalId: a.boardGoalId,
        departmentId: a.departmentId,
        ubaraPhaseId: a.ubaraPhaseId,
        goal: a.goal,
        title: a.title,
        dueDate: a.dueDate,
        ownerText: a.ownerText,
        ownerUserId: a.ownerUserId,
        status: a.status,
        indicator: a.indicator,
        indicatorTarget: a.indicatorTarget,
        indicatorOutcome: a.indicatorOutcome,
        sortOrder,
        strategies: { create: a.strategies.map((s) => ({ strategyId: s.strategyId })) },
        followUps: {
          create: a.followUps.map((f) => ({
            year: f.year,
            period: f.period,
            status: f.status,
            comment: f.comment,
            authorId: f.authorId ?? userId,
            createdAt: f.createdAt,
          })),
        },
      },
    });
  }
  return rows;
}
