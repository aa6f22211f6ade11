import { Link } from '@/components/ui/link';
import { TableScroll } from '@/components/ui/table-scroll';
import type { CoverageColumn, CoverageRow } from '@/lib/activities/coverage';
import { formatInteger } from '@/lib/format';

/** Strategies × UBARA phases; each count links to the register filtered on that cell. Focus and gaps in words. */
export function CoverageMatrix({
  columns,
  rows,
  hrefFor,
}: {
  columns: CoverageColumn[];
  rows: CoverageRow[];
  hrefFor: (filter: { strategy: string; phase?: string }) => string;
}) {
  const uncovered = rows.filter((r) => r.total === 0);
  return (
    <section aria-labelledby="tackning" className="stack">
      <h2 id="tackning">Täckning av SKR:s strategier</h2>
      <p>
        {uncovered.length === 0
          ? 'Alla strategier har minst en aktivitet.'
          : `${formatInteger(uncovered.length)} av ${formatInteger(rows.length)} strategier saknar aktivitet.`}
      </p>
      <TableScroll label="Täckning av SKR:s strategier per UBARA-fas">
        <table className="coverage-matrix">
          <caption className="visually-hidden">
            Antal aktiviteter per SKR-strategi och UBARA-fas. Planens fokusstrategier är markerade med ★.
          </caption>
          <thead>
            <tr>
              <th scope="col">Strategi</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.name}
                </th>
              ))}
              <th scope="col">Totalt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.strategyId}>
                <th scope="row">
                  {r.focus && (
                    <>
                      <span aria-hidden="true">★ </span>
                      <span className="visually-hidden">Fokusstrategi: </span>
                    </>
                  )}
                  {r.strategy}
                  {!r.verified && <span className="muted"> (namnet ej verifierat)</span>}
                  {r.total === 0 && (
                    <div>
                      <span className="badge badge--warn">
                        <span aria-hidden="true">! </span>Ingen aktivitet
                      </span>
                    </div>
                  )}
                </th>
                {r.cells.map((cell) => (
                  <td key={cell.phaseKey}>
                    {cell.count > 0 ? (
                      <Link href={hrefFor({ strategy: r.strategyId, phase: cell.phaseKey })}>
                        {formatInteger(cell.count)}
                        <span className="visually-hidden">
                          {' '}
                          aktiviteter: {r.strategy}, {columns.find((c) => c.key === cell.phaseKey)?.name}
                        </span>
                      </Link>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                ))}
                <td>
                  {r.total > 0 ? (
                    <Link href={hrefFor({ strategy: r.strategyId })}>
                      {formatInteger(r.total)}
                      <span className="visually-hidden"> aktiviteter: {r.strategy}</span>
                    </Link>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">★ = strategi som planen fokuserar på.</p>
    </section>
  );
}
