/**
 * "Jämförelser med andra kommuner" on the dashboard: each KPI with an own counterpart as a chart over the years
 * (own figure, Stockholms stad, riket, the comparison group) with its table view and the definition difference;
 * the other KPIs as one table of their newest values. Server component: the charts are server SVG (StatChart).
 */
import { StatChart } from '@/components/charts/stat-chart';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatPercent } from '@/lib/format';
import { EXAMPLE_NOTE } from '@/lib/kolada/comparison';
import type { KoladaComparisons as Model } from '@/lib/kolada/queries';

const percent = (value: number | null) => (value === null ? 'uppgift saknas' : formatPercent(value, 1));

export function KoladaComparisons({ model, scopeNote }: { model: Model; scopeNote: string | null }) {
  if (model.comparisons.length === 0) return null;
  const mapped = model.comparisons.filter((c) => c.kpi.mapped);
  const others = model.comparisons.filter((c) => !c.kpi.mapped && c.latest);
  return (
    <section aria-labelledby="sektion-jamforelser" className="stack">
      <h2 id="sektion-jamforelser">Jämförelser med andra kommuner</h2>
      <p>
        Förvaltningens egna siffror bredvid Stockholms stad
        {model.group ? `, riket och ${model.group.title} (medelvärde av gruppens kommuner)` : ' och riket'}. Koladas
        siffror gäller hela kommunen och dess månadsavlönade, under Koladas egen mätperiod; skillnaden står vid varje
        nyckeltal. Källa: Kolada.
      </p>
      {model.example && (
        <p className="alert alert--warning">
          <span className="badge badge--warn">Exempeldata</span> {EXAMPLE_NOTE}.
        </p>
      )}
      {scopeNote && <p className="alert alert--info">{scopeNote}</p>}
      <div className="grid grid--wide">
        {mapped.map((c) => (
          <StatChart key={c.kpi.id} data={c.chart} />
        ))}
      </div>
      {others.length > 0 && (
        <section aria-labelledby="kolada-fler" className="card stack">
          <h3 id="kolada-fler">Fler nyckeltal från Kolada</h3>
          <TableScroll label="Fler nyckeltal från Kolada">
            <table className="table">
              <caption className="visually-hidden">
                Nyckeltal från Kolada utan motsvarande egen siffra, senaste år
              </caption>
              <thead>
                <tr>
                  <th scope="col">Nyckeltal</th>
                  <th scope="col">År</th>
                  <th scope="col">Stockholms stad</th>
                  <th scope="col">Riket</th>
                  {model.group && <th scope="col">{model.group.title}</th>}
                  <th scope="col">Skillnad i definition</th>
                </tr>
              </thead>
              <tbody>
                {others.map((c) => (
                  <tr key={c.kpi.id}>
                    <th scope="row">
                      {c.kpi.title} ({c.kpi.id})
                    </th>
                    <td>{c.latest!.year}</td>
                    <td>{percent(c.latest!.stockholm)}</td>
                    <td>{percent(c.latest!.riket)}</td>
                    {model.group && <td>{percent(c.latest!.group)}</td>}
                    <td>{c.kpi.definitionNote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="stat-chart__source">
            <strong>Källa:</strong> Kolada (RKA){model.example ? `. ${EXAMPLE_NOTE}` : ''}.
          </p>
        </section>
      )}
    </section>
  );
}
