import { describe, expect, it } from 'vitest';
import {
  type RegisterActivity,
  WHOLE_ORGANIZATION,
  filterActivities,
  groupByPhase,
  pageSlices,
  parseFilters,
  parsePage,
  phaseGroups,
  registerQuery,
  shownSummary,
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

describe('paging the register', () => {
  const groups = [
    { phaseIds: ['u'], count: 3 },
    { phaseIds: ['b'], count: 0 },
    { phaseIds: ['r', 'i'], count: 4 },
  ];

  it('lays the groups end to end and cuts one bounded slice per group a page touches', () => {
    expect(pageSlices(groups, 1, 2)).toEqual([{ phaseIds: ['u'], skip: 0, take: 2 }]);
    expect(pageSlices(groups, 2, 2)).toEqual([
      { phaseIds: ['u'], skip: 2, take: 1 },
      { phaseIds: ['r', 'i'], skip: 0, take: 1 },
    ]);
    expect(pageSlices(groups, 4, 2)).toEqual([{ phaseIds: ['r', 'i'], skip: 3, take: 1 }]);
    expect(pageSlices(groups, 5, 2)).toEqual([]);
    expect(pageSlices(groups, 1, 50)).toEqual([
      { phaseIds: ['u'], skip: 0, take: 3 },
      { phaseIds: ['r', 'i'], skip: 0, take: 4 },
    ]);
  });

  it('merges the phases of Rekrytera and Introducera into one group when the plan does', () => {
    const phases = PHASES.map((p) => ({ ...p, id: p.key.toLowerCase() }));
    expect(phaseGroups(phases, true).map((g) => [g.key, g.phaseIds])).toEqual([
      ['UTVECKLA', ['utveckla']],
      ['BEHALLA', ['behalla']],
      ['ATTRAHERA', ['attrahera']],
      ['REKRYTERA_INTRODUCERA', ['rekrytera', 'introducera']],
      ['AVSLUTA', ['avsluta']],
    ]);
    expect(phaseGroups(phases, false)).toHaveLength(6);
  });

  it('reads the page from ?sida= and says which rows are shown', () => {
    expect([parsePage({ sida: '3' }), parsePage({}), parsePage({ sida: '-1' }), parsePage({ sida: '2x' })]).toEqual([
      3, 1, 1, 1,
    ]);
    const at = (page: number, matching: number, total: number) =>
      shownSummary({ page, matching, total, pageSize: 50, pageCount: Math.max(1, Math.ceil(matching / 50)) });
    expect(at(1, 3, 12)).toBe('Visar 3 av 12 aktiviteter.');
    expect(registerQuery('p1', { phase: 'BEHALLA', owner: 'HR chef' }, 2)).toBe(
      'plan=p1&fas=BEHALLA&ansvarig=HR+chef&sida=2',
    );
    expect(registerQuery('p1', {}, 1)).toBe('plan=p1');
    expect(at(3, 120, 120)).toBe('Visar 101–120 av 120 aktiviteter.');
    expect(at(3, 101, 101)).toBe('Visar aktivitet 101 av 101.');
    expect(at(3, 101, 130).replace(/\s/g, ' ')).toBe('Visar aktivitet 101 av 101 som matchar filtret, av 130.');
    expect(at(2, 1016, 1200).replace(/\s/g, ' ')).toBe(
      'Visar 51–100 av 1 016 aktiviteter som matchar filtret, av 1 200.',
    );
  });
});
