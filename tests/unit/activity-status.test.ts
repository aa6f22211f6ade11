import { describe, expect, it } from 'vitest';
import { currentForPeriod, isUnderFollowUp, previousFollowUp } from '@/lib/activities/follow-up-state';
import { STATUS_ICONS, STATUS_LABELS, displayStatus } from '@/lib/activities/status';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('derived status "Försenad"', () => {
  it('is late from the day after the due date, not on it', () => {
    const a = { status: 'IN_PROGRESS' as const, dueDate: day('2026-11-30') };
    expect(displayStatus(a, noon('2026-11-30'))).toBe('IN_PROGRESS');
    expect(displayStatus(a, noon('2026-12-01'))).toBe('OVERDUE');
    expect(displayStatus({ ...a, status: 'NOT_STARTED' }, noon('2027-01-01'))).toBe('OVERDUE');
  });

  it('never marks a finished activity or one without a due date as late', () => {
    expect(displayStatus({ status: 'DONE', dueDate: day('2020-01-01') }, noon('2026-11-30'))).toBe('DONE');
    expect(displayStatus({ status: 'CANCELLED', dueDate: day('2020-01-01') }, noon('2026-11-30'))).toBe('CANCELLED');
    expect(displayStatus({ status: 'IN_PROGRESS', dueDate: null }, noon('2099-01-01'))).toBe('IN_PROGRESS');
  });

  it('labels every status in Swedish with its own icon', () => {
    expect(Object.values(STATUS_LABELS)).toEqual(['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Inställd']);
    expect(new Set(Object.values(STATUS_ICONS)).size).toBe(5);
  });
});

describe('reading the append-only follow-up history', () => {
  const row = (year: number, period: 'T1' | 'T2' | 'ANNUAL', comment: string, at: string) => ({
    year,
    period,
    status: 'IN_PROGRESS' as const,
    comment,
    createdAt: new Date(at),
  });
  const rows = [
    row(2026, 'T2', 'rättad', '2026-10-02T10:00:00Z'),
    row(2026, 'T1', 'våren', '2026-05-10T10:00:00Z'),
    row(2026, 'T2', 'först', '2026-10-01T10:00:00Z'),
    row(2025, 'ANNUAL', 'helår', '2026-01-20T10:00:00Z'),
  ];
  const t2 = { year: 2026, period: 'T2' as const };

  it('takes the latest row of a period as its current state', () => {
    expect(currentForPeriod(rows, t2)?.comment).toBe('rättad');
    expect(currentForPeriod(rows, { year: 2026, period: 'ANNUAL' })).toBeNull();
  });

  it('shows the latest earlier period for reference, not this one', () => {
    expect(previousFollowUp(rows, t2)?.comment).toBe('våren');
    expect(previousFollowUp(rows, { year: 2026, period: 'T1' })?.comment).toBe('helår');
    expect(previousFollowUp(rows, { year: 2025, period: 'ANNUAL' })).toBeNull();
  });

  it('follows up unfinished activities, keeps reported ones, drops removed ones', () => {
    expect(isUnderFollowUp({ status: 'IN_PROGRESS', removedAt: null }, [], t2)).toBe(true);
    expect(isUnderFollowUp({ status: 'DONE', removedAt: null }, [], t2)).toBe(false);
    expect(isUnderFollowUp({ status: 'DONE', removedAt: null }, rows, t2)).toBe(true);
    expect(isUnderFollowUp({ status: 'IN_PROGRESS', removedAt: new Date() }, rows, t2)).toBe(false);
  });
});
