import 'server-only';
import type { Tx } from '../auth/guard';
import { formatDate } from '../format';
import { FROZEN_TABLES_VERSION, type FrozenTables } from './frozen-tables';

/**
 * The plan's tables as they read now, for a snapshot: its activities (not removed) in the register's order,
 * UBARA phase first, with names rather than ids so that a later rename does not change what was reviewed.
 */
export async function freezeTables(tx: Tx, planId: string): Promise<FrozenTables> {
  const activities = await tx.activity.findMany({
    where: { planId, removedAt: null },
    orderBy: [{ ubaraPhase: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: {
      ubaraPhase: { select: { name: true } },
      department: { select: { name: true } },
      strategies: { include: { strategy: { select: { name: true, sortOrder: true } } } },
    },
  });
  return {
    version: FROZEN_TABLES_VERSION,
    activities: activities.map((a) => ({
      id: a.id,
      phase: a.ubaraPhase.name,
      title: a.title,
      goal: a.goal,
      department: a.department?.name ?? null,
      owner: a.ownerText,
      dueDate: a.dueDate ? formatDate(a.dueDate) : null,
      status: a.status,
      strategies: a.strategies
        .map((s) => s.strategy)
        .sort((x, y) => x.sortOrder - y.sortOrder)
        .map((s) => s.name),
      indicator: a.indicator,
      indicatorTarget: a.indicatorTarget,
    })),
  };
}
