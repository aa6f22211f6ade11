import 'server-only';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import { Prisma } from '../generated/prisma/client';
import { type FollowUpPeriodKey, periodLabel } from './periods';
import type { RegisterActivity } from './register-model';
import { displayStatus } from './status';

/**
 * The columns a register row shows. Names of phases, departments, board goals and strategies come from the lists
 * the page loads anyway, so a row costs no joins; strategies and the newest follow-up are one query each per page.
 */
export const ROW_SELECT = {
  id: true,
  version: true,
  goal: true,
  title: true,
  ubaraPhaseId: true,
  departmentId: true,
  boardGoalId: true,
  dueDate: true,
  ownerText: true,
  status: true,
  indicator: true,
  indicatorTarget: true,
  indicatorOutcome: true,
} satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof ROW_SELECT }>;
type Named = { id: string; name: string };

/** The page's rows as plain data, with their strategies and newest follow-up (two queries for the page). */
export async function toRows(
  rows: Row[],
  lists: {
    phases: readonly (Named & { key: string })[];
    planStrategies: readonly (Named & { sortOrder: number })[];
    departments: readonly Named[];
    boardGoals: readonly { id: string; code: string }[];
  },
  today: Date,
): Promise<RegisterActivity[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const ids = rows.map((r) => r.id);
  const [links, latest] = await Promise.all([
    db.activityStrategy.findMany({
      where: { activityId: { in: ids } },
      select: { activityId: true, strategyId: true },
    }),
    latestFollowUps(ids),
  ]);
  const strategyOf = new Map(lists.planStrategies.map((s) => [s.id, s]));
  // An activity may keep a strategy of another set (a plan from before sets were recorded): read those by name.
  const others = [...new Set(links.map((l) => l.strategyId).filter((id) => !strategyOf.has(id)))];
  if (others.length > 0)
    for (const s of await db.skrStrategy.findMany({
      where: { id: { in: others } },
      select: { id: true, name: true, sortOrder: true },
    }))
      strategyOf.set(s.id, s);
  const strategiesOf = new Map<string, { id: string; name: string; sortOrder: number }[]>();
  for (const l of links) {
    const s = strategyOf.get(l.strategyId);
    if (s) strategiesOf.set(l.activityId, [...(strategiesOf.get(l.activityId) ?? []), s]);
  }
  const phaseOf = new Map(lists.phases.map((p) => [p.id, p]));
  const departmentOf = new Map(lists.departments.map((d) => [d.id, d.name]));
  const boardGoalOf = new Map(lists.boardGoals.map((g) => [g.id, g.code]));
  return rows.map((row) => {
    const phase = phaseOf.get(row.ubaraPhaseId);
    const followUp = latest.get(row.id);
    return {
      id: row.id,
      version: row.version,
      goal: row.goal,
      title: row.title,
      phaseKey: phase?.key ?? '',
      phaseName: phase?.name ?? '',
      strategies: (strategiesOf.get(row.id) ?? [])
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => ({ id: s.id, name: s.name })),
      boardGoal: row.boardGoalId ? (boardGoalOf.get(row.boardGoalId) ?? null) : null,
      departmentId: row.departmentId,
      department: row.departmentId ? (departmentOf.get(row.departmentId) ?? null) : null,
      dueDate: row.dueDate ? formatDate(row.dueDate) : null,
      owner: row.ownerText,
      displayStatus: displayStatus(row, today),
      indicator: row.indicator
        ? { name: row.indicator, target: row.indicatorTarget, outcome: row.indicatorOutcome }
        : null,
      latestFollowUp: followUp ? { label: periodLabel(followUp), comment: followUp.comment } : null,
      removedAt: null,
    };
  });
}

/**
 * The newest follow-up of each activity (year, then period, then time), one row per activity: DISTINCT ON over
 * the index (activityId, year, period, createdAt) read backwards. Prisma's `take: 1` per relation would read
 * every follow-up of every row and keep one.
 */
async function latestFollowUps(activityIds: readonly string[]) {
  const db = await getDb();
  // Ordered by the enum (T1 < T2 < ANNUAL), not its text: f.period, not the output column.
  const rows = await db.$queryRaw<{ activityId: string; year: number; period: FollowUpPeriodKey; comment: string }[]>`
    SELECT DISTINCT ON (f."activityId") f."activityId", f.year, f.period::text AS period, f.comment
    FROM "FollowUp" f
    WHERE f."activityId" IN (${Prisma.join(activityIds)})
    ORDER BY f."activityId" DESC, f.year DESC, f.period DESC, f."createdAt" DESC`;
  return new Map(rows.map((r) => [r.activityId, r]));
}
