/**
 * Statistics → .xlsx: a sheet "Om uppgifterna" (organisation, selection, period, who exported, each chart's
 * definition and source import), then one sheet per measure group with one header row. Values are numbers with
 * Swedish formats; a cell the reader may not see is "–" with the reason in a note. Pure apart from exceljs.
 */
import { formatDateTime } from '../format';
import { SUPPRESSION_NOTE } from '../statistics/suppression/rule';
import type { DashboardSection } from '../statistics/dashboard';
import { NUMBER_FORMATS, addTable, newWorkbook, sheetName, workbookBytes } from './sheet-workbook';
import {
  HIDDEN_CELL,
  STATISTICS_HEADER,
  type StatisticsExportMeta,
  type StatisticsSheet,
  periodText,
  statisticsSheets,
} from './sheet-statistics-table';

export const INFO_SHEET = 'Om uppgifterna';

export async function statisticsWorkbook(
  sections: readonly DashboardSection[],
  meta: StatisticsExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(`Personalstatistik ${meta.organization}`, meta.exportedBy);
  const taken = new Set<string>([INFO_SHEET.toLowerCase()]);
  const sheets = statisticsSheets(sections);
  writeInfoSheet(workbook.addWorksheet(INFO_SHEET), sheets, meta);
  for (const data of sheets) writeDataSheet(workbook.addWorksheet(sheetName(data.heading, taken)), data);
  return workbookBytes(workbook);
}

function writeInfoSheet(
  sheet: import('exceljs').Worksheet,
  sheets: StatisticsSheet[],
  meta: StatisticsExportMeta,
): void {
  const facts: [string, string][] = [
    ['Organisation', meta.organization],
    ['Urval', meta.scope],
    ['Period', periodText(meta.year)],
    ['Exporterad', `${formatDateTime(meta.exportedAt)} av ${meta.exportedBy}`],
  ];
  if (meta.suppressed) facts.push(['Skydd av små grupper', `${SUPPRESSION_NOTE} Dolda värden står som "–".`]);
  sheet.addRow(['Personalstatistik']).font = { bold: true, size: 14 };
  for (const fact of facts) sheet.addRow(fact).getCell(1).font = { bold: true };
  sheet.addRow([]);
  addTable(sheet, ['Avsnitt', 'Diagram', 'Definition', 'Källa'], [28, 40, 80, 60]);
  sheet.views = [];
  for (const data of sheets) {
    for (const chart of data.charts) {
      sheet.addRow([data.heading, chart.title, chart.definition, chart.source?.text ?? '']).alignment = {
        wrapText: true,
        vertical: 'top',
      };
    }
  }
}

function writeDataSheet(sheet: import('exceljs').Worksheet, data: StatisticsSheet): void {
  addTable(sheet, STATISTICS_HEADER, [40, 20, 32, 16, 14]);
  for (const row of data.rows) {
    const excelRow = sheet.addRow([row.chart, row.breakdown, row.category, row.series]);
    const value = excelRow.getCell(5);
    const { cell } = row;
    if (cell.kind === 'number') {
      // Excel's percent format multiplies by 100: the dashboard's 6,2 (%) is stored as 0,062.
      value.value = cell.unit === 'percent' ? Number((cell.value / 100).toFixed(10)) : cell.value;
      value.numFmt = NUMBER_FORMATS[cell.unit];
    } else if (cell.kind === 'hidden') {
      value.value = HIDDEN_CELL;
      value.note = cell.reason;
      value.alignment = { horizontal: 'right' };
    } else {
      value.value = cell.text;
    }
  }
}
