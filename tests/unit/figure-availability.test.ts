import { describe, expect, it } from 'vitest';
import { figureAvailability, hasFigureData } from '@/lib/plans/figure-availability';

const row = (over: Partial<Parameters<typeof figureAvailability>[0][number]>) => ({
  measure: 'headcount',
  year: 2025,
  department: null,
  occupation: null,
  employmentForm: null,
  gender: null,
  ...over,
});

describe('"Infoga siffra" knows which choices have data', () => {
  const availability = figureAvailability([
    row({ department: 'Äldreomsorg', occupation: 'Undersköterska', employmentForm: 'permanent', gender: 'woman' }),
    row({ department: 'Äldreomsorg', occupation: 'Undersköterska', employmentForm: 'permanent', gender: 'woman' }),
    row({ measure: 'sickLeave', year: 2024 }),
  ]);

  it('finds a figure whose every chosen dimension is held by one combination', () => {
    expect(hasFigureData(availability, { measure: 'headcount', year: 2025, dimensions: {} })).toBe(true);
    expect(
      hasFigureData(availability, {
        measure: 'headcount',
        year: 2025,
        dimensions: { department: 'Äldreomsorg', gender: 'woman' },
      }),
    ).toBe(true);
    expect(hasFigureData(availability, { measure: 'sickLeave', year: 2024, dimensions: {} })).toBe(true);
    expect(availability['headcount|2025']).toHaveLength(1);
  });

  it('says when the statistics hold nothing: another year, department, or a combination never stated', () => {
    expect(hasFigureData(availability, { measure: 'sickLeave', year: 2025, dimensions: {} })).toBe(false);
    expect(
      hasFigureData(availability, { measure: 'headcount', year: 2025, dimensions: { department: 'Förskola' } }),
    ).toBe(false);
    expect(
      hasFigureData(availability, {
        measure: 'headcount',
        year: 2025,
        dimensions: { department: 'Äldreomsorg', gender: 'man' },
      }),
    ).toBe(false);
    expect(hasFigureData(availability, { measure: 'turnover', year: 2025, dimensions: {} })).toBe(false);
  });
});
