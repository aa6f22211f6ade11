/** The activity register as the seeds' tables read: filters and grouping by UBARA phase. Pure, client-safe. */
import { formatInteger } from '../format';
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

/** A removed activity as the register lists it (restorable by HR). */
export type RemovedActivity = { id: string; version: number; title: string; removedAt: string };

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

/** Rows per page of the register: a city plan holds a hundred activities or more, each row with HR's buttons. */
export const REGISTER_PAGE_SIZE = 50;

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

/** The filters' rules over plain rows; register.ts reads the same rules in SQL (the integration test compares). */
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

/** The requested page (?sida=), 1 when missing or not a positive whole number. */
export function parsePage(params: Params): number {
  const page = Number(one(params.sida));
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

export const hasFilters = (f: RegisterFilters) => Object.values(f).some((v) => v !== undefined);

/** The register's groups in order, each with the phases it holds (Rekrytera and Introducera as one if merged). */
export function phaseGroups(
  phases: readonly { id: string; key: string; name: string }[],
  mergeRecruitIntroduce: boolean,
): { key: string; name: string; phaseIds: string[] }[] {
  if (!mergeRecruitIntroduce) return phases.map((p) => ({ key: p.key, name: p.name, phaseIds: [p.id] }));
  const merged = phases.filter((p) => isRecruitIntro(p.key)).map((p) => p.id);
  return phases.flatMap((p) =>
    p.key === 'INTRODUCERA'
      ? []
      : p.key === 'REKRYTERA'
        ? [{ key: 'REKRYTERA_INTRODUCERA', name: 'Rekrytera och introducera', phaseIds: merged }]
        : [{ key: p.key, name: p.name, phaseIds: [p.id] }],
  );
}

/** The phases a phase filter selects (the merged key selects both), or undefined for no filter. */
export function phaseIdsOf(phases: readonly { id: string; key: string }[], phase: string | undefined) {
  if (!phase) return undefined;
  return phases
    .filter((p) => p.key === phase || (phase === 'REKRYTERA_INTRODUCERA' && isRecruitIntro(p.key)))
    .map((p) => p.id);
}

export type PageSlice = { phaseIds: string[]; skip: number; take: number };

/**
 * Which rows of which groups one page holds, given each group's number of matching rows: the register reads in
 * group order, so a page is a window over the groups laid end to end, and each group it touches is one bounded
 * query (skip/take in the plan's order).
 */
export function pageSlices(
  groups: readonly { phaseIds: string[]; count: number }[],
  page: number,
  pageSize: number,
): PageSlice[] {
  const from = (page - 1) * pageSize;
  const to = from + pageSize;
  const slices: PageSlice[] = [];
  let start = 0;
  for (const g of groups) {
    const end = start + g.count;
    if (g.count > 0 && end > from && start < to) {
      const skip = Math.max(0, from - start);
      slices.push({ phaseIds: g.phaseIds, skip, take: Math.min(end, to) - start - skip });
    }
    start = end;
  }
  return slices;
}

export const pageCountOf = (matching: number, pageSize: number) => Math.max(1, Math.ceil(matching / pageSize));

/**
 * The register's status line: "Visar 3 av 12 aktiviteter." when one page holds every match, else the rows of the
 * page, e.g. "Visar 51–100 av 120 aktiviteter." or "Visar aktivitet 101 av 101." (with "som matchar filtret,
 * av 160" when filtered).
 */
export function shownSummary(r: {
  total: number;
  matching: number;
  page: number;
  pageCount: number;
  pageSize: number;
}) {
  if (r.pageCount <= 1) return `Visar ${formatInteger(r.matching)} av ${formatInteger(r.total)} aktiviteter.`;
  const from = (r.page - 1) * r.pageSize + 1;
  const to = Math.min(r.page * r.pageSize, r.matching);
  // A last page of one row names that row ("aktivitet 101 av 101"), not a range of one.
  const rows =
    from === to
      ? `aktivitet ${formatInteger(from)} av ${formatInteger(r.matching)}`
      : `${formatInteger(from)}–${formatInteger(to)} av ${formatInteger(r.matching)} aktiviteter`;
  return r.matching === r.total ? `Visar ${rows}.` : `Visar ${rows} som matchar filtret, av ${formatInteger(r.total)}.`;
}

/** The register's address for a plan, its filters and a page (the page links keep the filters). */
export function registerQuery(planId: string, f: RegisterFilters, page = 1): string {
  const params = new URLSearchParams({ plan: planId });
  const fields: [string, string | undefined][] = [
    ['fas', f.phase],
    ['strategi', f.strategy],
    ['avdelning', f.department],
    ['status', f.status],
    ['ansvarig', f.owner],
  ];
  for (const [key, value] of fields) if (value) params.set(key, value);
  if (page > 1) params.set('sida', String(page));
  return params.toString();
}
