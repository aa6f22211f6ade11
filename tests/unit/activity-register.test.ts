import { describe, expect, it } from 'vitest';
import {
  type RegisterActivity,
  WHOLE_ORGANIZATION,
  filterActivities,
  groupByPhase,
  parseFilters,
} from '@/lib/activities/register-model';

const row = (id: string, phaseKey: string, extra: Partial<RegisterActivity> = {}): RegisterActivity => ({
  id,
  version: 1,
  goal: 'Mål',
  title: id,
  phaseKey,
  phaseName: phaseKey,
  strategies: [],
  boardGoal: null,
  departmentId: null,
  department: null,
  dueDate: null,
  owner: 'Respektive chef',
  displayStatus: 'IN_PROGRESS',
  indicator: null,
  latestFollowUp: null,
  removedAt: null,
  ...extra,
});

const PHASES = ['UTVECKLA', 'BEHALLA', 'ATTRAHERA', 'REKRYTERA', 'INTRODUCERA', 'AVSLUTA'].map((key) => ({
  key,
  name: key[0] + key.slice(1).toLowerCase(),
}));

describe('grouping the register by UBARA phase', () => {
  const rows = [row('a', 'INTRODUCERA'), row('b', 'UTVECKLA'), row('c', 'REKRYTERA')];

  it('follows the phases’ order and leaves out empty phases', () => {
    expect(groupByPhase(rows, PHASES, false).map((g) => [g.key, g.activities.map((a) => a.id)])).toEqual([
      ['UTVECKLA', ['b']],
      ['REKRYTERA', ['c']],
      ['INTRODUCERA', ['a']],
    ]);
  });

  it('merges Rekrytera and Introducera when the plan does', () => {
    const groups = groupByPhase(rows, PHASES, true);
    expect(groups.map((g) => g.name)).toEqual(['Utveckla', 'Rekrytera och introducera']);
    expect(groups[1]!.activities.map((a) => a.id)).toEqual(['a', 'c']);
  });
});

describe('filtering the register', () => {
  const rows = [
    row('a', 'UTVECKLA', { departmentId: 'd1', strategies: [{ id: 's1', name: 'S1' }], owner: 'HR-avdelningen' }),
    row('b', 'BEHALLA', { displayStatus: 'OVERDUE' }),
    row('c', 'INTRODUCERA', { departmentId: 'd2' }),
  ];
  const ids = (f: Parameters<typeof filterActivities>[1]) => filterActivities(rows, f).map((a) => a.id);

  it('by phase, strategy, department (or the whole förvaltning), status and owner', () => {
    expect(ids({ phase: 'BEHALLA' })).toEqual(['b']);
    expect(ids({ phase: 'REKRYTERA_INTRODUCERA' })).toEqual(['c']);
    expect(ids({ strategy: 's1' })).toEqual(['a']);
    expect(ids({ department: 'd2' })).toEqual(['c']);
    expect(ids({ department: WHOLE_ORGANIZATION })).toEqual(['b']);
    expect(ids({ status: 'OVERDUE' })).toEqual(['b']);
    expect(ids({ owner: 'hr-avd' })).toEqual(['a']);
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('reads filters from the address and ignores an unknown status', () => {
    expect(parseFilters({ fas: 'BEHALLA', status: 'OKÄND', ansvarig: ' chef ', strategi: ['s1', 's2'] })).toEqual({
      phase: 'BEHALLA',
      strategy: 's1',
      department: undefined,
      status: undefined,
      owner: 'chef',
    });
  });
});
