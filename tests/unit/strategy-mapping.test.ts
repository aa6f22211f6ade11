import { describe, expect, it } from 'vitest';
import { mapStrategiesToSet } from '@/lib/activities/strategy-mapping';

const setOf = new Map([
  ['a19', '2019'],
  ['b19', '2019'],
  ['c19', '2019'],
  ['x20', '2020'],
  ['p24', '2024'],
  ['q24', '2024'],
]);

describe('mapping strategies to a newer set', () => {
  it('keeps a strategy of the target set and follows mappings, one to several and several to one', () => {
    const mappings = [
      { fromId: 'a19', toId: 'p24' },
      { fromId: 'a19', toId: 'q24' },
      { fromId: 'b19', toId: 'p24' },
    ];
    expect(mapStrategiesToSet(['p24', 'a19', 'b19'], { setOf, mappings, targetSetId: '2024' })).toEqual({
      mapped: ['p24', 'q24'],
      unmapped: [],
    });
  });

  it('follows a chain through an intermediate set', () => {
    const mappings = [
      { fromId: 'a19', toId: 'x20' },
      { fromId: 'x20', toId: 'q24' },
    ];
    expect(mapStrategiesToSet(['a19'], { setOf, mappings, targetSetId: '2024' })).toEqual({
      mapped: ['q24'],
      unmapped: [],
    });
  });

  it('reports what reaches nothing, and stops on a cycle', () => {
    const mappings = [
      { fromId: 'a19', toId: 'b19' },
      { fromId: 'b19', toId: 'a19' },
    ];
    expect(mapStrategiesToSet(['a19', 'c19'], { setOf, mappings, targetSetId: '2024' })).toEqual({
      mapped: [],
      unmapped: ['a19', 'c19'],
    });
  });
});
