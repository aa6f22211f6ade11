/**
 * What a dashboard chart receives: plain, already aggregated and already suppressed data, with the text a
 * reader needs (summary, definition). Built on the server (lib/statistics/dashboard/), drawn by
 * components/charts/stat-chart.tsx. Suppressed cells arrive as null values: the client never sees them.
 */

export type ChartUnit = 'count' | 'percent' | 'ratio' | 'index';

export type ChartLayout =
  | 'bar' // vertical grouped bars, categories on the x axis
  | 'horizontalBar' // horizontal grouped bars, for long category names (occupations, departments)
  | 'pyramid' // age × gender: first series drawn to the left, second to the right
  | 'line'; // values over periods (e.g. tertials, years)

export type ChartSeries = {
  key: string;
  label: string; // e.g. "2024", "Kvinnor", "ORG"
  /** One per category; null = suppressed or missing (see cellNotes). */
  values: (number | null)[];
  /** Formatted Swedish text per category, e.g. "1 016", "6,2 %", "–", "<5". */
  displays: string[];
};

export type ChartData = {
  id: string; // stable, used for element ids
  title: string;
  /** One sentence saying what the chart shows, read before the chart. */
  summary: string;
  /** How the measure is defined (shown under the chart). */
  definition: string;
  unit: ChartUnit;
  layout: ChartLayout;
  categoryLabel: string; // header of the category column in the table view, e.g. "Åldersgrupp"
  categories: string[];
  series: ChartSeries[];
  /** A goal or benchmark drawn as a labelled reference line, e.g. 90 % full time, 30 per manager. */
  reference?: { label: string; value: number };
  /** Shown when any cell is suppressed: why (n < 5, or derivable from a total). */
  suppressionNote?: string;
  /** Nothing to show: the reason, in Swedish (the chart is replaced by this text). */
  emptyMessage?: string;
  /** Where the figures come from ("Källa"): the import (file, who, when) or demo data, generated or stated. */
  source?: { text: string; generated: boolean };
};
