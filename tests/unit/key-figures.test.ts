import { describe, expect, it } from 'vitest';
import { retirementYears, weightedShare } from '@/lib/statistics/key-figures';

describe('key figures', () => {
  it('weights an overall share by the people behind each part (seed 003: 98,4 % of 752 women, 96,9 % of 264 men)', () => {
    const share = weightedShare([
      { value: 98.4, population: 752 },
      { value: 96.9, population: 264 },
    ]);
    expect(share).toBeCloseTo((98.4 * 752 + 96.9 * 264) / 1016, 10);
    expect(share!.toFixed(1)).toBe('98.0');
  });

  it('ignores parts with no stated population and returns null when nothing is left', () => {
    expect(weightedShare([{ value: 50, population: null }])).toBeNull();
    expect(weightedShare([])).toBeNull();
  });

  it('lists the three forecast years after the statistics year (seed 003: 2025–2027)', () => {
    expect(retirementYears(2025)).toEqual(['2025', '2026', '2027']);
  });
});
