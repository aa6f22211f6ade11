/**
 * Statistics → CSV as Swedish Excel opens it: UTF-8 with BOM, ";" between cells, decimal comma, CRLF. One file:
 * every table the dashboard shows, with the section in the first column. Text cells go through escapeCsvCell
 * (formula injection); numbers are written as numbers. Pure.
 */
import { escapeCsvCell, quoteCsvCell } from '../statistics/import/escape';
import type { DashboardSection } from '../statistics/dashboard';
import type { ChartUnit } from '../statistics/dashboard/chart-data';
import { HIDDEN_CELL, STATISTICS_HEADER, statisticsSheets } from './sheet-statistics-table';

const UNIT_WORDS: Record<ChartUnit, string> = { count: 'antal', percent: 'procent', ratio: 'kvot', index: 'index' };

/** 1016 → "1016", 6.2 → "6,2": no thousands separator, so Excel reads the cell as a number. */
function csvNumber(value: number): string {
  return quoteCsvCell(String(value).replace('.', ','));
}

export function statisticsCsv(sections: readonly DashboardSection[]): Uint8Array<ArrayBuffer> {
  const header = ['Avsnitt', ...STATISTICS_HEADER, 'Enhet'].map((h) => escapeCsvCell(h));
  const lines = [header.join(';')];
  for (const sheet of statisticsSheets(sections)) {
    for (const row of sheet.rows) {
      const text = [sheet.heading, row.chart, row.breakdown, row.category, row.series].map((t) => escapeCsvCell(t));
      const { cell } = row;
      const value =
        cell.kind === 'number'
          ? csvNumber(cell.value)
          : escapeCsvCell(cell.kind === 'hidden' ? HIDDEN_CELL : cell.text);
      const unit = cell.kind === 'number' ? UNIT_WORDS[cell.unit] : '';
      lines.push([...text, value, unit].join(';'));
    }
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
