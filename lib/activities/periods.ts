/**
 * Follow-up periods: T1 (jan–apr), T2 (maj–aug), ANNUAL (helår, sep–dec), on Stockholm's calendar: a period ends at
 * midnight in Stockholm, not in UTC (31 Dec 23:30 in Stockholm is still December). Pure.
 */

export type FollowUpPeriodKey = 'T1' | 'T2' | 'ANNUAL';
export type FollowUpPeriodRef = { year: number; period: FollowUpPeriodKey };

export const PERIOD_KEYS: readonly FollowUpPeriodKey[] = ['T1', 'T2', 'ANNUAL'];

export const PERIOD_LABELS: Record<FollowUpPeriodKey, string> = {
  T1: 'Tertial 1',
  T2: 'Tertial 2',
  ANNUAL: 'Helår',
};

// No new dependency: Intl knows Stockholm's offsets, summer time included.
const STOCKHOLM_CALENDAR = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar day a moment falls on in Stockholm. */
export function stockholmCalendar(moment: Date): { year: number; month: number; day: number } {
  const parts = STOCKHOLM_CALENDAR.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The period a moment lies in (Stockholm time). */
export function periodOf(moment: Date): FollowUpPeriodRef {
  const { year, month } = stockholmCalendar(moment);
  return { year, period: month >= 9 ? 'ANNUAL' : month >= 5 ? 'T2' : 'T1' };
}

/**
 * The period managers report on now: the latest one that has ended. In May–August that is T1, in
 * September–December T2, and in January–April the previous year's annual report (helår).
 */
export function reportingPeriod(today: Date): FollowUpPeriodRef {
  const { year, period } = periodOf(today);
  if (period === 'ANNUAL') return { year, period: 'T2' };
  if (period === 'T2') return { year, period: 'T1' };
  return { year: year - 1, period: 'ANNUAL' };
}

export function periodLabel(ref: FollowUpPeriodRef): string {
  return `${PERIOD_LABELS[ref.period]} ${ref.year}`;
}

/** Orders periods in time: negative when a is earlier than b. */
export function comparePeriods(a: FollowUpPeriodRef, b: FollowUpPeriodRef): number {
  return a.year - b.year || PERIOD_KEYS.indexOf(a.period) - PERIOD_KEYS.indexOf(b.period);
}

export function isSamePeriod(a: FollowUpPeriodRef, b: FollowUpPeriodRef): boolean {
  return a.year === b.year && a.period === b.period;
}

/** The default deadline when HR has set none: the last day of the month after the period ends. */
export function defaultDeadline(ref: FollowUpPeriodRef): Date {
  if (ref.period === 'T1') return new Date(Date.UTC(ref.year, 5, 0)); // 31 May
  if (ref.period === 'T2') return new Date(Date.UTC(ref.year, 9, 0)); // 30 September
  return new Date(Date.UTC(ref.year + 1, 1, 0)); // 31 January next year
}
