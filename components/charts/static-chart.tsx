/**
 * The dashboard chart's drawing as plain SVG from the server (issue 20): no JavaScript in the browser, drawn
 * before anything hydrates. It repeats the table beside it (the caller wraps it in aria-hidden), so the figures
 * and "<5" / "–" of a hidden cell are read there; a suppressed cell arrives as null and gets no mark.
 */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';
import {
  CHART_WIDTH,
  TICK_FONT_SIZE,
  type Box,
  type ValueScale,
  bands,
  fitLabel,
  lineRuns,
  plotBox,
  pointAt,
  scaleAt,
  valueScale,
  wrapLabel,
} from './chart-geometry';
import { chartHeight, drawnSeriesCount, formatTick } from './chart-layout';
import { patternFill, patternId, SeriesMarker, SeriesPattern, seriesStyle } from './series-style';

const TEXT = '#3d4650';
const AXIS = '#6b7580';
const GRID = '#d5dae0';
const REFERENCE = '#1b1f23';
/** Between the lines of a wrapped category name. */
const LINE_HEIGHT = 15;

export function StaticChart({ data }: { data: ChartData }) {
  const height = chartHeight(data);
  const box = plotBox(data, height);
  const scale = valueScale(data);
  const across = data.layout === 'horizontalBar' || data.layout === 'pyramid';
  const series = data.series.slice(0, drawnSeriesCount(data));
  return (
    <svg
      className="stat-chart__svg"
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      width="100%"
      focusable="false"
      fontSize={TICK_FONT_SIZE}
      fill={TEXT}
    >
      <defs>
        {series.map((_, i) => (
          <SeriesPattern key={i} id={patternId(data.id, i, 'chart')} style={seriesStyle(i)} />
        ))}
      </defs>
      {across ? (
        <ValueAxisBelow data={data} box={box} scale={scale} />
      ) : (
        <ValueAxisLeft data={data} box={box} scale={scale} />
      )}
      {across ? (
        <BarsAcross data={data} box={box} scale={scale} />
      ) : data.layout === 'line' ? (
        <Lines data={data} box={box} scale={scale} />
      ) : (
        <Columns data={data} box={box} scale={scale} />
      )}
      <ReferenceMark data={data} box={box} scale={scale} across={across} />
    </svg>
  );
}

type Part = { data: ChartData; box: Box; scale: ValueScale };

const tickText = (data: ChartData, value: number) =>
  formatTick(data.unit, data.layout === 'pyramid' ? Math.abs(value) : value);

/** Value ticks along the bottom with vertical grid lines (bars across, pyramid). */
function ValueAxisBelow({ data, box, scale }: Part) {
  const bottom = box.top + box.height;
  return (
    <g>
      {scale.ticks.map((t) => {
        const x = scaleAt(scale, box.left, box.width, t);
        return (
          <g key={t}>
            <line x1={x} y1={box.top} x2={x} y2={bottom} stroke={GRID} />
            <line x1={x} y1={bottom} x2={x} y2={bottom + 5} stroke={AXIS} />
            <text x={x} y={bottom + 18} textAnchor="middle">
              {tickText(data, t)}
            </text>
          </g>
        );
      })}
      <line x1={box.left} y1={bottom} x2={box.left + box.width} y2={bottom} stroke={AXIS} />
      <line x1={box.left} y1={box.top} x2={box.left} y2={bottom} stroke={AXIS} />
    </g>
  );
}

/** Value ticks up the left with horizontal grid lines (columns, lines). */
function ValueAxisLeft({ data, box, scale }: Part) {
  const bottom = box.top + box.height;
  return (
    <g>
      {scale.ticks.map((t) => {
        const y = scaleAt(scale, bottom, -box.height, t);
        return (
          <g key={t}>
            <line x1={box.left} y1={y} x2={box.left + box.width} y2={y} stroke={GRID} />
            <line x1={box.left - 5} y1={y} x2={box.left} y2={y} stroke={AXIS} />
            <text x={box.left - 8} y={y} textAnchor="end" dominantBaseline="central">
              {tickText(data, t)}
            </text>
          </g>
        );
      })}
      <line x1={box.left} y1={box.top} x2={box.left} y2={bottom} stroke={AXIS} />
      <line x1={box.left} y1={bottom} x2={box.left + box.width} y2={bottom} stroke={AXIS} />
    </g>
  );
}

