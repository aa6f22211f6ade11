import { describe, expect, it } from 'vitest';
import { type StatRow, aggregate, total } from '@/lib/statistics/dashboard/rows';
import { statRow } from '../support/stat-rows';

const row = (partial: Partial<StatRow> & { value: number }): StatRow => statRow({ year: 2024, ...partial });

describe('aggregate without double counting', () => {
  const rows = [
    row({ value: 1016 }), // stated total
    row({ gender: 'woman', value: 752 }),
    row({ gender: 'man', value: 264 }),
    row({ gender: 'woman', ageBand: '-29', value: 100 }),
    row({ gender: 'woman', ageBand: '30-39', value: 652 }),
    row({ gender: 'man', ageBand: '-29', value: 264 }),
  ];

  it('takes the stated total rather than the sum of every row', () => {
    expect(total(rows, { measure: 'headcount', year: 2024 })).toBe(1016);
  });

  it('takes the coarsest rows that carry the requested breakdown', () => {
    expect(aggregate(rows, { measure: 'headcount' }, ['gender'])).toEqual(
      new Map([
        ['woman', 752],
        ['man', 264],
      ]),
    );
    expect(aggregate(rows, { measure: 'headcount' }, ['ageBand', 'gender']).get('-29|woman')).toBe(100);
  });

  it('sums a fine-grained cube when no totals are stored', () => {
    const cube = [
      row({ gender: 'woman', ageBand: '-29', value: 3 }),
      row({ gender: 'woman', ageBand: '30-39', value: 4 }),
    ];
    expect(total(cube, {})).toBe(7);
    expect(aggregate(cube, {}, ['gender']).get('woman')).toBe(7);
  });
});

describe('aggregate over rows of different shape', () => {
  it('counts departures with and without a destination (neither is the total of the other)', () => {
    const rows = [
      row({ measure: 'departures', category: 'retirement', occupation: 'a', value: 30 }),
      row({
        measure: 'departures',
        category: 'ownRequest',
        occupation: 'a',
        subcategory: 'externalEmployer',
        value: 70,
      }),
      row({
        measure: 'departures',
        category: 'ownRequest',
        occupation: 'a',
        subcategory: 'withinOrganization',
        value: 36,
      }),
    ];
    expect(aggregate(rows, { measure: 'departures' }, ['category'])).toEqual(
      new Map([
        ['retirement', 30],
        ['ownRequest', 106],
      ]),
    );
    expect(total(rows, { measure: 'departures' })).toBe(136);
  });

  it('says "no data" rather than zero', () => {
    expect(total([], { measure: 'departures' })).toBeNull();
    expect(aggregate([], {}, ['gender']).size).toBe(0);
  });

  it('leaves out a part only where its own total is stored', () => {
    const rows = [
      row({ department: 'A', gender: 'woman', value: 10 }),
      row({ department: 'A', gender: 'man', value: 5 }),
      row({ department: 'A', value: 15 }), // A's total
      row({ department: 'B', gender: 'woman', value: 7 }), // B has parts only
    ];
    expect(total(rows, {})).toBe(22);
    expect(aggregate(rows, {}, ['department'])).toEqual(
      new Map([
        ['A', 15],
        ['B', 7],
      ]),
    );
  });
});
