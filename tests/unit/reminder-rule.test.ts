import { describe, expect, it } from 'vitest';
import { reminderFor } from '@/lib/activities/reminder-rule';

const base = {
  deadline: new Date('2026-09-30T00:00:00Z'),
  period: { year: 2026, period: 'T2' as const },
  formatDate: (d: Date) => d.toISOString().slice(0, 10),
};

describe('the follow-up reminder', () => {
  it('waits until a week before the deadline', () => {
    expect(reminderFor({ ...base, today: new Date('2026-09-22T12:00:00Z'), missing: 3 })).toBeNull();
    expect(reminderFor({ ...base, today: new Date('2026-09-23T00:00:00Z'), missing: 3 })).toEqual({
      title: '3 aktiviteter behöver följas upp för tertial 2 2026, senast 2026-09-30.',
    });
  });

  it('says when the deadline has passed, and counts one activity in the singular', () => {
    expect(reminderFor({ ...base, today: new Date('2026-10-02T08:00:00Z'), missing: 1 })).toEqual({
      title: '1 aktivitet behöver följas upp för tertial 2 2026 – sista dag var 2026-09-30.',
    });
  });

  it('never reminds when nothing is missing', () => {
    expect(reminderFor({ ...base, today: new Date('2026-10-02T08:00:00Z'), missing: 0 })).toBeNull();
  });
});
