/**
 * The plan's key charts, drawn on the server as SVG (no browser, no network): every figure the plan quotes for
 * more than one year (sick leave 2023 and 2024, turnover 2023 and 2024 …) as a bar chart of its years. Only
 * figures the reader may see are drawn: a chart with a hidden year is left out rather than drawn with a gap.
 * Each chart carries its alternative text, which reads out every value. Pure.
 */
import { bindingKey } from '../plans/document';
import { type ResolvedFigure, displayFigure } from '../plans/figures';

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

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

function barChart(label: string, figures: ResolvedFigure[]): Chart {
  const bars = figures.map((f) => ({ label: f.period, value: f.value!, display: displayFigure(f) }));
  const title = `${label}, ${bars[0]!.label}–${bars.at(-1)!.label}`;
  const width = 480;
  const height = 256;
  const top = 56;
  const bottom = 40;
  const plotHeight = height - top - bottom;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const slot = (width - 40) / bars.length;
  const barWidth = Math.min(80, slot * 0.6);
  const shapes = bars.map((bar, i) => {
    const h = Math.max(1, (Math.max(bar.value, 0) / max) * plotHeight);
    const x = 20 + slot * i + (slot - barWidth) / 2;
    const y = top + plotHeight - h;
    const cx = x + barWidth / 2;
    return [
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="#1f5f8b"/>`,
      `<text x="${cx.toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle" font-size="14">${escapeXml(bar.display)}</text>`,
      `<text x="${cx.toFixed(1)}" y="${height - bottom + 20}" text-anchor="middle" font-size="14">${escapeXml(bar.label)}</text>`,
    ].join('');
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="Liberation Sans, Arial, Helvetica, sans-serif" fill="#1a1a1a">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="20" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>` +
    `<line x1="20" y1="${top + plotHeight}" x2="${width - 20}" y2="${top + plotHeight}" stroke="#555555"/>` +
    shapes.join('') +
    `</svg>`;
  return {
    title,
    alt: `Stapeldiagram: ${title}. ${bars.map((b) => `${b.label}: ${b.display}`).join(', ')}.`,
    bars,
    figureKeys: figures.map((f) => bindingKey(f.binding)),
    svg,
    width,
    height,
  };
}
