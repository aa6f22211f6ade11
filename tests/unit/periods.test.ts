import { describe, expect, it } from 'vitest';
import { periodLabel, reportingPeriod } from '@/lib/activities/periods';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('follow-up periods (T1 jan–apr, T2 maj–aug, årsrapport)', () => {
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
    expect(periodLabel({ year: 2025, period: 'ANNUAL' })).toBe('Årsrapport 2025');
  });
});
