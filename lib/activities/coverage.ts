/** SKR coverage: how many activities each strategy has in each UBARA phase. Pure, client-safe. */
/** How many activities hold a strategy in a phase (computed in SQL: lib/plans/activity-register.ts). */
export type CoverageCount = { strategyId: string; phaseKey: string; count: number };
export type CoverageColumn = { key: string; name: string };
export type CoverageRow = {
  strategyId: string;
  strategy: string;
  verified: boolean;
  focus: boolean;
  cells: { phaseKey: string; count: number }[];
  total: number;
};

const MERGED = { key: 'REKRYTERA_INTRODUCERA', name: 'Rekrytera och introducera' };

/**
 * One row per strategy of the plan's set, one column per phase (Rekrytera and Introducera as one when the plan
 * merges them). An activity with two strategies counts once in each; an activity has one phase, so a row's total
 * (the sum of its cells) counts activities.
 */
export function coverageMatrix(input: {
  strategies: readonly { id: string; name: string; verified: boolean }[];
  phases: readonly { key: string; name: string }[];
  counts: readonly CoverageCount[];
  focusStrategyIds: ReadonlySet<string>;
  mergeRecruitIntroduce: boolean;
}): { columns: CoverageColumn[]; rows: CoverageRow[] } {
  const column = (phaseKey: string) =>
    input.mergeRecruitIntroduce && (phaseKey === 'REKRYTERA' || phaseKey === 'INTRODUCERA') ? MERGED.key : phaseKey;
  const columns: CoverageColumn[] = [];
  for (const p of input.phases) {
    const key = column(p.key);
    if (!columns.some((c) => c.key === key)) columns.push(key === MERGED.key ? MERGED : { key, name: p.name });
  }
  const cells = new Map<string, number>();
  for (const c of input.counts) {
    const key = `${c.strategyId}|${column(c.phaseKey)}`;
    cells.set(key, (cells.get(key) ?? 0) + c.count);
  }
  const rows = input.strategies.map((s) => {
    const counts = columns.map((c) => ({ phaseKey: c.key, count: cells.get(`${s.id}|${c.key}`) ?? 0 }));
    return {
      strategyId: s.id,
      strategy: s.name,
      verified: s.verified,
      focus: input.focusStrategyIds.has(s.id),
      cells: counts,
      total: counts.reduce((sum, c) => sum + c.count, 0),
    };
  });
  return { columns, rows };
}
