/**
 * HTML legend drawn by the server: visible before the chart mounts, wraps like text, and shows the same
 * pattern / dash + marker as the series so the key never relies on colour alone.
 */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';
import { drawnSeriesCount } from './chart-layout';
import { patternFill, patternId, SeriesMarker, SeriesPattern, seriesStyle } from './series-style';

export function ChartLegend({ data }: { data: ChartData }) {
  const isLine = data.layout === 'line';
  const series = data.series.slice(0, drawnSeriesCount(data));
  return (
    <ul className="stat-chart__legend">
      {series.map((s, index) => {
        const style = seriesStyle(index);
        const id = patternId(data.id, index, 'legend');
        return (
          <li key={s.key}>
            <svg width={isLine ? 32 : 18} height={18} viewBox={isLine ? '0 0 32 18' : '0 0 18 18'} focusable="false">
              {isLine ? (
                <>
                  <line
                    x1={1}
                    y1={9}
                    x2={31}
                    y2={9}
                    stroke={style.color}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash}
                  />
                  <SeriesMarker cx={16} cy={9} style={style} r={4} />
                </>
              ) : (
                <>
                  <defs>
                    <SeriesPattern id={id} style={style} />
                  </defs>
                  <rect
                    x={1}
                    y={1}
                    width={16}
                    height={16}
                    fill={patternFill(style, id)}
                    stroke={style.color}
                    strokeWidth={1.5}
                  />
                </>
              )}
            </svg>
            {s.label}
            {data.layout === 'pyramid' && (index === 0 ? ' (vänster)' : ' (höger)')}
          </li>
        );
      })}
      {data.reference && (
        <li>
          <svg width={32} height={18} viewBox="0 0 32 18" focusable="false">
            <line x1={1} y1={9} x2={31} y2={9} stroke="var(--color-text)" strokeWidth={2} strokeDasharray="6 3" />
          </svg>
          {data.reference.label}
        </li>
      )}
    </ul>
  );
}
