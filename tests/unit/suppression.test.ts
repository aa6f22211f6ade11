import { describe, expect, it } from 'vitest';
import { isSmallCell, suppressGrid, suppressList } from '@/lib/statistics/suppression/rule';

describe('small-cell suppression', () => {
  it('hides 1–4 people and shows 0 and 5+', () => {
    expect([0, 1, 4, 5, 120].map(isSmallCell)).toEqual([false, true, true, false, false]);
  });

  it('hides a second cell so that a lone small cell cannot be derived from the total', () => {
    // Departures by reason: 3 "övrigt" with a known total of 136 would be 136 − the rest.
    expect(suppressList([80, 40, 13, 3])).toEqual([null, null, 'complementary', 'small']);
  });

  it('leaves a line alone when two cells are already hidden', () => {
    expect(suppressList([2, 3, 50])).toEqual(['small', 'small', null]);
  });

  it('hides a zero as the complement when it is the only other cell', () => {
    expect(suppressList([0, 4])).toEqual(['complementary', 'small']);
  });

  it('protects rows and columns of an age × gender table', () => {
    const people = [
      [30, 12], // -29
      [40, 3], //  30-39: 3 men
      [50, 20],
    ];
    const mask = suppressGrid(people);
    expect(mask[1]![1]).toBe('small');
    // Row 30-39 needs a second hidden cell (40 women) and column "men" needs one too (12, the smallest).
    expect(mask[1]![0]).toBe('complementary');
    expect(mask[0]![1]).toBe('complementary');
    // Every line now hides zero or at least two cells.
    const lines = [...mask, ...mask[0]!.map((_, c) => mask.map((row) => row[c]))];
    for (const line of lines) expect(line.filter((v) => v !== null).length).not.toBe(1);
  });

  it('hides nothing when every cell has five or more', () => {
    expect(
      suppressGrid([
        [5, 6],
        [7, 8],
      ])
        .flat()
        .every((v) => v === null),
    ).toBe(true);
  });
});
