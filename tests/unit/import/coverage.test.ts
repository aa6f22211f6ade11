import { describe, expect, it } from 'vitest';
import type { StatRow } from '@/lib/statistics/dashboard/rows';
import { compareCoverage } from '@/lib/statistics/import/coverage';
import { statRow } from '../../support/stat-rows';

const row = (year: number, department: string | null, value: number, extra: Partial<StatRow> = {}): StatRow =>
  statRow({ year, department, value, ...extra });
const years = (previousYear: number | null, newestYear: number | null) =>
  new Map([['headcount', { previousYear, newestYear }]]);

describe('what an import covers against the previous year', () => {
  it('counts a stated total once and says nothing when the file is as complete as last year', () => {
    const lastYear = [row(2025, 'A', 10), row(2025, 'B', 12), row(2025, null, 22)];
    const file = [row(2026, 'A', 11), row(2026, 'B', 12)];
    const coverage = compareCoverage(file, { rows: lastYear, years: years(2025, 2025) });
    expect(coverage.measures[0]).toMatchObject({
      file: { departments: ['A', 'B'], figures: 2, total: 23 },
      previous: { departments: ['A', 'B'], figures: 3, total: 22 },
      becomesNewest: true,
    });
    expect(coverage.warnings).toEqual([]);
  });

  it('warns on a total below half of last year, even with every department, and not without a previous year', () => {
    const lastYear = [row(2025, 'A', 100), row(2025, 'B', 100)];
    const file = [row(2026, 'A', 40), row(2026, 'B', 40)];
    const [warning] = compareCoverage(file, { rows: lastYear, years: years(2025, 2025) }).warnings;
    expect(warning).toMatch(/^Antal anställda 2026: filen täcker mindre än förra året – totalt 80 mot 200 år 2025\./);
    expect(compareCoverage(file, { rows: [], years: years(null, null) }).warnings).toEqual([]);
  });

  it('does not call an older year the new headline', () => {
    const lastYear = Array.from({ length: 10 }, (_, i) => row(2023, `Avdelning ${i + 1}`, 10));
    const [warning] = compareCoverage([row(2024, 'Avdelning 1', 10)], {
      rows: lastYear,
      years: years(2023, 2025),
    }).warnings;
    expect(warning).toContain('1 avdelning mot 10 år 2023 (saknas: Avdelning 10, Avdelning 2');
    expect(warning).toContain('och 1 till');
    expect(warning).not.toContain('nyckeltal');
  });
});
