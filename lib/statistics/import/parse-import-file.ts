/** Entry point: uploaded bytes → a preview of normalized rows, or every problem found. Nothing is partial. */
import { createHash } from 'node:crypto';
import { checkBytes, decodeText, formatFromFileName } from './decode';
import { MAX_PROBLEMS } from './limits';
import { readCsv, type Table } from './read-table';
import { readXlsx } from './read-xlsx';
import { formatNumber } from './text';
import type {
  ImportPeriod,
  ImportPreview,
  ImportProblem,
  ImportRow,
  ParseImportFileInput,
  ParseImportFileResult,
} from './types';
import { validateTable } from './validate';

export async function parseImportFile(input: ParseImportFileInput): Promise<ParseImportFileResult> {
  const { bytes, fileName, group, today } = input;
  const format = formatFromFileName(fileName);
  if (!format.ok) return failed([format.problem]);
  const bad = checkBytes(bytes, format.format);
  if (bad) return failed([bad]);

  let table: Table;
  let extra: Pick<ImportPreview, 'encoding' | 'delimiter'> = {};
  if (format.format === 'csv') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return failed([decoded.problem]);
    if (decoded.text.trim() === '') return failed([{ message: 'Filen är tom.' }]);
    const read = readCsv(decoded.text);
    if (!read.ok) return failed(read.problems);
    table = read.table;
    extra = { encoding: decoded.encoding, delimiter: read.delimiter };
  } else {
    const read = await readXlsx(bytes);
    if (!read.ok) return failed(read.problems);
    table = read.table;
  }

  const validated = validateTable(table, group, today, extra.delimiter);
  if (!validated.ok) return failed(validated.problems);
  const preview: ImportPreview = {
    group,
    fileName,
    format: format.format,
    ...extra,
    rows: validated.rows,
    ...summarize(validated.rows),
    rowCount: validated.rowCount,
    checksum: createHash('sha256').update(bytes).digest('hex'),
  };
  return { ok: true, preview };
}

function summarize(rows: readonly ImportRow[]): Pick<ImportPreview, 'periods' | 'departments' | 'occupations'> {
  const periods = new Map<string, ImportPeriod>();
  const departments = new Set<string>();
  const occupations = new Set<string>();
  for (const row of rows) {
    const tertial = row.type === 'statistic' ? row.tertial : undefined;
    const period: ImportPeriod = tertial === undefined ? { year: row.year } : { year: row.year, tertial };
    periods.set(`${row.year}-${tertial ?? 0}`, period);
    if (row.type !== 'goal' && row.department !== undefined) departments.add(row.department);
    if (row.type === 'statistic' && row.occupation !== undefined) occupations.add(row.occupation);
  }
  const sv = (a: string, b: string) => a.localeCompare(b, 'sv-SE');
  return {
    periods: [...periods.values()].sort((a, b) => a.year - b.year || (a.tertial ?? 0) - (b.tertial ?? 0)),
    departments: [...departments].sort(sv),
    occupations: [...occupations].sort(sv),
  };
}

/** Caps the list so a badly broken file still gives a readable answer. */
export function capProblems(problems: readonly ImportProblem[], max = MAX_PROBLEMS): ImportProblem[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.length - max;
  return [...problems.slice(0, max), { message: `… och ${formatNumber(rest)} fler fel.` }];
}

function failed(problems: readonly ImportProblem[]): ParseImportFileResult {
  return { ok: false, problems: capProblems(problems) };
}
