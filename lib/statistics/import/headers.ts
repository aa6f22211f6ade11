/** Header row → column definitions, and the "wrong template" diagnosis when headers do not fit. */
import { GROUPS, groupLabel, type ColumnDefinition } from './columns';
import type { TableRow } from './read-table';
import { listSv, normalizeKey } from './text';
import { MEASURE_GROUPS, type ImportProblem, type MeasureGroup } from './types';

/** Column index in the file → its definition; undefined for columns without a header. */
export type HeaderMap = { columns: (ColumnDefinition | undefined)[]; headers: string[] };

function lookupFor(group: MeasureGroup): Map<string, ColumnDefinition> {
  const map = new Map<string, ColumnDefinition>();
  for (const column of GROUPS[group].columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) map.set(normalizeKey(name), column);
  }
  return map;
}

const LOOKUPS = new Map(MEASURE_GROUPS.map((g) => [g, lookupFor(g)] as const));

/** Groups whose template these headers fit exactly (all known, all required present). */
function fittingGroups(headers: readonly string[]): MeasureGroup[] {
  return MEASURE_GROUPS.filter((g) => {
    const lookup = LOOKUPS.get(g) ?? new Map<string, ColumnDefinition>();
    const found = headers.map((h) => lookup.get(normalizeKey(h)));
    if (found.some((c) => c === undefined)) return false;
    return GROUPS[g].columns.every((c) => !c.required || found.includes(c));
  });
}

export function mapHeaders(
  header: TableRow,
  group: MeasureGroup,
): { ok: true; map: HeaderMap } | { ok: false; problems: ImportProblem[] } {
  const lookup = LOOKUPS.get(group) ?? new Map<string, ColumnDefinition>();
  const headers = header.cells.map((h) => h.trim());
  const columns: (ColumnDefinition | undefined)[] = [];
  const problems: ImportProblem[] = [];
  const unknown: string[] = [];
  const seen = new Set<ColumnDefinition>();
  headers.forEach((text) => {
    // Excel often writes empty trailing columns; values under them are reported per row.
    if (text === '') {
      columns.push(undefined);
      return;
    }
    const column = lookup.get(normalizeKey(text));
    if (!column) unknown.push(text);
    else if (seen.has(column)) {
      problems.push({ row: header.row, column: text, message: `Kolumnen "${column.header}" finns mer än en gång.` });
    }
    if (column) seen.add(column);
    columns.push(column);
  });
  const missing = GROUPS[group].columns.filter((c) => c.required && !seen.has(c));
  if (unknown.length > 0 || missing.length > 0) {
    const others = fittingGroups(headers.filter((h) => h !== '')).filter((g) => g !== group);
    if (others.length > 0) {
      const names = listSv(others.map((g) => `"${groupLabel(g)}"`));
      const chosen = `"${groupLabel(group)}"`;
      const message =
        `Filen ser ut att innehålla ${names}, men du importerar ${chosen}. ` +
        `Välj rätt typ av import eller använd mallen för ${chosen}.`;
      return { ok: false, problems: [{ row: header.row, message }] };
    }
  }
  const allowed = GROUPS[group].columns.map((c) => c.header).join(', ');
  for (const text of unknown) {
    problems.push({
      row: header.row,
      column: text,
      message: `Okänd kolumn "${text}" för "${groupLabel(group)}". Tillåtna kolumner: ${allowed}.`,
    });
  }
  for (const column of missing) {
    problems.push({
      row: header.row,
      column: column.header,
      message: `Kolumnen "${column.header}" saknas. Den krävs för "${groupLabel(group)}".`,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, map: { columns, headers } };
}
