/** HR's follow-up overview: per department, how the reporting period stands against its deadline. Pure. */
import { currentForPeriod, isUnderFollowUp } from './follow-up-state';
import type { FollowUpPeriodRef } from './periods';
import type { StoredStatus } from './status';

export type OverviewActivity = {
  department: string | null;
  status: StoredStatus;
  removedAt: Date | null;
  followUps: (FollowUpPeriodRef & { status: StoredStatus; comment: string; createdAt: Date })[];
};

export type OverviewRow = {
  department: string;
  total: number;
  /** Reported by the deadline. */
  reported: number;
  /** Reported after the deadline. */
  late: number;
  missing: number;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Counts per department (the whole förvaltning as its own row), in the order departments first appear. A
 * follow-up counts as on time when its first row was saved on or before the deadline day; later corrections do
 * not make it late.
 */
export function followUpOverview(
  activities: readonly OverviewActivity[],
  period: FollowUpPeriodRef,
  deadline: Date,
): OverviewRow[] {
  const rows = new Map<string, OverviewRow>();
  for (const a of activities) {
    if (!isUnderFollowUp(a, a.followUps, period)) continue;
    const name = a.department ?? 'Hela förvaltningen';
    const row = rows.get(name) ?? { department: name, total: 0, reported: 0, late: 0, missing: 0 };
    rows.set(name, row);
    row.total += 1;
    if (!currentForPeriod(a.followUps, period)) {
      row.missing += 1;
      continue;
    }
    const first = a.followUps
      .filter((f) => f.year === period.year && f.period === period.period)
      .reduce((min, f) => (f.createdAt < min ? f.createdAt : min), new Date(8.64e15));
    if (day(first) > day(deadline)) row.late += 1;
    else row.reported += 1;
  }
  return [...rows.values()];
}

export function overviewTotals(rows: readonly OverviewRow[]): Omit<OverviewRow, 'department'> {
  return rows.reduce(
    (sum, r) => ({
      total: sum.total + r.total,
      reported: sum.reported + r.reported,
      late: sum.late + r.late,
      missing: sum.missing + r.missing,
    }),
    { total: 0, reported: 0, late: 0, missing: 0 },
  );
}

export type ReportActivity = OverviewActivity & {
  title: string;
  phase: string;
  strategyNames: string[];
  followUps: (OverviewActivity['followUps'][number] & { authorName: string | null })[];
};

export type FollowUpReportRow = {
  department: string;
  activity: string;
  phase: string;
  strategies: string;
  /** The period's follow-up; null: not reported. */
  status: StoredStatus | null;
  comment: string;
  author: string | null;
  reportedAt: Date | null;
  timeliness: 'reported' | 'late' | 'missing';
};

/**
 * HR's report to the nämnd (T1, T2): one row per activity the overview counts, with its latest follow-up of the
 * period, in the overview's order. "I tid" and "Sent" as the overview decides them (the first row's day).
 */
export function followUpReport(
  activities: readonly ReportActivity[],
  period: FollowUpPeriodRef,
  deadline: Date,
): FollowUpReportRow[] {
  const rows = activities
    .filter((a) => isUnderFollowUp(a, a.followUps, period))
    .map((a): FollowUpReportRow => {
      const current = currentForPeriod(a.followUps, period);
      const first = a.followUps
        .filter((f) => f.year === period.year && f.period === period.period)
        .reduce<Date | null>((min, f) => (!min || f.createdAt < min ? f.createdAt : min), null);
      return {
        department: a.department ?? 'Hela förvaltningen',
        activity: a.title,
        phase: a.phase,
        strategies: a.strategyNames.join(', '),
        status: current?.status ?? null,
        comment: current?.comment ?? '',
        author: current?.authorName ?? null,
        reportedAt: current?.createdAt ?? null,
        timeliness: !current ? 'missing' : first && day(first) > day(deadline) ? 'late' : 'reported',
      };
    });
  const order = [...new Set(rows.map((r) => r.department))];
  return rows.sort((a, b) => order.indexOf(a.department) - order.indexOf(b.department)); // stable within one
}
