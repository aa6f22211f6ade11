/**
 * The plan's key charts, drawn on the server as SVG by the exports' one drawer (chart-svg.ts): every figure the
 * plan quotes for more than one year (sick leave 2023 and 2024, turnover 2023 and 2024 …) as a bar chart of its
 * years. Only
 * figures the reader may see are drawn: a chart with a hidden year is left out rather than drawn with a gap.
 * Each chart carries its alternative text, which reads out every value. Pure.
 */
import { bindingKey } from '../plans/document';
import { type ResolvedFigure, displayFigure } from '../plans/figures';
import { CHART_SIZE, chartAltText, chartSvg } from './chart-svg';

export type Chart = {
  title: string;
  /** Read by screen readers and Word's accessibility checker: the title and every value. */
  alt: string;
  bars: { label: string; value: number; display: string }[];
  /** The figures drawn, by binding key (the chart follows the section that first quotes one). */
  figureKeys: string[];
  svg: string;
  width: number;
  height: number;
};

const MAX_CHARTS = 4;

export function keyCharts(figures: Record<string, ResolvedFigure>): Chart[] {
  const series = new Map<string, ResolvedFigure[]>();
  for (const figure of Object.values(figures)) {
    const withoutYear = bindingKey({ ...figure.binding, year: 0 });
    series.set(withoutYear, [...(series.get(withoutYear) ?? []), figure]);
  }
  const charts: Chart[] = [];
  for (const list of series.values()) {
    if (list.length < 2 || list.some((f) => f.hidden || f.value === null)) continue;
    const sorted = [...list].sort((a, b) => a.binding.year - b.binding.year);
    charts.push(barChart(sorted[0]!.label, sorted));
    if (charts.length === MAX_CHARTS) break;
  }
  return charts;
}

/** Drawn at 600 px wide on the page (the drawing's proportions); the PNG beside it at twice that. */
const DISPLAY_WIDTH = 600;

function barChart(label: string, figures: ResolvedFigure[]): Chart {
  const bars = figures.map((f) => ({ label: f.period, value: f.value!, display: displayFigure(f) }));
  const title = `${label}, ${bars[0]!.label}–${bars.at(-1)!.label}`;
  const drawn = {
    title,
    summary: '',
    categories: bars.map((b) => b.label),
    series: [{ label, values: bars.map((b) => b.value), displays: bars.map((b) => b.display) }],
  };
  return {
    title,
    alt: `Stapeldiagram: ${chartAltText(drawn)}`,
    bars,
    figureKeys: figures.map((f) => bindingKey(f.binding)),
    svg: chartSvg(drawn, { heading: true, displayWidth: DISPLAY_WIDTH }),
    width: DISPLAY_WIDTH,
    height: (DISPLAY_WIDTH * CHART_SIZE.height) / CHART_SIZE.width,
  };
}
