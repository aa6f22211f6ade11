/** When a manager is reminded of missing follow-ups, and what the reminder says. Pure. */
import { type FollowUpPeriodRef, periodLabel } from './periods';

/** Reminders start this many days before the deadline. */
export const REMIND_DAYS_BEFORE = 7;
const DAY = 24 * 60 * 60 * 1000;

export function reminderFor(input: {
  today: Date;
  deadline: Date;
  period: FollowUpPeriodRef;
  missing: number;
  formatDate: (date: Date) => string;
}): { title: string } | null {
  if (input.missing === 0) return null;
  if (input.today.getTime() < input.deadline.getTime() - REMIND_DAYS_BEFORE * DAY) return null;
  const what = input.missing === 1 ? '1 aktivitet behöver' : `${input.missing} aktiviteter behöver`;
  const late = input.today.getTime() > input.deadline.getTime() + DAY;
  return {
    title: `${what} följas upp för ${periodLabel(input.period).toLowerCase()}${
      late ? ` – sista dag var ${input.formatDate(input.deadline)}` : `, senast ${input.formatDate(input.deadline)}`
    }.`,
  };
}
