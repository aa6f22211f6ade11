/** Follow-up periods: T1 (jan–apr), T2 (maj–aug), ANNUAL (årsrapport, sep–dec). Pure. */

export type FollowUpPeriodKey = 'T1' | 'T2' | 'ANNUAL';
export type FollowUpPeriodRef = { year: number; period: FollowUpPeriodKey };

export const PERIOD_LABELS: Record<FollowUpPeriodKey, string> = {
  T1: 'Tertial 1',
  T2: 'Tertial 2',
  ANNUAL: 'Årsrapport',
};

/**
 * The period managers report on now: the latest one that has ended. In May–August that is T1, in
 * September–December T2, and in January–April the previous year's annual report.
 */
export function reportingPeriod(today: Date): FollowUpPeriodRef {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  if (month >= 9) return { year, period: 'T2' };
  if (month >= 5) return { year, period: 'T1' };
  return { year: year - 1, period: 'ANNUAL' };
}

export function periodLabel(ref: FollowUpPeriodRef): string {
  return `${PERIOD_LABELS[ref.period]} ${ref.year}`;
}

export const ACTIVITY_STATUS_LABELS = {
  NOT_STARTED: 'Ej påbörjad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Genomförd',
  POSTPONED: 'Uppskjuten',
  CANCELLED: 'Avbruten',
} as const;
