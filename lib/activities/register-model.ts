/** The activity register as the seeds' tables read: filters and grouping by UBARA phase. Pure, client-safe. */
import { type DisplayStatus, DISPLAY_STATUSES } from './status';

/** Plain data for one row (dates as ISO days) — what the register and the plan page render. */
export type RegisterActivity = {
  id: string;
  version: number;
  goal: string;
  title: string;
  phaseKey: string;
  phaseName: string;
  strategies: { id: string; name: string }[];
  boardGoal: string | null;
  departmentId: string | null;
  department: string | null;
  dueDate: string | null;
  owner: string;
  displayStatus: DisplayStatus;
  indicator: { name: string; target: string | null; outcome: string | null } | null;
  latestFollowUp: { label: string; comment: string } | null;
  removedAt: string | null;
};

export type RegisterFilters = {
  phase?: string;
  strategy?: string;
  /** A department id, or WHOLE_ORGANIZATION for activities of the whole förvaltning. */
  department?: string;
  status?: DisplayStatus;
  owner?: string;
};

export const WHOLE_ORGANIZATION = 'hela';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** Reads the register's filters from the address (?fas=&strategi=&avdelning=&status=&ansvarig=). */
export function parseFilters(params: Params): RegisterFilters {
  const status = one(params.status);
  return {
    phase: one(params.fas),
    strategy: one(params.strategi),
    department: one(params.avdelning),
    status: DISPLAY_STATUSES.includes(status as DisplayStatus) ? (status as DisplayStatus) : undefined,
    owner: one(params.ansvarig)?.slice(0, 100),
  };
}

export function filterActivities(items: readonly RegisterActivity[], f: RegisterFilters): RegisterActivity[] {
  const owner = f.owner?.toLocaleLowerCase('sv');
  return items.filter(
    (a) =>
      (!f.phase || a.phaseKey === f.phase || (f.phase === 'REKRYTERA_INTRODUCERA' && isRecruitIntro(a.phaseKey))) &&
      (!f.strategy || a.strategies.some((s) => s.id === f.strategy)) &&
      (!f.department ||
        (f.department === WHOLE_ORGANIZATION ? a.departmentId === null : a.departmentId === f.department)) &&
      (!f.status || a.displayStatus === f.status) &&
      (!owner || a.owner.toLocaleLowerCase('sv').includes(owner)),
  );
}

const isRecruitIntro = (key: string) => key === 'REKRYTERA' || key === 'INTRODUCERA';

export type PhaseGroup = { key: string; name: string; activities: RegisterActivity[] };

/**
 * Groups rows under their UBARA phase in the phases' order, leaving out empty phases. A plan that merges
 * Rekrytera and Introducera (as seed 001 does) gets one group "Rekrytera och introducera".
 */
export function groupByPhase(
  items: readonly RegisterActivity[],
  phases: readonly { key: string; name: string }[],
  mergeRecruitIntroduce: boolean,
): PhaseGroup[] {
  const groups: PhaseGroup[] = [];
  for (const phase of phases) {
    if (mergeRecruitIntroduce && phase.key === 'INTRODUCERA') continue;
    const merged = mergeRecruitIntroduce && phase.key === 'REKRYTERA';
    const activities = items.filter((a) => (merged ? isRecruitIntro(a.phaseKey) : a.phaseKey === phase.key));
    if (activities.length === 0) continue;
    groups.push({
      key: merged ? 'REKRYTERA_INTRODUCERA' : phase.key,
      name: merged ? 'Rekrytera och introducera' : phase.name,
      activities,
    });
  }
  return groups;
}
