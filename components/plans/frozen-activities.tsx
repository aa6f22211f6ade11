import { ActivityStatusBadge } from '@/components/ui/status-badge';
import { TableScroll } from '@/components/ui/table-scroll';
import type { FrozenTables } from '@/lib/plans/frozen-tables';

/**
 * The activity table as frozen with a plan version (samverkan, adoption): what the reviewers read, however the
 * live register has changed since. `tables` null: the version was frozen before activities were.
 */
export function FrozenActivities({ tables, headingId }: { tables: FrozenTables | null; headingId: string }) {
  const caption = 'Aktiviteter i den frysta versionen';
  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Aktiviteter</h2>
      {!tables ? (
        <p>Den här versionen frystes utan aktivitetstabell.</p>
      ) : tables.activities.length === 0 ? (
        <p>Versionen hade inga aktiviteter.</p>
      ) : (
        <>
          <p className="muted">Aktiviteterna som de stod när versionen frystes.</p>
          <TableScroll label={caption}>
            <table className="stack-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Aktivitet</th>
                  <th scope="col">UBARA</th>
                  <th scope="col">Avdelning</th>
                  <th scope="col">Måldatum</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {tables.activities.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <strong>{a.title}</strong>
                      {a.goal && <div className="muted">Mål: {a.goal}</div>}
                      <div className="muted">Ansvarig: {a.owner}</div>
                      {a.strategies.length > 0 && <div className="muted">SKR: {a.strategies.join(', ')}</div>}
                      {a.indicator && (
                        <div className="muted">
                          Indikator: {a.indicator}
                          {a.indicatorTarget ? ` (mål ${a.indicatorTarget})` : ''}
                        </div>
                      )}
                    </td>
                    <td data-label="UBARA">{a.phase}</td>
                    <td data-label="Avdelning">{a.department ?? 'Hela förvaltningen'}</td>
                    <td data-label="Måldatum" className="nowrap">
                      {a.dueDate ?? '–'}
                    </td>
                    <td data-label="Status">
                      <ActivityStatusBadge status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
