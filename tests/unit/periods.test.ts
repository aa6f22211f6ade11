import { describe, expect, it } from 'vitest';
import { comparePeriods, defaultDeadline, periodLabel, reportingPeriod } from '@/lib/activities/periods';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('follow-up periods (T1 jan–apr, T2 maj–aug, helår)', () => {
  it('asks for the latest period that has ended', () => {
    expect(reportingPeriod(at('2026-05-02'))).toEqual({ year: 2026, period: 'T1' });
    expect(reportingPeriod(at('2026-08-31'))).toEqual({ year: 2026, period: 'T1' });
    expect(reportingPeriod(at('2026-09-01'))).toEqual({ year: 2026, period: 'T2' });
    expect(reportingPeriod(at('2026-11-22'))).toEqual({ year: 2026, period: 'T2' });
    expect(reportingPeriod(at('2027-01-15'))).toEqual({ year: 2026, period: 'ANNUAL' });
    expect(reportingPeriod(at('2027-04-30'))).toEqual({ year: 2026, period: 'ANNUAL' });
  });

  it('labels periods in Swedish', () => {
    expect(periodLabel({ year: 2026, period: 'T2' })).toBe('Tertial 2 2026');
    expect(periodLabel({ year: 2025, period: 'ANNUAL' })).toBe('Helår 2025');
  });
});

describe('ordering periods and their default deadline', () => {
  it('orders T1 < T2 < helår within a year, and years before periods', () => {
    const sorted = [
      { year: 2026, period: 'ANNUAL' as const },
      { year: 2025, period: 'ANNUAL' as const },
      { year: 2026, period: 'T1' as const },
      { year: 2026, period: 'T2' as const },
    ].sort(comparePeriods);
    expect(sorted.map(periodLabel)).toEqual(['Helår 2025', 'Tertial 1 2026', 'Tertial 2 2026', 'Helår 2026']);
  });

  it('falls due the month after the period ends', () => {
    expect(defaultDeadline({ year: 2026, period: 'T1' }).toISOString().slice(0, 10)).toBe('2026-05-31');
    expect(defaultDeadline({ year: 2026, period: 'T2' }).toISOString().slice(0, 10)).toBe('2026-09-30');
    expect(defaultDeadline({ year: 2026, period: 'ANNUAL' }).toISOString().slice(0, 10)).toBe('2027-01-31');
  });
});
