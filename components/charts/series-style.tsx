/**
 * How a series looks: colour + fill pattern (bars) or colour + dash + marker (lines). Shape carries the
 * difference as well as hue, so the chart still reads in greyscale or for colour-blind readers (WCAG 1.4.1).
 * Plain SVG, no hooks: used by the server-rendered legend and the client canvas alike.
 */

import { safeId } from './chart-layout';

/** Dark hues, each ≥ 4.5:1 against white, so bars, lines and pattern strokes pass 1.4.11 (3:1) with margin. */
export const SERIES_COLORS = ['#0b5394', '#b45309', '#166534', '#6b21a8', '#9f1239', '#334155'] as const;

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'grid';
export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangleDown';

const PATTERNS: PatternKind[] = ['solid', 'diagonal', 'dots', 'crosshatch', 'horizontal', 'grid'];
const MARKERS: MarkerKind[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangleDown'];
/** '0' = solid; the rest differ in rhythm, not just length, so two lines cannot be confused. */
const DASHES = ['0', '8 4', '2 3', '10 4 2 4', '4 4', '12 3 3 3 3 3'];

export type SeriesStyle = {
  color: string;
  pattern: PatternKind;
  marker: MarkerKind;
  dash: string;
};

/** Colour and shape advance together, so series n is always the same look in every chart. */
export function seriesStyle(index: number): SeriesStyle {
  const at = <T,>(list: readonly T[]) => list[index % list.length] as T;
  return { color: at(SERIES_COLORS), pattern: at(PATTERNS), marker: at(MARKERS), dash: at(DASHES) };
}

/** A valid, unique-per-chart SVG id (data ids may contain characters that break url(#…)). */
export function patternId(chartId: string, index: number, scope: 'chart' | 'legend'): string {
  return `stat-chart-${safeId(chartId)}-${scope}-${index}`;
}

export function patternFill(style: SeriesStyle, id: string): string {
  return style.pattern === 'solid' ? style.color : `url(#${id})`;
}

/** The `<pattern>` for one series; white ground with marks in the series colour. */
export function SeriesPattern({ id, style }: { id: string; style: SeriesStyle }) {
  const { color, pattern } = style;
  if (pattern === 'solid') return null;
  const size = pattern === 'dots' ? 6 : 7;
  const rotate = pattern === 'diagonal' || pattern === 'crosshatch' ? 'rotate(45)' : undefined;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform={rotate}>
      <rect width={size} height={size} fill="#fff" />
      {pattern === 'diagonal' && <rect width={3} height={size} fill={color} />}
      {pattern === 'dots' && <circle cx={3} cy={3} r={1.8} fill={color} />}
      {(pattern === 'crosshatch' || pattern === 'grid') && (
        <path d={`M0 0V${size}M0 0H${size}`} stroke={color} strokeWidth={pattern === 'grid' ? 2 : 2.5} />
      )}
      {pattern === 'horizontal' && <rect width={size} height={3} fill={color} />}
    </pattern>
  );
}

/** A line marker centred on (cx, cy); filled white with a coloured outline so it is visible on the line. */
export function SeriesMarker({ cx, cy, style, r = 4.5 }: { cx: number; cy: number; style: SeriesStyle; r?: number }) {
  const common = { fill: '#fff', stroke: style.color, strokeWidth: 2 };
  switch (style.marker) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
    case 'triangle':
      return <path d={`M${cx} ${cy - r * 1.2}L${cx + r * 1.1} ${cy + r * 0.8}H${cx - r * 1.1}Z`} {...common} />;
    case 'triangleDown':
      return <path d={`M${cx} ${cy + r * 1.2}L${cx + r * 1.1} ${cy - r * 0.8}H${cx - r * 1.1}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx} ${cy - r * 1.3}L${cx + r} ${cy}L${cx} ${cy + r * 1.3}L${cx - r} ${cy}Z`} {...common} />;
    case 'cross':
      return (
        <path
          d={`M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx - r} ${cy + r}L${cx + r} ${cy - r}`}
          {...common}
          strokeWidth={2.5}
        />
      );
  }
}
