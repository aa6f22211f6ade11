/**
 * The small part of exceljs every export shares (README, Decisions: exceljs is kept, behind this file, so that a
 * move to a fork is one import). Number formats are written in the file's own (en-US) syntax, which Swedish
 * Excel shows as "# ##0" and "0,0 %".
 */
import ExcelJS from 'exceljs';
import type { ChartUnit } from '../statistics/dashboard/chart-data';

export { ExcelJS };

export const NUMBER_FORMATS: Record<ChartUnit, string> = {
  count: '#,##0',
  percent: '0.0 %',
  ratio: '0.0',
  index: '0',
};

/** Excel refuses [ ] : * ? / \ in sheet names and more than 31 characters; names must be unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, '')
      .trim()
      .slice(0, 31) || 'Blad';
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** A header row in bold, frozen, with a filter, and columns wide enough to read. */
export function addTable(sheet: ExcelJS.Worksheet, header: readonly string[], widths: readonly number[]): void {
  const row = sheet.addRow([...header]);
  row.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: sheet.rowCount }];
  sheet.autoFilter = { from: { row: row.number, column: 1 }, to: { row: row.number, column: header.length } };
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(title: string, creator: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.title = title;
  workbook.created = new Date();
  return workbook;
}
