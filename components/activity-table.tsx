import { ActivityStatusBadge } from '@/components/ui/status-badge';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ActivitySummary } from '@/lib/activities/queries';
import { PERIOD_LABELS, type FollowUpPeriodKey } from '@/lib/activities/periods';
import { formatDate } from '@/lib/format';

export function ActivityTable({ activities, caption }: { activities: ActivitySummary[]; caption: string }) {
  if (activities.length === 0) return <p>Inga aktiviteter.</p>;
  return (
    <TableScroll label={caption}>
      <table className="stack-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aktivitet</th>
            <th scope="col">Avdelning</th>
            <th scope="col">UBARA</th>
            <th scope="col">Måldatum</th>
            <th scope="col">Status</th>
            <th scope="col">Senaste uppföljning</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <td>
                <strong>{a.title}</strong>
                <div className="muted">Mål: {a.goal}</div>
                <div className="muted">Ansvarig: {a.owner}</div>
              </td>
              <td data-label="Avdelning">{a.department ?? 'Hela förvaltningen'}</td>
              <td data-label="UBARA">{a.phase}</td>
              <td data-label="Måldatum" className="nowrap">
                {a.dueDate ? formatDate(a.dueDate) : '–'}
              </td>
              <td data-label="Status">
                <ActivityStatusBadge status={a.status} />
                {a.needsFollowUp && (
                  <div>
                    <span className="badge badge--warn">Behöver följas upp</span>
                  </div>
                )}
              </td>
              <td data-label="Senaste uppföljning">
                {a.latestFollowUp ? (
                  <>
                    <div className="muted">
                      {PERIOD_LABELS[a.latestFollowUp.period as FollowUpPeriodKey]} {a.latestFollowUp.year}
                    </div>
                    {a.latestFollowUp.comment}
                  </>
                ) : (
                  <span className="muted">Ingen uppföljning ännu</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
