import { describe, expect, it } from 'vitest';
import { type StatRow, aggregate, total } from '@/lib/statistics/dashboard/rows';

const row = (partial: Partial<StatRow> & { value: number }): StatRow => ({
  measure: 'headcount',
  year: 2024,
  tertial: null,
  department: null,
  occupation: null,
  employmentForm: null,
  gender: null,
  ageBand: null,
  category: null,
  subcategory: null,
  decimals: null,
  population: null,
  ...partial,
});

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
    expect(aggregate(rows, { measure: 'headcount' }, ['gender'])).toEqual(new Map([['woman', 752], ['man', 264]]));
    expect(aggregate(rows, { measure: 'headcount' }, ['ageBand', 'gender']).get('-29|woman')).toBe(100);
  });

  it('sums a fine-grained cube when no totals are stored', () => {
    const cube = [row({ gender: 'woman', ageBand: '-29', value: 3 }), row({ gender: 'woman', ageBand: '30-39', value: 4 })];
    expect(total(cube, {})).toBe(7);
    expect(aggregate(cube, {}, ['gender']).get('woman')).toBe(7);
  });
});
