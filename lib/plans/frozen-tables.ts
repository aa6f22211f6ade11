/**
 * The plan's tables as frozen with a snapshot (samverkan, adoption), beside its sections: what the unions
 * reviewed must not change afterwards. Stored under `tables` in PlanSnapshot.content with a shape version, so
 * that gaps, risks and the forecast can join the activities later without breaking older snapshots. Pure.
 */
import { STATUS_LABELS, type StoredStatus } from '../activities/status';
import { formatDate } from '../format';
import type { Prisma } from '../generated/prisma/client';

export const FROZEN_TABLES_VERSION = 1;

export type FrozenActivity = {
  id: string;
  /** UBARA phase name. */
  phase: string;
  title: string;
  /** "Vad ska vi uppnå?" */
  goal: string;
  department: string | null;
  /** "Ansvarig" as written. */
  owner: string;
  /** ISO yyyy-mm-dd. */
  dueDate: string | null;
  status: StoredStatus;
  strategies: string[];
  indicator: string | null;
  indicatorTarget: string | null;
};

export type FrozenTables = {
  version: typeof FROZEN_TABLES_VERSION;
  activities: FrozenActivity[];
  // Later versions add gaps, risks and the forecast here, each optional for snapshots frozen without them.
};

/**
 * How the activities to freeze are read (the app's transition and the demo seed alike): not removed, in the
 * register's order with the UBARA phase first, with names rather than ids so a later rename changes nothing.
 */
export const FROZEN_ACTIVITIES_QUERY = {
  orderBy: [{ ubaraPhase: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
  include: {
    ubaraPhase: { select: { name: true } },
    department: { select: { name: true } },
    strategies: { include: { strategy: { select: { name: true, sortOrder: true } } } },
  },
} as const satisfies Prisma.ActivityFindManyArgs;

type ActivityRow = Prisma.ActivityGetPayload<{ include: (typeof FROZEN_ACTIVITIES_QUERY)['include'] }>;

export function frozenTables(activities: ActivityRow[]): FrozenTables {
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

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readActivity(raw: unknown): FrozenActivity | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Record<string, unknown>;
  const title = text(a.title);
  const status = text(a.status);
  if (title === null || !status || !(status in STATUS_LABELS)) return null;
  return {
    id: text(a.id) ?? '',
    phase: text(a.phase) ?? '',
    title,
    goal: text(a.goal) ?? '',
    department: text(a.department),
    owner: text(a.owner) ?? '',
    dueDate: text(a.dueDate),
    status: status as StoredStatus,
    strategies: Array.isArray(a.strategies) ? a.strategies.filter((s): s is string => typeof s === 'string') : [],
    indicator: text(a.indicator),
    indicatorTarget: text(a.indicatorTarget),
  };
}

/**
 * The frozen tables of a snapshot's content, or null for a snapshot frozen before tables were (then the
 * reader is told so rather than shown today's activities as if they were reviewed).
 */
export function readFrozenTables(content: unknown): FrozenTables | null {
  if (!content || typeof content !== 'object') return null;
  const tables = (content as { tables?: unknown }).tables;
  if (!tables || typeof tables !== 'object') return null;
  const { version, activities } = tables as { version?: unknown; activities?: unknown };
  if (typeof version !== 'number' || version < 1 || !Array.isArray(activities)) return null;
  return {
    version: FROZEN_TABLES_VERSION,
    activities: activities.map(readActivity).filter((a): a is FrozenActivity => a !== null),
  };
}
