import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  defaultDeadline,
  periodLabel,
  periodOf,
  reportingPeriod,
  stockholmCalendar,
} from '@/lib/activities/periods';

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

  it('turns with the year at midnight in Stockholm, not in UTC (winter time, UTC+1)', () => {
    // 31 Dec 23:30 in Stockholm is 22:30 UTC: still December, T2 is due.
    expect(reportingPeriod(new Date('2026-12-31T22:30:00Z'))).toEqual({ year: 2026, period: 'T2' });
    expect(periodOf(new Date('2026-12-31T22:30:00Z'))).toEqual({ year: 2026, period: 'ANNUAL' });
    // 1 Jan 00:30 in Stockholm is still 31 Dec 23:30 UTC: the annual report is due.
    expect(reportingPeriod(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2026, period: 'ANNUAL' });
    expect(periodOf(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, period: 'T1' });
  });

  it('turns at the tertials’ ends in Stockholm’s summer time (UTC+2)', () => {
    // 30 Apr 23:30 in Stockholm is 21:30 UTC: still T1, last year's annual report is due.
    expect(reportingPeriod(new Date('2027-04-30T21:30:00Z'))).toEqual({ year: 2026, period: 'ANNUAL' });
    // 1 May 00:30 in Stockholm is 30 Apr 22:30 UTC: T1 has ended.
    expect(reportingPeriod(new Date('2027-04-30T22:30:00Z'))).toEqual({ year: 2027, period: 'T1' });
    // 1 Sep 00:30 in Stockholm is 31 Aug 22:30 UTC: T2 has ended.
    expect(reportingPeriod(new Date('2027-08-31T21:30:00Z'))).toEqual({ year: 2027, period: 'T1' });
    expect(reportingPeriod(new Date('2027-08-31T22:30:00Z'))).toEqual({ year: 2027, period: 'T2' });
  });

  it('reads Stockholm’s calendar across the switches to and from summer time', () => {
    // 28 Mar 2027: 02:00 CET becomes 03:00 CEST (01:00 UTC); 31 Oct 2027: 03:00 CEST becomes 02:00 CET.
    expect(stockholmCalendar(new Date('2027-03-27T22:59:00Z'))).toEqual({ year: 2027, month: 3, day: 27 });
    expect(stockholmCalendar(new Date('2027-03-27T23:00:00Z'))).toEqual({ year: 2027, month: 3, day: 28 });
    expect(stockholmCalendar(new Date('2027-03-28T21:59:00Z'))).toEqual({ year: 2027, month: 3, day: 28 });
    expect(stockholmCalendar(new Date('2027-03-28T22:00:00Z'))).toEqual({ year: 2027, month: 3, day: 29 });
    expect(stockholmCalendar(new Date('2027-10-30T21:59:00Z'))).toEqual({ year: 2027, month: 10, day: 30 });
    expect(stockholmCalendar(new Date('2027-10-30T22:00:00Z'))).toEqual({ year: 2027, month: 10, day: 31 });
    expect(stockholmCalendar(new Date('2027-10-31T22:59:00Z'))).toEqual({ year: 2027, month: 10, day: 31 });
    expect(stockholmCalendar(new Date('2027-10-31T23:00:00Z'))).toEqual({ year: 2027, month: 11, day: 1 });
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
