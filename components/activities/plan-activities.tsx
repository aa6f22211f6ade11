import type { ReactNode } from 'react';
import { ActivityStatusBadge } from '@/components/ui/status-badge';
import { TableScroll } from '@/components/ui/table-scroll';
import type { PhaseGroup, RegisterActivity } from '@/lib/activities/register-model';

/**
 * A plan's activities as the seeds' tables read — Mål, Aktivitet, Måldatum, Ansvarig, Uppföljning — one table per
 * UBARA phase. A server component on plain data, so the plan page can place it too. `rowActions` adds HR's
 * buttons to a row.
 */
export function PlanActivities({
  groups,
  headingLevel = 2,
  rowActions,
  emptyText = 'Inga aktiviteter.',
}: {
  groups: PhaseGroup[];
  headingLevel?: 2 | 3;
  rowActions?: (activity: RegisterActivity) => ReactNode;
  emptyText?: string;
}) {
  if (groups.length === 0) return <p>{emptyText}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="stack">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`fas-${group.key}`}>
          <Heading id={`fas-${group.key}`}>{group.name}</Heading>
          <TableScroll label={`Aktiviteter: ${group.name}`}>
            <table className="stack-table">
              <caption className="visually-hidden">Aktiviteter i fasen {group.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Mål</th>
                  <th scope="col">Aktivitet</th>
                  <th scope="col">Måldatum</th>
                  <th scope="col">Ansvarig</th>
                  <th scope="col">Uppföljning</th>
                  {rowActions && <th scope="col">Åtgärder</th>}
                </tr>
              </thead>
              <tbody>
                {group.activities.map((a) => (
                  <tr key={a.id}>
                    <td data-label="Mål">{a.goal}</td>
                    <td data-label="Aktivitet">
                      <strong>{a.title}</strong>
                      <div className="muted">{a.department ?? 'Hela förvaltningen'}</div>
                      {a.strategies.length > 0 && (
                        <div className="muted">SKR: {a.strategies.map((s) => s.name).join(', ')}</div>
                      )}
                      {a.boardGoal && <div className="muted">Nämndmål {a.boardGoal}</div>}
                      {a.indicator && (
                        <div className="muted">
                          Indikator: {a.indicator.name}
                          {a.indicator.target ? ` · mål ${a.indicator.target}` : ''}
                          {a.indicator.outcome ? ` · utfall ${a.indicator.outcome}` : ''}
                        </div>
                      )}
                    </td>
                    <td data-label="Måldatum" className="nowrap">
                      {a.dueDate ?? '–'}
                    </td>
                    <td data-label="Ansvarig">{a.owner}</td>
                    <td data-label="Uppföljning">
                      <ActivityStatusBadge status={a.displayStatus} />
                      {a.latestFollowUp ? (
                        <div>
                          <span className="muted">{a.latestFollowUp.label}: </span>
                          {a.latestFollowUp.comment}
                        </div>
                      ) : (
                        <div className="muted">Ingen uppföljning ännu</div>
                      )}
                    </td>
                    {rowActions && <td data-label="Åtgärder">{rowActions(a)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}
