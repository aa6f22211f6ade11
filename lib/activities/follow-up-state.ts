/** Reading an append-only follow-up history. Pure. */
import { type FollowUpPeriodRef, comparePeriods, isSamePeriod } from './periods';
import { type StoredStatus, isFinished } from './status';

export type FollowUpRow = FollowUpPeriodRef & {
  status: StoredStatus;
  comment: string;
  createdAt: Date;
  authorName?: string | null;
};

/** The current state of one period: its latest row (later rows correct earlier ones). */
export function currentForPeriod<T extends FollowUpRow>(rows: readonly T[], ref: FollowUpPeriodRef): T | null {
  let latest: T | null = null;
  for (const row of rows) {
    if (isSamePeriod(row, ref) && (!latest || row.createdAt >= latest.createdAt)) latest = row;
  }
  return latest;
}

/** The latest follow-up of any period before `ref`: shown to the manager for reference. */
export function previousFollowUp<T extends FollowUpRow>(rows: readonly T[], ref: FollowUpPeriodRef): T | null {
  let best: T | null = null;
  for (const row of rows) {
    if (comparePeriods(row, ref) >= 0) continue;
    if (!best || comparePeriods(row, best) > 0 || (comparePeriods(row, best) === 0 && row.createdAt >= best.createdAt))
      best = row;
  }
  return best;
}

/**
 * Whether an activity belongs on the manager's list for `ref`: it is followed up this period unless it was
 * already finished before (a row for this period keeps it on the list, so a saved follow-up stays in place).
 */
export function isUnderFollowUp(
  activity: { status: StoredStatus; removedAt: Date | null },
  rows: readonly FollowUpRow[],
  ref: FollowUpPeriodRef,
): boolean {
  if (activity.removedAt) return false;
  if (currentForPeriod(rows, ref)) return true;
  return !isFinished(activity.status);
}
