/**
 * The plan's tables as frozen with a snapshot (samverkan, adoption), beside its sections: what the unions
 * reviewed must not change afterwards. Stored under `tables` in PlanSnapshot.content with a shape version, so
 * that later tables join without breaking older snapshots: version 1 held the activities, version 2 adds the
 * competence gaps and the risk assessment (absent, not empty, in a version 1 snapshot). Pure.
 */
import { STATUS_LABELS, type StoredStatus } from '../activities/status';
import {
  GAP_PRIORITY_LABELS,
  GAP_STATUS_LABELS,
  type GapPriority,
  type RegisterStatus,
  compareGaps,
} from '../gaps/labels';
import { sortByScore } from '../risks/scoring';
import { formatDate } from '../format';
import type { Prisma } from '../generated/prisma/client';

export const FROZEN_TABLES_VERSION = 2;

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

export type FrozenGap = {
  id: string;
  area: string;
  description: string;
  /** Department names; empty = the whole förvaltning. */
  departments: string[];
  occupations: string[];
  priority: GapPriority;
  status: RegisterStatus;
  /** Titles of the activities that close it. */
  activities: string[];
  comments: { date: string; author: string; text: string }[];
};

export type FrozenRisk = {
  id: string;
  title: string;
  description: string;
  likelihood: number;
  consequence: number;
  owner: string;
  mitigation: string;
  status: RegisterStatus;
  /** Descriptions of the gaps and titles of the activities that mitigate it. */
  gaps: string[];
  activities: string[];
};

export type FrozenTables = {
  version: typeof FROZEN_TABLES_VERSION;
  activities: FrozenActivity[];
  /** Absent in snapshots frozen before gaps and risks were (version 1). */
  gaps?: FrozenGap[];
  /** In score order. */
  risks?: FrozenRisk[];
  // Later versions add the forecast here, optional for snapshots frozen without it.
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

const linkedActivities = {
  where: { activity: { removedAt: null } },
  include: { activity: { select: { title: true, sortOrder: true } } },
  orderBy: { activity: { sortOrder: 'asc' } },
} as const;

/** How the gaps to freeze are read: names, not ids, and the comment trail in date order. */
export const FROZEN_GAPS_QUERY = {
  orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
  include: {
    departments: { include: { department: { select: { name: true, sortOrder: true } } } },
    occupations: { include: { occupation: { select: { name: true } } } },
    activities: linkedActivities,
    comments: { orderBy: { createdAt: 'asc' } },
  },
} as const satisfies Prisma.CompetenceGapFindManyArgs;

export const FROZEN_RISKS_QUERY = {
  orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
  include: {
    gaps: { include: { gap: { select: { description: true, sortOrder: true } } } },
    activities: linkedActivities,
  },
} as const satisfies Prisma.RiskFindManyArgs;

type GapRow = Prisma.CompetenceGapGetPayload<{ include: (typeof FROZEN_GAPS_QUERY)['include'] }>;
type RiskRow = Prisma.RiskGetPayload<{ include: (typeof FROZEN_RISKS_QUERY)['include'] }>;

function frozenGap(g: GapRow): FrozenGap {
  return {
    id: g.id,
    area: g.area,
    description: g.description,
    departments: g.departments
      .map((d) => d.department)
      .sort((x, y) => x.sortOrder - y.sortOrder || x.name.localeCompare(y.name, 'sv'))
      .map((d) => d.name),
    occupations: g.occupations.map((o) => o.occupation.name).sort((x, y) => x.localeCompare(y, 'sv')),
    priority: g.priority,
    status: g.status,
    activities: g.activities.map((a) => a.activity.title),
    comments: g.comments.map((c) => ({ date: formatDate(c.createdAt), author: c.authorName, text: c.text })),
  };
}

function frozenRisk(r: RiskRow): FrozenRisk {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    likelihood: r.likelihood,
    consequence: r.consequence,
    owner: r.ownerText,
    mitigation: r.mitigation,
    status: r.status,
    gaps: r.gaps
      .map((g) => g.gap)
      .sort((x, y) => x.sortOrder - y.sortOrder)
      .map((g) => g.description),
    activities: r.activities.map((a) => a.activity.title),
  };
}

export function frozenTables(activities: ActivityRow[], gaps: GapRow[] = [], risks: RiskRow[] = []): FrozenTables {
  return {
    version: FROZEN_TABLES_VERSION,
    gaps: [...gaps].sort(compareGaps).map(frozenGap),
    risks: sortByScore(risks).map(frozenRisk),
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

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
const oneOf = <T extends string>(labels: Record<T, string>, value: unknown, fallback: T): T =>
  typeof value === 'string' && value in labels ? (value as T) : fallback;
const step = (value: unknown) => (typeof value === 'number' && value >= 1 && value <= 4 ? Math.round(value) : null);

function readGap(raw: unknown): FrozenGap | null {
  if (!raw || typeof raw !== 'object') return null;
  const g = raw as Record<string, unknown>;
  const description = text(g.description);
  if (description === null) return null;
  return {
    id: text(g.id) ?? '',
    area: text(g.area) ?? '',
    description,
    departments: texts(g.departments),
    occupations: texts(g.occupations),
    priority: oneOf(GAP_PRIORITY_LABELS, g.priority, 'MEDIUM'),
    status: oneOf(GAP_STATUS_LABELS, g.status, 'OPEN'),
    activities: texts(g.activities),
    comments: (Array.isArray(g.comments) ? g.comments : []).flatMap((c) => {
      const entry = (c ?? {}) as Record<string, unknown>;
      const body = text(entry.text);
      return body === null ? [] : [{ date: text(entry.date) ?? '', author: text(entry.author) ?? '', text: body }];
    }),
  };
}

function readRisk(raw: unknown): FrozenRisk | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const title = text(r.title);
  const likelihood = step(r.likelihood);
  const consequence = step(r.consequence);
  if (title === null || likelihood === null || consequence === null) return null;
  return {
    id: text(r.id) ?? '',
    title,
    description: text(r.description) ?? '',
    likelihood,
    consequence,
    owner: text(r.owner) ?? '',
    mitigation: text(r.mitigation) ?? '',
    status: oneOf(GAP_STATUS_LABELS, r.status, 'OPEN'),
    gaps: texts(r.gaps),
    activities: texts(r.activities),
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
  const { version, activities, gaps, risks } = tables as Record<string, unknown>;
  if (typeof version !== 'number' || version < 1 || !Array.isArray(activities)) return null;
  return {
    version: FROZEN_TABLES_VERSION,
    activities: activities.map(readActivity).filter((a): a is FrozenActivity => a !== null),
    // A version 1 snapshot has neither: the reader is told so, not shown an empty register.
    ...(Array.isArray(gaps) ? { gaps: gaps.map(readGap).filter((g): g is FrozenGap => g !== null) } : {}),
    ...(Array.isArray(risks) ? { risks: risks.map(readRisk).filter((r): r is FrozenRisk => r !== null) } : {}),
  };
}