/** Horizontal bars with the category names on the left; a pyramid's first series grows to the left. */
function BarsAcross({ data, box, scale }: Part) {
  const pyramid = data.layout === 'pyramid';
  const series = data.series.slice(0, drawnSeriesCount(data));
  // The pyramid's age bands arrive youngest first and are drawn oldest on top.
  const order = data.categories.map((_, i) => i);
  if (pyramid) order.reverse();
  const layout = bands(order.length, box.top, box.height, pyramid ? 1 : series.length, pyramid ? 0.12 : 0.2);
  const zero = scaleAt(scale, box.left, box.width, 0);
  return (
    <g>
      {order.map((category, row) => {
        const lines = wrapLabel(data.categories[category]!, box.left - 12);
        const centre = layout.centre(row);
        return (
          <g key={category}>
            <text
              x={box.left - 8}
              y={centre - ((lines.length - 1) * LINE_HEIGHT) / 2}
              textAnchor="end"
              dominantBaseline="central"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={box.left - 8} dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {series.map((s, i) => {
              const value = s.values[category];
              if (value == null) return null;
              const signed = pyramid && i === 0 ? -value : value;
              const end = scaleAt(scale, box.left, box.width, signed);
              const style = seriesStyle(i);
              return (
                <rect
                  key={s.key}
                  x={Math.min(zero, end)}
                  y={layout.barStart(row, pyramid ? 0 : i)}
                  width={Math.abs(end - zero)}
                  height={layout.bar}
                  fill={patternFill(style, patternId(data.id, i, 'chart'))}
                  stroke={style.color}
                  strokeWidth={1.5}
                />
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** Grouped columns with the category names under them. */
function Columns({ data, box, scale }: Part) {
  const series = data.series;
  const layout = bands(data.categories.length, box.left, box.width, series.length, 0.2);
  const zero = scaleAt(scale, box.top + box.height, -box.height, 0);
  return (
    <g>
      {data.categories.map((category, c) => (
        <g key={c}>
          <text x={layout.centre(c)} y={box.top + box.height + 18} textAnchor="middle">
            {fitLabel(category, layout.band)}
          </text>
          {series.map((s, i) => {
            const value = s.values[c];
            if (value == null) return null;
            const top = scaleAt(scale, box.top + box.height, -box.height, value);
            const style = seriesStyle(i);
            return (
              <rect
                key={s.key}
                x={layout.barStart(c, i)}
                y={Math.min(zero, top)}
                width={layout.bar}
                height={Math.abs(zero - top)}
                fill={patternFill(style, patternId(data.id, i, 'chart'))}
                stroke={style.color}
                strokeWidth={1.5}
              />
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** One line per series, broken where a value is hidden or missing, with each series' own marker and dash. */
function Lines({ data, box, scale }: Part) {
  const count = data.categories.length;
  const x = (i: number) => pointAt(count, box.left, box.width, i);
  const y = (v: number) => scaleAt(scale, box.top + box.height, -box.height, v);
  const labelWidth = (box.width - 32) / Math.max(1, count - 1);
  return (
    <g>
      {data.categories.map((category, c) => (
        <text key={c} x={x(c)} y={box.top + box.height + 18} textAnchor="middle">
          {fitLabel(category, count > 1 ? labelWidth : box.width)}
        </text>
      ))}
      {data.series.map((s, i) => {
        const style = seriesStyle(i);
        return (
          <g key={s.key}>
            {lineRuns(s.values).map((run) => (
              <polyline
                key={run[0]}
                points={run.map((c) => `${x(c)},${y(s.values[c]!)}`).join(' ')}
                fill="none"
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
              />
            ))}
            {s.values.map((v, c) => (v == null ? null : <SeriesMarker key={c} cx={x(c)} cy={y(v)} style={style} />))}
          </g>
        );
      })}
    </g>
  );
}

/** A goal or benchmark as a dashed line, labelled outside the plot (right of a level, above a vertical line). */
function ReferenceMark({ data, box, scale, across }: Part & { across: boolean }) {
  if (!data.reference) return null;
  const { label, value } = data.reference;
  const common = { stroke: REFERENCE, strokeWidth: 2, strokeDasharray: '6 3' };
  const text = { fill: REFERENCE, fontWeight: 600 };
  if (across) {
    const x = scaleAt(scale, box.left, box.width, value);
    return (
      <g>
        <line x1={x} y1={box.top} x2={x} y2={box.top + box.height} {...common} />
        <text x={x} y={box.top - 8} textAnchor={labelAnchor(x, box)} {...text}>
          {label}
        </text>
      </g>
    );
  }
  const y = scaleAt(scale, box.top + box.height, -box.height, value);
  return (
    <g>
      <line x1={box.left} y1={y} x2={box.left + box.width} y2={y} {...common} />
      <text x={box.left + box.width + 6} y={y} dominantBaseline="central" {...text}>
        {label}
      </text>
    </g>
  );
}

/** A label above a vertical line stays inside the drawing when the line is near either edge. */
function labelAnchor(x: number, box: Box): 'start' | 'middle' | 'end' {
  if (x > box.left + box.width * 0.75) return 'end';
  if (x < box.left + box.width * 0.25) return 'start';
  return 'middle';
}
