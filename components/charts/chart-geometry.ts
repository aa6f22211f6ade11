/**
 * Where a dashboard chart's marks go, computed on the server (issue 20): recharts 3 draws nothing outside a
 * browser (recharts#5997), so the dashboard's charts are drawn by static-chart.tsx from these numbers and ship
 * no JavaScript. Pure: value scales with round ticks, category bands and the plot box for each layout.
 */
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';
import { categoryAxisWidth, drawnSeriesCount, pyramidDomain, pyramidTicks } from './chart-layout';

/** The drawing's own width; the SVG scales to its card (viewBox), so text stays readable on a phone. */
export const CHART_WIDTH = 400;
/** Font size in drawing units, also used to estimate how much text fits. */
export const TICK_FONT_SIZE = 13;
const CHAR_WIDTH = 7.3;

export type ValueScale = { min: number; max: number; ticks: number[] };
export type Box = { left: number; top: number; width: number; height: number };

/** 1, 2, 2.5, 5 × 10ⁿ: the step between about `count` round ticks. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10;
  return Number((factor * magnitude).toPrecision(12));
}

/** Bars and lines start at zero unless the data goes below it; a reference line is always inside the scale. */
export function valueScale(data: ChartData): ValueScale {
  if (data.layout === 'pyramid') {
    const [min, max] = pyramidDomain(data);
    return { min, max, ticks: pyramidTicks(data) };
  }
  const values = data.series
    .slice(0, drawnSeriesCount(data))
    .flatMap((s) => s.values)
    .filter((v): v is number => v != null);
  if (data.reference) values.push(data.reference.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const step = niceStep(span, 4);
  const min = Math.floor(low / step) * step;
  const max = Math.max(Math.ceil(high / step) * step, min + step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks };
}

/** Position of a value along an axis of `length` from `start`, `min` at the start. */
export function scaleAt(scale: ValueScale, start: number, length: number, value: number): number {
  return start + ((value - scale.min) / (scale.max - scale.min || 1)) * length;
}

/** Room to the right of the plot for a horizontal reference line's label, so it never covers a mark. */
function rightMargin(data: ChartData): number {
  const labelled = data.reference && (data.layout === 'bar' || data.layout === 'line');
  return labelled ? Math.max(24, Math.round(data.reference!.label.length * CHAR_WIDTH) + 12) : 24;
}

/** The plot area inside the drawing: category labels left (bars across) or value ticks left (columns, lines). */
export function plotBox(data: ChartData, height: number): Box {
  const across = data.layout === 'horizontalBar' || data.layout === 'pyramid';
  const left = across ? categoryAxisWidth(data.categories, CHART_WIDTH) : 56;
  const top = across && data.reference ? 28 : 16;
  const bottom = 28; // tick labels under the plot
  const right = rightMargin(data);
  return { left, top, width: CHART_WIDTH - left - right, height: height - top - bottom };
}

/** A category's band: its start and size along the category axis, and each series' bar within it. */
export function bands(count: number, start: number, length: number, seriesCount: number, gap: number) {
  const band = length / Math.max(1, count);
  const inner = band * (1 - gap);
  const bar = inner / Math.max(1, seriesCount);
  return {
    band,
    bar,
    barStart: (category: number, series: number) => start + category * band + (band - inner) / 2 + series * bar,
    centre: (category: number) => start + category * band + band / 2,
  };
}

/** The x of each point of a line chart: evenly spaced with a little padding at both ends. */
export function pointAt(count: number, start: number, length: number, index: number): number {
  const padding = 16;
  if (count <= 1) return start + length / 2;
  return start + padding + (index * (length - 2 * padding)) / (count - 1);
}

/** The runs of consecutive non-null points: a suppressed period is a gap in the line, not an interpolation. */
export function lineRuns(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v == null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) runs.push(current);
  return runs;
}

/** A long category name on up to three lines of about `width` units, the last one ending in "…" if cut. */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const perLine = Math.max(4, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => l.length <= perLine)) return lines;
  const kept = lines.slice(0, maxLines).map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
  return kept;
}

/** A label under a column shortened to its band, so neighbours never overlap. */
export function fitLabel(text: string, width: number): string {
  const fits = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return text.length > fits ? `${text.slice(0, fits - 1)}…` : text;
}
