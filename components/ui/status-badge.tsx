import { ACTIVITY_STATUS_LABELS } from '@/lib/activities/periods';

const TONE: Record<keyof typeof ACTIVITY_STATUS_LABELS, string> = {
  NOT_STARTED: 'badge--info',
  IN_PROGRESS: 'badge--info',
  DONE: 'badge--ok',
  POSTPONED: 'badge--warn',
  CANCELLED: 'badge--danger',
};

/** Status as text in a badge: never colour alone. */
export function ActivityStatusBadge({ status }: { status: string }) {
  const key = status as keyof typeof ACTIVITY_STATUS_LABELS;
  return <span className={`badge ${TONE[key] ?? ''}`}>{ACTIVITY_STATUS_LABELS[key] ?? status}</span>;
}
