/**
 * The one chart drawer of the exports (the samverkan deck's dashboard charts, the plan's key charts): SVG drawn on
 * the server from chart data already suppressed for the reader (a hidden cell has no bar, only its "<5" / "–") and
 * already formatted in Swedish (lib/format.ts, lib/plans/figures.ts). Horizontal grouped bars with the value
 * written at each bar, so the chart reads without colour; the alternative text says what the chart shows and
 * lists every value. Pure.
 */
import type { ChartData, ChartSeries } from '../statistics/dashboard/chart-data';

/** What the drawer needs of a chart: the dashboard's ChartData, or a plan's figures over the years. */
export type DrawableChart = Pick<ChartData, 'title' | 'summary' | 'categories'> & {
  series: Pick<ChartSeries, 'label' | 'values' | 'displays'>[];
};

/** The drawing's own coordinate space; `displayWidth` scales it (same proportions) where the page is narrower. */
export const CHART_SIZE = { width: 1200, height: 600 };
const HEADING_HEIGHT = 44;

const COLOURS = ['#1f5fa8', '#c2410c', '#4d7c0f'];
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
const MAX_CATEGORIES = 8;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The categories and series a slide has room for: at most three series (the newest) and eight categories — the
 * eight largest of the newest series when there are more (e.g. the occupations with the highest turnover), kept
 * in the chart's own order.
 */
function visiblePart(chart: DrawableChart) {
  const series = chart.series.slice(-3);
  const newest = series.at(-1);
  const indexes = chart.categories.map((_, i) => i);
  const kept =
    indexes.length <= MAX_CATEGORIES || !newest
      ? indexes
      : [...indexes]
          .sort((a, b) => (newest.values[b] ?? -1) - (newest.values[a] ?? -1))
          .slice(0, MAX_CATEGORIES)
          .sort((a, b) => a - b);
  return {
    categories: kept.map((i) => chart.categories[i]!),
    series: series.map((s) => ({
      label: s.label,
      values: kept.map((i) => s.values[i] ?? null),
      displays: kept.map((i) => s.displays[i] ?? ''),
    })),
  };
}

/**
 * The chart as SVG. `heading`: the title drawn above the legend, where nothing else titles the chart (the plan's
 * documents; a slide has its own title).
 */
export function chartSvg(
  chart: DrawableChart,
  { heading = false, displayWidth = CHART_SIZE.width }: { heading?: boolean; displayWidth?: number } = {},
): string {
  const { width, height } = CHART_SIZE;
  const { categories, series } = visiblePart(chart);
  const headingHeight = heading ? HEADING_HEIGHT : 0;
  const left = 330;
  const right = 140;
  const top = 60 + headingHeight;
  const bottom = 20;
  const plotWidth = width - left - right;
  const rowHeight = (height - top - bottom) / Math.max(1, categories.length);
  const barHeight = Math.min(34, (rowHeight * 0.8) / Math.max(1, series.length));
  const max = Math.max(1e-9, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${displayWidth}" height="${(displayWidth * height) / width}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (heading) {
    parts.push(
      `<text x="20" y="34" font-size="26" font-weight="bold" fill="#1a1a1a">${escapeXml(shorten(chart.title, 80))}</text>`,
    );
  }
  series.forEach((s, i) => {
    const x = left + i * 220;
    const y = 16 + headingHeight;
    parts.push(`<rect x="${x}" y="${y}" width="22" height="22" fill="${COLOURS[i % COLOURS.length]}"/>`);
    parts.push(
      `<text x="${x + 30}" y="${y + 18}" font-size="22" fill="#1a1a1a">${escapeXml(shorten(s.label, 14))}</text>`,
    );
  });
  categories.forEach((category, c) => {
    const rowTop = top + c * rowHeight;
    const groupTop = rowTop + (rowHeight - barHeight * series.length) / 2;
    parts.push(
      `<text x="${left - 12}" y="${rowTop + rowHeight / 2 + 8}" font-size="22" text-anchor="end" fill="#1a1a1a">${escapeXml(shorten(category, 26))}</text>`,
    );
    series.forEach((s, i) => {
      const value = s.values[c] ?? null;
      const y = groupTop + i * barHeight;
      const length = value === null ? 0 : Math.max(0, (value / max) * plotWidth);
      if (length > 0) {
        parts.push(
          `<rect x="${left}" y="${y + 2}" width="${length.toFixed(1)}" height="${(barHeight - 4).toFixed(1)}" fill="${COLOURS[i % COLOURS.length]}"/>`,
        );
      }
      parts.push(
        `<text x="${left + length + 8}" y="${y + barHeight / 2 + 7}" font-size="20" fill="#1a1a1a">${escapeXml(s.displays[c] ?? '')}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${left}" y1="${top - 6}" x2="${left}" y2="${height - bottom}" stroke="#555" stroke-width="2"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

/** What a screen reader reads for the image: the title and summary, then every value shown. */
export function chartAltText(chart: DrawableChart): string {
  const { categories, series } = visiblePart(chart);
  const values = categories
    .map((category, c) => `${category}: ${series.map((s) => `${s.label} ${s.displays[c] ?? ''}`).join(', ')}`)
    .join('; ');
  return [`${chart.title}.`, chart.summary, `${values}.`].filter(Boolean).join(' ');
}

/** The values drawn, as a table (header row first): shown instead of the image where it cannot be drawn. */
export function chartTable(chart: DrawableChart, categoryLabel: string): { header: string[]; rows: string[][] } {
  const { categories, series } = visiblePart(chart);
  return {
    header: [categoryLabel, ...series.map((s) => s.label)],
    rows: categories.map((category, c) => [category, ...series.map((s) => s.displays[c] ?? '')]),
  };
}
