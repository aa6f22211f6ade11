/** Builders for import test files: everything is generated in memory at test time. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import {
  parseImportFile,
  type ImportProblem,
  type MeasureGroup,
  type ParseImportFileResult,
} from '@/lib/statistics/import';

/** Mid-June: T1 2026 has ended, T2 2026 has not. */
export const TODAY = new Date('2026-06-15T12:00:00Z');

export const utf8 = (text: string, bom = false): Uint8Array => new TextEncoder().encode(bom ? `\uFEFF${text}` : text);

/** Windows-1252 for the Latin-1 range the tests use (å, ä, ö, é …). */
export const win1252 = (text: string): Uint8Array =>
  Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in test encoder: ${ch}`);
    return code;
  });

export const lines = (...rows: string[]): string => `${rows.join('\r\n')}\r\n`;

export function parse(
  bytes: Uint8Array,
  group: MeasureGroup,
  fileName = group + '.csv',
  today = TODAY,
): Promise<ParseImportFileResult> {
  return parseImportFile({ bytes, fileName, group, today });
}

export const parseCsv = (text: string, group: MeasureGroup) => parse(utf8(text), group);

type SheetData = { name: string; rows: (string | number | null | { formula: string; result?: number })[][] };

export async function xlsx(...sheets: SheetData[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Asserts a rejection and returns its problems; `expected` is matched against one of them. */
export function expectProblem(
  result: ParseImportFileResult,
  expected: { message: RegExp | string; row?: number; column?: string },
): ImportProblem[] {
  if (result.ok) throw new Error('expected ok:false, got a preview');
  const wanted = typeof expected.message === 'string' ? new RegExp(escape(expected.message)) : expected.message;
  const match = result.problems.find((p) => wanted.test(p.message));
  expect(match, `no problem matching ${wanted} in ${JSON.stringify(result.problems, null, 1)}`).toBeDefined();
  if ('row' in expected) expect(match?.row).toBe(expected.row);
  if ('column' in expected) expect(match?.column).toBe(expected.column);
  return result.problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function expectOk(result: ParseImportFileResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems, null, 1)}`);
  return result.preview;
}

export const HEADCOUNT_HEADER = 'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal';
