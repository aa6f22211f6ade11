/**
 * The dashboard as the user sees it, flattened into rows for a spreadsheet: one row per shown cell (chart ×
 * category × series). Pure. It reads only the page model (lib/statistics/dashboard-queries.ts loadDashboard), in
 * which cells the reader may not see are already null with "<5" / "–": a hidden cell stays hidden here, with the
 * reason, and its value is never looked up again.
 */
import type { ChartData, ChartUnit } from '../statistics/dashboard/chart-data';
import type { DashboardSection } from '../statistics/dashboard';
import { MISSING } from '../statistics/dashboard/rows';
import { SUPPRESSION_REASONS, suppressedDisplay } from '../statistics/suppression/rule';

/** What a spreadsheet writes in place of a value the reader may not see. */
export const HIDDEN_CELL = '–';

export type StatisticsCell =
  | { kind: 'number'; value: number; unit: ChartUnit }
  | { kind: 'hidden'; reason: string }
  | { kind: 'text'; text: string };

export type StatisticsRow = {
  chart: string;
  /** What the categories are, e.g. "Åldersgrupp". */
  breakdown: string;
  category: string;
  series: string;
  cell: StatisticsCell;
};

export type StatisticsSheet = { id: string; heading: string; rows: StatisticsRow[]; charts: ChartData[] };

export const STATISTICS_HEADER = ['Diagram', 'Indelning', 'Kategori', 'Serie', 'Värde'] as const;

const HIDDEN_REASONS: Record<string, string> = {
  [suppressedDisplay('small')]: SUPPRESSION_REASONS.small,
  [suppressedDisplay('complementary')]:
    `${SUPPRESSION_REASONS.complementary}, eller antalet personer bakom den är okänt`,
};

function cellOf(value: number | null, display: string, unit: ChartUnit): StatisticsCell {
  if (value !== null) return { kind: 'number', value, unit };
  const reason = HIDDEN_REASONS[display];
  if (reason) return { kind: 'hidden', reason };
  return { kind: 'text', text: display || MISSING };
}

function chartRows(chart: ChartData): StatisticsRow[] {
  const base = { chart: chart.title, breakdown: chart.categoryLabel };
  if (chart.emptyMessage) {
    return [{ ...base, category: '', series: '', cell: { kind: 'text', text: chart.emptyMessage } }];
  }
  return chart.categories.flatMap((category, i) =>
    chart.series.map((s) => ({
      ...base,
      category,
      series: s.label,
      cell: cellOf(s.values[i] ?? null, s.displays[i] ?? '', chart.unit),
    })),
  );
}

/** One sheet per section of the dashboard (a measure group), in the dashboard's order. */
export function statisticsSheets(sections: readonly DashboardSection[]): StatisticsSheet[] {
  return sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    charts: section.charts,
    rows: section.charts.flatMap(chartRows),
  }));
}

export type StatisticsExportMeta = {
  organization: string;
  /** "Hela förvaltningen" or the department shown. */
  scope: string;
  /** The year chosen, or null: each measure for its newest year. */
  year: number | null;
  exportedBy: string;
  exportedAt: Date;
  /** The reader's figures are suppressed (n < 5 and what could be worked out from totals). */
  suppressed: boolean;
};

export function periodText(year: number | null): string {
  return year === null ? 'Senaste uppgift för varje mått, jämfört med året före' : `${year} jämfört med ${year - 1}`;
}
