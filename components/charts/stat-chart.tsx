/**
 * The one dashboard chart: title, summary, chart, definition, suppression note and table view in a card.
 * A server component throughout: the drawing is SVG from the server (StaticChart), so a dashboard ships no chart
 * JavaScript. The table beside it gives every figure that a tooltip would.
 */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';
import { safeId } from './chart-layout';
import { ChartLegend } from './chart-legend';
import { StatChartTable } from './stat-chart-table';
import { StaticChart } from './static-chart';

type HeadingLevel = 2 | 3 | 4;

export function StatChart({ data, headingLevel = 3 }: { data: ChartData; headingLevel?: HeadingLevel }) {
  const Heading = `h${headingLevel}` as const;
  const titleId = `stat-chart-${safeId(data.id)}-title`;

  if (data.emptyMessage) {
    return (
      <section className="card stat-chart" aria-labelledby={titleId}>
        <Heading id={titleId} className="stat-chart__title">
          {data.title}
        </Heading>
        <p className="stat-chart__empty">{data.emptyMessage}</p>
      </section>
    );
  }

  return (
    <section className="card stat-chart" aria-labelledby={titleId}>
      <Heading id={titleId} className="stat-chart__title">
        {data.title}
      </Heading>
      <p className="stat-chart__summary">{data.summary}</p>
      {/* The drawing repeats the table below; screen readers get the table, not the SVG. */}
      <div className="stat-chart__visual" aria-hidden="true">
        <ChartLegend data={data} />
        <StaticChart data={data} />
      </div>
      <p className="stat-chart__definition">
        <strong>Definition:</strong> {data.definition}
      </p>
      {data.source && (
        <p className="stat-chart__source">
          <strong>Källa:</strong> {data.source.text}
          {data.source.generated && (
            <>
              {' '}
              <span className="badge badge--warn">Genererad</span> Siffrorna är delvis genererade för demonstration och
              står inte i något underlag.
            </>
          )}
        </p>
      )}
      {data.suppressionNote && (
        <p className="stat-chart__suppression">
          <span className="badge badge--warn">Skyddade uppgifter</span> {data.suppressionNote}
        </p>
      )}
      <StatChartTable data={data} />
    </section>
  );
}
