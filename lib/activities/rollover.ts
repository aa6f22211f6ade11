import 'server-only';
import type { Tx } from '../auth/guard';
import { formatDate } from '../format';
import { periodLabel } from './periods';
import { STATUS_LABELS, isFinished } from './status';
import { mapStrategiesToSet } from './strategy-mapping';

/** Maps strategy ids onto one set with the administrators' current mappings (one query each, small tables). */
export async function strategyMapper(tx: Tx, targetSetId: string) {
  const [strategies, mappings] = await Promise.all([
    tx.skrStrategy.findMany({ select: { id: true, setId: true } }),
    tx.skrStrategyMapping.findMany({ select: { fromId: true, toId: true } }),
  ]);
  const setOf = new Map(strategies.map((s) => [s.id, s.setId]));
  return (ids: readonly string[]) => mapStrategiesToSet(ids, { setOf, mappings, targetSetId });
}

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
  /** Strategies with no counterpart in the new plan's set (the administrators have not mapped them). */
  unmappedStrategies: number;
};

/**
 * Inside the caller's transaction: copies the unfinished, not removed activities of `fromPlanId` into `toPlanId`
 * with their strategies and their follow-up history (the history is append-only, so it is copied, not moved), each
 * linked to its source (`copiedFromId`: a follow-up written on the source later is mirrored, follow-up.ts), and
 * returns the rows that pre-fill "Uppföljning av tidigare aktiviteter". Strategies move onto the new plan's set
 * through the administrators' mapping (lib/activities/strategy-mapping.ts).
 */
export async function carryOverActivities(
  tx: Tx,
  {
    fromPlanId,
    toPlanId,
    userId,
    mapStrategies,
  }: {
    fromPlanId: string;
    toPlanId: string;
    userId: string;
    mapStrategies: (ids: readonly string[]) => { mapped: string[]; unmapped: string[] };
  },
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
    const strategies = mapStrategies(a.strategies.map((s) => s.strategyId));
    rows.push({
      activityId: a.id,
      goal: a.goal,
      title: a.title,
      dueDate: a.dueDate ? formatDate(a.dueDate) : null,
      owner: a.ownerText,
      status: STATUS_LABELS[a.status],
      followUp: latest ? `${periodLabel(latest)}: ${latest.comment}` : null,
      carriedOver: !isFinished(a.status),
      unmappedStrategies: isFinished(a.status) ? 0 : strategies.unmapped.length,
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
        copiedFromId: a.id,
        strategies: { create: strategies.mapped.map((strategyId) => ({ strategyId })) },
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
