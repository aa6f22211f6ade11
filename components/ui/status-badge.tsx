import { type DisplayStatus, STATUS_ICONS, STATUS_LABELS } from '@/lib/activities/status';

const TONE: Record<DisplayStatus, string> = {
  NOT_STARTED: 'badge--info',
  IN_PROGRESS: 'badge--info',
  DONE: 'badge--ok',
  OVERDUE: 'badge--warn',
  CANCELLED: 'badge--danger',
};

/** Status as text and a shape in a badge: never colour alone. */
export function ActivityStatusBadge({ status }: { status: string }) {
  const key = status as DisplayStatus;
  const label = STATUS_LABELS[key] ?? status;
  return (
    <span className={`badge ${TONE[key] ?? ''}`}>
      <span aria-hidden="true">{STATUS_ICONS[key] ?? ''} </span>
      {label}
    </span>
  );
}
