import { RiskHeatMap } from '@/components/risks/heat-map';
import { RiskTable } from '@/components/risks/risk-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { GAP_PRIORITY_LABELS, GAP_STATUS_LABELS } from '@/lib/gaps/labels';
import type { FrozenTables } from '@/lib/plans/frozen-tables';

/**
 * The competence gaps and the risk assessment as frozen with a plan version: what a union rep reads at samverkan
 * (they never see the live registers). Absent from a version frozen before gaps and risks were.
 */
export function FrozenRegisters({ tables, idPrefix }: { tables: FrozenTables | null; idPrefix: string }) {
  if (!tables) return null;
  const { gaps, risks } = tables;
  const gapCaption = 'Kompetensgap i den frysta versionen';
  return (
    <>
      <section className="plan-section" aria-labelledby={`${idPrefix}-gap`}>
        <h2 id={`${idPrefix}-gap`}>Kompetensgap</h2>
        {!gaps ? (
          <p>Den här versionen frystes utan kompetensgap.</p>
        ) : gaps.length === 0 ? (
          <p>Versionen hade inga kompetensgap.</p>
        ) : (
          <TableScroll label={gapCaption}>
            <table className="stack-table">
              <caption className="visually-hidden">{gapCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">Område</th>
                  <th scope="col">Kompetensgap</th>
                  <th scope="col">Berör</th>
                  <th scope="col">Prioritet</th>
                  <th scope="col">Aktiviteter</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((g) => (
                  <tr key={g.id}>
                    <td data-label="Område">{g.area}</td>
                    <td data-label="Kompetensgap">
                      {g.description}
                      {g.comments.length > 0 && (
                        <ul className="plain-list muted">
                          {g.comments.map((c, i) => (
                            <li key={i}>
                              {c.date} {c.author}: {c.text}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label="Berör">
                      {g.departments.length ? g.departments.join(', ') : 'Hela förvaltningen'}
                      {g.occupations.length > 0 && <div className="muted">{g.occupations.join(', ')}</div>}
                    </td>
                    <td data-label="Prioritet">{GAP_PRIORITY_LABELS[g.priority]}</td>
                    <td data-label="Aktiviteter">{g.activities.length ? g.activities.join('; ') : '–'}</td>
                    <td data-label="Status">{GAP_STATUS_LABELS[g.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="plan-section" aria-labelledby={`${idPrefix}-risk`}>
        <h2 id={`${idPrefix}-risk`}>Riskbedömning</h2>
        {!risks ? (
          <p>Den här versionen frystes utan riskbedömning.</p>
        ) : risks.length === 0 ? (
          <p>Versionen hade ingen riskbedömning.</p>
        ) : (
          <>
            <RiskHeatMap
              caption="Riskmatris i den frysta versionen"
              risks={risks.map((r, i) => ({ ...r, key: r.id || String(i), number: i + 1 }))}
            />
            <RiskTable
              caption="Risker efter riskvärde i den frysta versionen"
              risks={risks.map((r, i) => ({ ...r, key: r.id || String(i), number: i + 1 }))}
            />
          </>
        )}
      </section>
    </>
  );
}
