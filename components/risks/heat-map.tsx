import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, RISK_LEVEL_LABELS, SCALE, heatMap } from '@/lib/risks/scoring';

type Placed = { key: string; number: number; title: string; likelihood: number; consequence: number };

/**
 * The 4 × 4 risk matrix as a real table: likelihood in the row headers, consequence in the column headers, each
 * cell its score and level in words and the numbers of the risks in it (the list below the table holds the same
 * numbers). Colour only repeats what the text says, so it reads the same to a screen reader and on paper.
 */
export function RiskHeatMap({ risks, caption }: { risks: Placed[]; caption: string }) {
  const rows = heatMap(risks);
  return (
    <div className="heat-map">
      <table className="heat-map__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {SCALE.map((c) => (
              <th key={c} scope="col">
                Konsekvens {c}
                <span className="heat-map__scale"> – {CONSEQUENCE_LABELS[c]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row">
                Sannolikhet {row[0]!.likelihood}
                <span className="heat-map__scale"> – {LIKELIHOOD_LABELS[row[0]!.likelihood]}</span>
              </th>
              {row.map((cell) => (
                <td key={cell.consequence} className={`heat-map__cell heat-map__cell--${cell.level.toLowerCase()}`}>
                  <span className="heat-map__score">
                    {cell.score} ({RISK_LEVEL_LABELS[cell.level].toLowerCase()})
                  </span>
                  {cell.risks.length > 0 ? (
                    <ul className="heat-map__risks">
                      {cell.risks.map((r) => (
                        <li key={r.key}>
                          <span aria-hidden="true">{r.number}. </span>
                          <span className="heat-map__title">{r.title}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="visually-hidden">Inga risker</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
