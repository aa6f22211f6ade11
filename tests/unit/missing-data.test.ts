/**
 * Missing data is never shown as 0 or as another year's data (issue 6, item 15), and the start page and the
 * dashboards pick each measure's year by one rule.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardInput } from '@/lib/statistics/dashboard';
import type { StatRow } from '@/lib/statistics/dashboard/rows';
import { newestYearByMeasure, yearFor, yearsWithData } from '@/lib/statistics/default-year';
import { statRow } from '../support/stat-rows';

const row = (over: Partial<StatRow>): StatRow => statRow({ year: 2024, ...over });

const rows: StatRow[] = [
  // 2024: permanent staff by gender and age band, and a retirement forecast
  row({ employmentForm: 'permanent', gender: 'woman', ageBand: '60-64', value: 30 }),
  row({ employmentForm: 'permanent', gender: 'man', ageBand: '30-39', value: 20 }),
  row({ employmentForm: 'fixedTerm', gender: 'woman', ageBand: '30-39', value: 9 }),
  row({ measure: 'retirements', department: 'Äldreomsorg', category: '2025', value: 6 }),
  // 2025: only a permanent headcount without age bands or gender, and no retirement forecast
  row({ year: 2025, employmentForm: 'permanent', value: 62 }),
  row({ measure: 'sickLeave', year: 2025, category: 'total', value: 6.1, decimals: 1 }),
];

function charts(year: number, yearFor?: DashboardInput['yearFor']) {
  const input: DashboardInput = {
    year,
    yearFor,
    rows,
    goals: [],
    suppress: false,
    departmentView: false,
    turnoverDefinition: 'Definition.',
  };
  return Object.fromEntries(
    buildDashboard(input, null)
      .flatMap((s) => s.charts)
      .map((c) => [c.id, c]),
  );
}
const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('a year with a headcount but no age bands', () => {
  const c = charts(2025);

  it('never draws last year’s pyramid in this year’s place, nor counts 0 over-60s', () => {
    const pyramid = c['alder-kon']!;
    expect(pyramid.series).toEqual([]);
    expect(plain(pyramid.emptyMessage)).toBe(
      '62 anställda 2025 (59 året före). Uppgift saknas: åldersfördelningen för 2025 har inte lästs in.',
    );
    expect(pyramid.summary).not.toContain('varav 0');
  });

  it('reads a form the file did not give as missing, not 0', () => {
    const forms = c['anstallningsformer']!;
    expect(plain(forms.summary)).toBe(
      '2025: 62 tillsvidareanställda; visstidsanställda med månadslön: uppgift saknas (2024: 50 och 9).',
    );
    const now = forms.series.find((s) => s.key === '2025')!;
    expect(now.values).toEqual([62, null]);
    expect(now.displays).toEqual(['62', 'Uppgift saknas']);
  });

  it('says the retirement forecast is missing instead of "0 fyller 65"', () => {
    expect(c['pension-avdelning']!.emptyMessage).toMatch(/^Ingen pensionsprognos per avdelning för 2025/);
    expect(c['pension-intervall']!.emptyMessage).toMatch(/^Ingen pensionsprognos för 2025/);
  });
});

describe('the default year, one rule for start page and dashboard', () => {
  const available = rows.map((r) => ({ measure: r.measure, year: r.year }));
  const newest = newestYearByMeasure(available);

  it('is the newest year with data, per measure', () => {
    expect(Object.fromEntries(newest)).toEqual({ headcount: 2025, retirements: 2024, sickLeave: 2025 });
    expect(yearsWithData(available)).toEqual([2025, 2024]);
    expect(yearFor('retirements', newest, null)).toBe(2024);
    expect(yearFor('turnover', newest, null)).toBeNull();
  });

  it('is the chosen year for every measure when the user chooses one', () => {
    expect(yearFor('retirements', newest, 2025)).toBe(2025);
  });

  it('shows each chart for its measure’s newest year, saying which year', () => {
    const c = charts(2025, (measure) => yearFor(measure, newest, null));
    expect(plain(c['pension-avdelning']!.summary)).toBe(
      '6 fyller 65 år 2025, 0 fyller 65 år 2026, 0 fyller 65 år 2027.',
    );
    expect(plain(c['sjukfranvaro']!.summary)).toBe('Sjukfrånvaron 2025 var 6,1 %.');
  });
});
