import { describe, expect, it } from 'vitest';
import { type OverviewActivity, followUpOverview, overviewTotals } from '@/lib/activities/overview-model';

const t2 = { year: 2026, period: 'T2' as const };
const fu = (at: string) => ({ ...t2, status: 'IN_PROGRESS' as const, comment: 'ok', createdAt: new Date(at) });
const a = (department: string | null, followUps: OverviewActivity['followUps'], status = 'IN_PROGRESS' as const) => ({
  department,
  status,
  removedAt: null,
  followUps,
});

describe('HR’s follow-up overview', () => {
  const deadline = new Date('2026-09-30T00:00:00Z');
  const rows = followUpOverview(
    [
      a('Äldreomsorg', [fu('2026-09-30T21:00:00Z')]), // on the deadline day: on time
      a('Äldreomsorg', [fu('2026-10-02T08:00:00Z'), fu('2026-10-05T08:00:00Z')]), // late
      a('Äldreomsorg', [fu('2026-09-10T08:00:00Z'), fu('2026-11-05T08:00:00Z')]), // corrected later: still on time
      a('Äldreomsorg', []),
      a('Förskola', []),
      a('Förskola', [], 'DONE' as never), // finished before: not followed up
      a(null, [fu('2026-09-01T08:00:00Z')]),
    ],
    t2,
    deadline,
  );

  it('counts reported on time, late and missing per department', () => {
    expect(rows).toEqual([
      { department: 'Äldreomsorg', total: 4, reported: 2, late: 1, missing: 1 },
      { department: 'Förskola', total: 1, reported: 0, late: 0, missing: 1 },
      { department: 'Hela förvaltningen', total: 1, reported: 1, late: 0, missing: 0 },
    ]);
  });

  it('adds up the totals', () => {
    expect(overviewTotals(rows)).toEqual({ total: 6, reported: 3, late: 1, missing: 2 });
  });
});
