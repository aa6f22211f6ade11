/**
 * Activity status as shown: the stored status, or "Försenad" when the due date has passed and the activity is
 * neither done nor cancelled. Derived, never stored, so it cannot go stale. Pure.
 */

export const STORED_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];
export type DisplayStatus = StoredStatus | 'OVERDUE';

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  NOT_STARTED: 'Ej påbörjad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  OVERDUE: 'Försenad',
  CANCELLED: 'Inställd',
};

/** A shape per status so it never rests on colour alone (WCAG 1.4.1). */
export const STATUS_ICONS: Record<DisplayStatus, string> = {
  NOT_STARTED: '○',
  IN_PROGRESS: '◐',
  DONE: '✓',
  OVERDUE: '!',
  CANCELLED: '✕',
};

export const DISPLAY_STATUSES: readonly DisplayStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'OVERDUE',
  'DONE',
  'CANCELLED',
];

export function isFinished(status: StoredStatus): boolean {
  return status === 'DONE' || status === 'CANCELLED';
}

/** The due date is a calendar day: the activity is late from the day after it. */
export function displayStatus(activity: { status: StoredStatus; dueDate: Date | null }, today: Date): DisplayStatus {
  if (isFinished(activity.status) || !activity.dueDate) return activity.status;
  const dueDay = activity.dueDate.toISOString().slice(0, 10);
  const todayDay = today.toISOString().slice(0, 10);
  return todayDay > dueDay ? 'OVERDUE' : activity.status;
}
