/** SKR coverage: how many activities each strategy has in each UBARA phase. Pure, client-safe. */
import type { RegisterActivity } from './register-model';

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
 * merges them). An activity with two strategies counts once in each; a row's total counts activities, not cells.
 */
export function coverageMatrix(input: {
  strategies: readonly { id: string; name: string; verified: boolean }[];
  phases: readonly { key: string; name: string }[];
  activities: readonly Pick<RegisterActivity, 'phaseKey' | 'strategies'>[];
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
  const rows = input.strategies.map((s) => {
    const mine = input.activities.filter((a) => a.strategies.some((x) => x.id === s.id));
    return {
      strategyId: s.id,
      strategy: s.name,
      verified: s.verified,
      focus: input.focusStrategyIds.has(s.id),
      cells: columns.map((c) => ({ phaseKey: c.key, count: mine.filter((a) => column(a.phaseKey) === c.key).length })),
      total: mine.length,
    };
  });
  return { columns, rows };
}
