import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '@/lib/activities/coverage';

const phases = ['UTVECKLA', 'BEHALLA', 'REKRYTERA', 'INTRODUCERA'].map((key) => ({ key, name: key.toLowerCase() }));
const strategies = [
  { id: 's1', name: 'Friskfaktorer', verified: true },
  { id: 's2', name: 'Chefers förutsättningar', verified: false },
  { id: 's3', name: 'Rekrytera bredare', verified: true },
];
// The counts SQL returns for four activities: UTVECKLA [s1], UTVECKLA [s1, s3], INTRODUCERA [s3], REKRYTERA [s3].
const counts = [
  { strategyId: 's1', phaseKey: 'UTVECKLA', count: 2 },
  { strategyId: 's3', phaseKey: 'UTVECKLA', count: 1 },
  { strategyId: 's3', phaseKey: 'INTRODUCERA', count: 1 },
  { strategyId: 's3', phaseKey: 'REKRYTERA', count: 1 },
];

describe('SKR coverage matrix', () => {
  it('counts activities per strategy and phase, an activity in each of its strategies', () => {
    const { columns, rows } = coverageMatrix({
      strategies,
      phases,
      counts,
      focusStrategyIds: new Set(['s2']),
      mergeRecruitIntroduce: false,
    });
    expect(columns.map((c) => c.key)).toEqual(['UTVECKLA', 'BEHALLA', 'REKRYTERA', 'INTRODUCERA']);
    expect(rows.map((r) => [r.strategyId, r.cells.map((c) => c.count), r.total, r.focus])).toEqual([
      ['s1', [2, 0, 0, 0], 2, false],
      ['s2', [0, 0, 0, 0], 0, true],
      ['s3', [1, 0, 1, 1], 3, false],
    ]);
  });

  it('merges Rekrytera and Introducera into one column when the plan does', () => {
    const { columns, rows } = coverageMatrix({
      strategies,
      phases,
      counts,
      focusStrategyIds: new Set(),
      mergeRecruitIntroduce: true,
    });
    expect(columns.map((c) => c.name)).toEqual(['utveckla', 'behalla', 'Rekrytera och introducera']);
    expect(rows[2]!.cells.map((c) => c.count)).toEqual([1, 0, 2]);
  });
});
