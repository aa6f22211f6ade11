/**
 * XLSX → rows of strings via exceljs, after the zip guard. Rule: the workbook may contain several
 * sheets, but exactly one of them may have content (empty default sheets like "Blad2" are ignored).
 */
import ExcelJS from 'exceljs';
import type { ImportProblem } from './types';
import type { Table, TableRow } from './read-table';
import { checkZip } from './zip-guard';

// exceljs declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer no longer satisfies
// under TypeScript's generic typed arrays; the runtime accepts a Node Buffer.
type ExcelBuffer = Parameters<ExcelJS.Xlsx['load']>[0];
type ReadResult = { ok: true; table: Table; sheetName: string } | { ok: false; problems: ImportProblem[] };

const FORMULA =
  'Formler är inte tillåtna. Kopiera cellerna och klistra in dem som värden (Klistra in special → Värden).';

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const zipProblem = checkZip(bytes);
  if (zipProblem) return fail(zipProblem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelBuffer);
  } catch {
    return fail('Excel-filen kunde inte läsas. Öppna den i Excel och spara den igen som .xlsx.');
  }
  const sheets = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const [sheet] = sheets;
  if (!sheet) return fail('Filen är tom.');
  if (sheets.length > 1) {
    const names = sheets.map((ws) => `"${ws.name}"`).join(', ');
    return fail(
      `Excel-filen har flera blad med innehåll (${names}). Bara ett blad får innehålla data: ta bort eller töm de övriga bladen.`,
    );
  }
  const formulas: { row: number; col: number; address: string }[] = [];
  const data: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = cellText(cell.value);
      if (text === null) formulas.push({ row: rowNumber, col, address: cell.address });
      cells[col - 1] = text ?? '';
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    if (cells.some((c) => c.trim() !== '')) data.push({ row: rowNumber, cells });
  });
  if (formulas.length > 0) {
    const header = data[0]?.cells ?? [];
    const problems = formulas.map(({ row, col, address }) => ({
      row,
      column: header[col - 1]?.trim() || address,
      message: FORMULA,
    }));
    return { ok: false, problems };
  }
  return { ok: true, table: { rows: data }, sheetName: sheet.name };
}

/** The cell as text; null for a formula (rejected: we import values, never formulas). */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // "6.2" is accepted by the number parser; 12 significant digits drop float noise such as 0.30000000000000004.
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function fail(message: string): ReadResult {
  return { ok: false, problems: [{ message }] };
}
