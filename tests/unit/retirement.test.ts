import { describe, expect, it } from 'vitest';
import { retirementForecast } from '@/lib/statistics/retirement';

describe('retirement forecast 65–69', () => {
  it('reproduces seed 003: 16/15/32 turn 65 in 2025–2027, with 37 already over 65 the need is 100', () => {
    const forecast = retirementForecast(
      new Map([
        [2025, 16],
        [2026, 15],
        [2027, 32],
      ]),
      [2025, 2026, 2027],
      37,
    );
    expect(forecast.years.map((y) => y.atSixtyFive)).toEqual([16, 15, 32]);
    expect(forecast.highest).toBe(100);
    expect(forecast.alreadyEligible).toBe(37);
    // The 37 are not broken down by the year they turned 65, so "everyone works to 69" cannot be computed.
    expect(forecast.lowest).toBeNull();
    expect(forecast.years.map((y) => y.atSixtyNine)).toEqual([null, null, null]);
  });

  it('counts those turning 69 as the lower bound', () => {
    const turning65 = new Map([
      [2021, 5],
      [2022, 6],
      [2023, 7],
      [2025, 10],
    ]);
    const forecast = retirementForecast(turning65, [2025, 2026, 2027]);
    expect(forecast.years.map((y) => y.atSixtyNine)).toEqual([5, 6, 7]);
    expect(forecast.lowest).toBe(18);
    // 2021–2024 turned 65 before the horizon and may leave at any time.
    expect(forecast.alreadyEligible).toBe(18);
    expect(forecast.highest).toBe(28);
  });
});
