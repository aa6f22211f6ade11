/** Table → normalized rows: header mapping, zod cell schemas, row rules, duplicates and totals. */
import { rowSchema, str, type Cells } from './cells';
import { GROUPS, type ColumnDefinition, type ColumnKey } from './columns';
import { mapHeaders } from './headers';
import { MAX_DATA_ROWS } from './limits';
import { mapRow } from './map-rows';
import type { Delimiter, Table } from './read-table';
import { formatNumber, listSv } from './text';
import { checkTotals, type TotalsEntry } from './totals';
import type { ImportProblem, ImportRow, MeasureGroup } from './types';

export type Validated = { ok: true; rows: ImportRow[]; rowCount: number } | { ok: false; problems: ImportProblem[] };

const COMMA_HINT =
  ' Med komma som avgränsare måste decimaltal stå inom citattecken, t.ex. "6,2" – eller spara filen med semikolon.';

export function validateTable(table: Table, group: MeasureGroup, today: Date, delimiter?: Delimiter): Validated {
  const [header, ...data] = table.rows;
  if (!header) return fail({ message: 'Filen är tom.' });
  const mapped = mapHeaders(header, group);
  if (!mapped.ok) return mapped;
  if (data.length === 0) {
    return fail({ row: header.row, message: 'Filen innehåller bara en rubrikrad. Lägg till minst en rad med värden.' });
  }
  if (data.length > MAX_DATA_ROWS) {
    const message = `Filen har ${formatNumber(data.length)} rader. Högst ${formatNumber(MAX_DATA_ROWS)} rader kan importeras åt gången.`;
    return fail({ message });
  }
  const definition = GROUPS[group];
  const { columns, headers } = mapped.map;
  const indexOf = new Map<ColumnKey, number>();
  columns.forEach((column, i) => column && indexOf.set(column.key, i));
  const byKey = new Map<PropertyKey, ColumnDefinition>(definition.columns.map((c) => [c.key, c]));
  // Problems name the column as the file writes it.
  const headerOf = (key: PropertyKey | undefined): string | undefined => {
    const column = key === undefined ? undefined : byKey.get(key);
    if (!column) return undefined;
    const i = indexOf.get(column.key);
    return i === undefined ? column.header : headers[i];
  };
  const dims = definition.columns.filter((c) => c.dimension);
  const dimHeaders = dims.filter((c) => indexOf.has(c.key)).map((c) => headerOf(c.key) ?? c.header);
  const schema = rowSchema(definition.columns, { today });
  const names = { department: new Map<string, string>(), occupation: new Map<string, string>() };
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const totals: TotalsEntry[] = [];
  const rows: ImportRow[] = [];

  for (const { row, cells } of data) {
    const stray = cells.findIndex((c, i) => c.trim() !== '' && columns[i] === undefined);
    if (stray >= 0) {
      const where = stray >= headers.length ? 'än rubrikraden har kolumner' : `i kolumn ${stray + 1} som saknar rubrik`;
      problems.push({ row, message: `Raden har fler värden ${where}.${delimiter === ',' ? COMMA_HINT : ''}` });
      continue;
    }
    const record: Record<string, string> = {};
    for (const column of definition.columns) {
      const i = indexOf.get(column.key);
      record[column.key] = i === undefined ? '' : (cells[i] ?? '');
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ row, column: headerOf(issue.path[0]), message: issue.message });
      }
      continue;
    }
    const values: Cells = parsed.data;
    for (const key of ['department', 'occupation'] as const) values[key] = canonical(names[key], str(values[key]));
    const result = mapRow(group, values, record, row, today);
    for (const p of result.problems) problems.push({ row, column: headerOf(p.column), message: p.message });
    if (result.problems.length > 0) continue;

    const dimValues = dims.map((c) => identityPart(c, values));
    const identity = [...dimValues, result.identityExtra ?? ''].join('\u0001');
    const first = seen.get(identity);
    if (first !== undefined) {
      const message = `Raden är en dubblett av rad ${first}: samma ${listSv(dimHeaders)}. Varje kombination får bara finnas en gång.`;
      problems.push({ row, message });
      continue;
    }
    seen.set(identity, row);
    totals.push({ row, dims: dimValues, values: definition.additive.map((k) => numberOf(values[k])) });
    rows.push(...result.rows);
  }
  if (problems.length > 0) return { ok: false, problems };
  const totalProblems = checkTotals(
    totals,
    dims.map((c) => ({ header: headerOf(c.key) ?? c.header, totalable: c.totalable, size: c.allowedValues?.length })),
    definition.additive.map((k) => headerOf(k) ?? k),
  );
  if (totalProblems.length > 0) return { ok: false, problems: totalProblems };
  return { ok: true, rows, rowCount: data.length };
}

/** Names are matched case-insensitively; the first spelling in the file is kept for all rows. */
function canonical(seen: Map<string, string>, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = name.toLowerCase();
  const first = seen.get(key);
  if (first !== undefined) return first;
  seen.set(key, name);
  return name;
}

function identityPart(column: ColumnDefinition, values: Cells): string {
  const value = values[column.key];
  if (value === undefined) return '';
  return typeof value === 'string' && column.type === 'text' ? value.toLowerCase() : String(value);
}

const numberOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function fail(problem: ImportProblem): Validated {
  return { ok: false, problems: [problem] };
}
