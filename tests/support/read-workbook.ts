import ExcelJS from 'exceljs';

export type SheetCell = { value: unknown; numFmt: string | undefined; note: string | null };

/** A downloaded .xlsx opened as Excel would: every sheet's rows as cells with their format and note. */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Map<string, SheetCell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheets = new Map<string, SheetCell[][]>();
  workbook.eachSheet((sheet) => {
    const rows: SheetCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: SheetCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        const note = cell.note;
        cells.push({
          value: cell.value,
          numFmt: cell.numFmt,
          note: typeof note === 'string' ? note : note ? (note.texts ?? []).map((t) => t.text).join('') : null,
        });
      }
      rows[n - 1] = cells;
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
