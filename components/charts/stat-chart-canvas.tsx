'use client';

/**
 * The recharts drawing. Decorative duplication of the table next to it: the caller wraps it in
 * aria-hidden, so recharts' accessibilityLayer (which makes the SVG focusable) is switched off.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';
import {
  categoryAxisWidth,
  drawnSeriesCount,
  formatTick,
  pyramidDomain,
  pyramidTicks,
  seriesKey,
  toRows,
} from './chart-layout';
import { patternFill, patternId, SeriesMarker, SeriesPattern, seriesStyle } from './series-style';

const TICK = { fontSize: 12, fill: '#3d4650' };
const AXIS_LINE = { stroke: '#6b7580' };
const GRID = '#d5dae0';

/** Bars and lines start at zero unless the data goes below it. */
const FROM_ZERO = [(dataMin: number) => Math.min(0, dataMin), 'auto'] as const;

const subscribeNothing = () => () => {};

/** False on the server and during hydration, true after: ResponsiveContainer can only measure in a browser. */
function useMounted(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

export function StatChartCanvas({ data, height }: { data: ChartData; height: number }) {
  const mounted = useMounted();
  const [width, setWidth] = useState(0);
  return (
    <div className="stat-chart__canvas" style={{ height }}>
      {mounted && (
        <ResponsiveContainer width="100%" height={height} onResize={(w) => setWidth(w)}>
          {data.layout === 'line' ? <LineCanvas data={data} /> : <BarCanvas data={data} width={width} />}
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** Tooltip text comes from the server's displays, so "<5" and "–" read exactly as in the table. */
function ChartTooltip({ data, active, activeIndex }: { data: ChartData } & Partial<TooltipContentProps>) {
  const index = activeIndex == null ? NaN : Number(activeIndex);
  const category = data.categories[index];
  if (!active || category == null) return null;
  return (
    <div className="stat-chart__tooltip">
      <p>{category}</p>
      <ul>
        {data.series.slice(0, drawnSeriesCount(data)).map((s, i) => (
          <li key={s.key}>
            <span className="stat-chart__tooltip-key" style={{ background: seriesStyle(i).color }} />
            {s.label}: <strong>{s.displays[index] ?? '–'}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

function tooltip(data: ChartData): ReactNode {
  return (
    <Tooltip
      content={(props) => <ChartTooltip data={data} {...props} />}
      cursor={{ fill: 'rgba(11, 83, 148, 0.08)', stroke: '#6b7580' }}
      isAnimationActive={false}
    />
  );
}

/** Long occupation and department names wrap onto up to three lines (ellipsis beyond; tooltip and table show all). */
function CategoryTick({ x, y, payload, width }: YAxisTickContentProps & { width: number }) {
  return (
    <Text x={x} y={y} width={width} maxLines={3} textAnchor="end" verticalAnchor="middle" {...TICK}>
      {String(payload.value)}
    </Text>
  );
}

/** Room to the right of the plot for a horizontal reference line's label, so it never covers a bar. */
function rightMargin(data: ChartData, axis: 'x' | 'y'): number {
  return data.reference && axis === 'y' ? Math.max(24, Math.round(data.reference.label.length * 7.2) + 12) : 24;
}

/** Label outside the plot (right of a horizontal line, above a vertical one) so bars never hide it. */
function referenceLine(data: ChartData, axis: 'x' | 'y'): ReactNode {
  if (!data.reference) return null;
  const position = { [axis]: data.reference.value };
  return (
    <ReferenceLine
      {...position}
      stroke="#1b1f23"
      strokeWidth={2}
      strokeDasharray="6 3"
      ifOverflow="extendDomain"
      label={{
        value: data.reference.label,
        position: axis === 'y' ? 'right' : 'top',
        fill: '#1b1f23',
        fontSize: 12,
        fontWeight: 600,
      }}
    />
  );
}

function BarCanvas({ data, width }: { data: ChartData; width: number }) {
  const vertical = data.layout !== 'bar'; // recharts "vertical" = categories down the Y axis
  const pyramid = data.layout === 'pyramid';
  const series = data.series.slice(0, drawnSeriesCount(data));
  const tick = (value: number) => formatTick(data.unit, pyramid ? Math.abs(value) : value);
  const labelWidth = categoryAxisWidth(data.categories, width);
  const valueAxis = {
    type: 'number' as const,
    tickFormatter: tick,
    tick: TICK,
    axisLine: AXIS_LINE,
    tickLine: AXIS_LINE,
  };
  return (
    <BarChart
      data={toRows(data)}
      layout={vertical ? 'vertical' : 'horizontal'}
      accessibilityLayer={false}
      stackOffset={pyramid ? 'sign' : undefined}
      barCategoryGap={pyramid ? '12%' : '20%'}
      margin={{ top: 20, right: rightMargin(data, vertical ? 'x' : 'y'), bottom: 8, left: 8 }}
    >
      <defs>
        {series.map((_, i) => (
          <SeriesPattern key={i} id={patternId(data.id, i, 'chart')} style={seriesStyle(i)} />
        ))}
      </defs>
      <CartesianGrid stroke={GRID} vertical={vertical} horizontal={!vertical} />
      {vertical ? (
        <>
          <XAxis
            {...valueAxis}
            domain={pyramid ? pyramidDomain(data) : FROM_ZERO}
            ticks={pyramid ? pyramidTicks(data) : undefined}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={labelWidth}
            reversed={pyramid} // age bands arrive youngest first; the pyramid puts the oldest on top
            interval={0}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            tick={(props: YAxisTickContentProps) => <CategoryTick {...props} width={labelWidth - 8} />}
          />
        </>
      ) : (
        <>
          <XAxis
            type="category"
            dataKey="category"
            interval={0}
            tick={TICK}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
          />
          <YAxis {...valueAxis} domain={FROM_ZERO} width={64} />
        </>
      )}
      {tooltip(data)}
      {series.map((s, i) => {
        const style = seriesStyle(i);
        return (
          <Bar
            key={s.key}
            dataKey={seriesKey(i)}
            name={s.label}
            stackId={pyramid ? 'pyramid' : undefined}
            fill={patternFill(style, patternId(data.id, i, 'chart'))}
            stroke={style.color}
            strokeWidth={1.5}
            isAnimationActive={false}
          />
        );
      })}
      {referenceLine(data, vertical ? 'x' : 'y')}
    </BarChart>
  );
}

function LineCanvas({ data }: { data: ChartData }) {
  return (
    <LineChart
      data={toRows(data)}
      accessibilityLayer={false}
      margin={{ top: 20, right: rightMargin(data, 'y'), bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis
        dataKey="category"
        interval={0}
        tick={TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        padding={{ left: 16, right: 16 }}
      />
      <YAxis
        type="number"
        domain={FROM_ZERO}
        width={64}
        tickFormatter={(value: number) => formatTick(data.unit, value)}
        tick={TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
      />
      {tooltip(data)}
      {data.series.map((s, i) => {
        const style = seriesStyle(i);
        return (
          <Line
            key={s.key}
            dataKey={seriesKey(i)}
            name={s.label}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            connectNulls={false} // a suppressed period is a gap, not an interpolated value
            dot={({ cx, cy, value }) =>
              cx == null || cy == null || value == null ? null : <SeriesMarker cx={cx} cy={cy} style={style} />
            }
            activeDot={({ cx, cy }) =>
              cx == null || cy == null ? null : <SeriesMarker cx={cx} cy={cy} style={style} r={6} />
            }
            isAnimationActive={false}
          />
        );
      })}
      {referenceLine(data, 'y')}
    </LineChart>
  );
}
