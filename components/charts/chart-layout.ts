/** Pure sizing and formatting decisions for a StatChart's drawing (static-chart.tsx, chart-geometry.ts). */
import { formatDecimal, formatInteger, formatPercent } from '@/lib/format';
import type { ChartData, ChartUnit } from '@/lib/statistics/dashboard/chart-data';

/** An id that is valid in HTML ids and SVG url(#…) references whatever the data id contains. */
export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Axis ticks in Swedish: "6,2 %", "1 016", "31,5", "83". */
export function formatTick(unit: ChartUnit, value: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return formatDecimal(value);
    case 'count':
    case 'index':
      return formatInteger(value);
  }
}

/** Row height per category down the Y axis: room for the bars, and for three wrapped lines of a long name. */
function rowHeight(data: ChartData): number {
  if (data.layout === 'pyramid') return 28;
  const longNames = data.categories.some((c) => c.length > 24);
  return Math.max(longNames ? 40 : 28, 12 * data.series.length + 12);
}

/** The drawing's height in its own units: room for every category's row (bars across) or a fixed plot. */
export function chartHeight(data: ChartData): number {
  if (data.layout === 'horizontalBar' || data.layout === 'pyramid') {
    return Math.max(300, data.categories.length * rowHeight(data) + 70);
  }
  return 320;
}

/**
 * Y axis width for category labels: long Swedish occupation names get up to 220 px (and wrap beyond that),
 * but never more than half of a narrow chart, so the bars keep room on a phone.
 */
export function categoryAxisWidth(categories: string[], chartWidth = 0): number {
  const longest = categories.reduce((max, c) => Math.max(max, c.length), 0);
  // Wide enough for "60–64 år" and most occupation names on one line; never more than half the chart.
  const cap = chartWidth > 0 ? Math.min(260, Math.max(96, Math.round(chartWidth * 0.5))) : 260;
  return Math.min(cap, Math.max(76, Math.round(longest * 7.6) + 20));
}

/** The series the chart draws: a pyramid has exactly two sides (the table still lists every series). */
export function drawnSeriesCount(data: ChartData): number {
  return data.layout === 'pyramid' ? Math.min(2, data.series.length) : data.series.length;
}

/** 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above the value, so explicit domains still get round ticks. */
function niceCeil(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * magnitude >= value) ?? 10;
  return Number((step * magnitude).toPrecision(12));
}

/** Symmetric domain so the pyramid's centre line sits in the middle whatever the two totals are. */
export function pyramidDomain(data: ChartData): [number, number] {
  const max = data.series
    .slice(0, 2)
    .flatMap((s) => s.values)
    .reduce<number>((m, v) => Math.max(m, Math.abs(v ?? 0)), 0);
  const extent = niceCeil(Math.max(max, data.reference?.value ?? 0) || 1);
  return [-extent, extent];
}

/** Symmetric ticks with 0 at the centre line (automatic ticks split ±extent unevenly). */
export function pyramidTicks(data: ChartData): number[] {
  const [, extent] = pyramidDomain(data);
  return [-extent, -extent / 2, 0, extent / 2, extent];
}
