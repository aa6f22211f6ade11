/** The chart's data as a real table: the accessible version of the (aria-hidden) SVG. */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

export function StatChartTable({ data }: { data: ChartData }) {
  return (
    <details className="stat-chart__table">
      <summary>Visa som tabell</summary>
      {/* Focusable so keyboard users can scroll a wide table (axe: scrollable-region-focusable). */}
      <div className="stat-chart__table-scroll" role="region" aria-label={`${data.title}, tabell`} tabIndex={0}>
        <table>
          {/* The card's heading already shows the title; the caption names the table for screen readers. */}
          <caption className="visually-hidden">{data.title}</caption>
          <thead>
            <tr>
              <th scope="col">{data.categoryLabel}</th>
              {data.series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.categories.map((category, i) => (
              <tr key={`${i}-${category}`}>
                <th scope="row">{category}</th>
                {data.series.map((s) => (
                  // Displays come formatted from the server ("<5", "–" for suppressed cells).
                  <td key={s.key} className="num">
                    {s.displays[i] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.reference && <p className="stat-chart__table-note">Jämförelsevärde i diagrammet: {data.reference.label}</p>}
    </details>
  );
}
