/**
 * "Importera befolkningsprognos": uploaded bytes → rows of the forecast, or every problem by row and column. Pure
 * (no database): the districts are passed in. Reads the file with the statistics import's readers (type check,
 * BOM and encoding, `;` or `,`, XLSX with its zip guard), so both imports accept and refuse files alike.
 */
import { createHash } from 'node:crypto';
import { checkBytes, decodeText, formatFromFileName } from '../statistics/import/decode';
import { MAX_DATA_ROWS, MAX_DECIMALS, MIN_YEAR } from '../statistics/import/limits';
import { capProblems } from '../statistics/import/parse-import-file';
import { readCsv, type Table, type TableRow } from '../statistics/import/read-table';
import { readXlsx } from '../statistics/import/read-xlsx';
import { listSv, normalizeKey, parseSwedishNumber, tidyText } from '../statistics/import/text';
import type { ImportProblem } from '../statistics/import/types';
import { AGE_GROUP_LABELS, AGE_GROUPS, type AgeGroup, parseAgeGroup } from './population-age-groups';
import { type DistrictInfo, currentDistrictId, districtsByName } from './districts';

/** More residents than Sweden has in one cell is a typo or a pasted id. */
export const MAX_POPULATION = 10_000_000;
export const MAX_FORECAST_YEAR = 2100;

export type PopulationRow = { districtId: string; ageGroup: AgeGroup; year: number; population: number };

export type ParsedForecast = {
  fileName: string;
  format: 'csv' | 'xlsx';
  checksum: string;
  rows: PopulationRow[];
};

export type ParsePopulationResult = { ok: true; forecast: ParsedForecast } | { ok: false; problems: ImportProblem[] };

type ColumnKey = 'district' | 'ageGroup' | 'year' | 'population';

export const POPULATION_COLUMNS: readonly { key: ColumnKey; header: string; aliases: string[]; description: string }[] =
  [
    {
      key: 'district',
      header: 'Stadsdelsområde',
      aliases: ['Stadsdel', 'Stadsdelsnämnd', 'Stadsdelsnämndsområde', 'Område', 'SDO', 'SDN'],
      description: 'Namnet på stadsdelsområdet, t.ex. Norra innerstaden. Äldre namn (Norrmalm, Östermalm) går bra.',
    },
    {
      key: 'ageGroup',
      header: 'Åldersgrupp',
      aliases: ['Ålder', 'Åldersklass', 'Åldersintervall'],
      description: `En av ${listSv(AGE_GROUPS.map((g) => AGE_GROUP_LABELS[g]))}.`,
    },
    { key: 'year', header: 'År', aliases: ['Prognosår', 'Årtal'], description: 'Året prognosen gäller, t.ex. 2027.' },
    {
      key: 'population',
      header: 'Antal',
      aliases: ['Invånare', 'Antal invånare', 'Befolkning', 'Folkmängd'],
      description: 'Antal invånare. Decimaler med komma eller punkt, högst två.',
    },
  ];

const HEADER_LOOKUP = new Map(
  POPULATION_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((name) => [normalizeKey(name), c] as const)),
);

export async function parsePopulationFile(input: {
  bytes: Uint8Array;
  fileName: string;
  districts: readonly DistrictInfo[];
}): Promise<ParsePopulationResult> {
  const { bytes, fileName } = input;
  const format = formatFromFileName(fileName);
  if (!format.ok) return failed([format.problem]);
  const bad = checkBytes(bytes, format.format);
  if (bad) return failed([bad]);
  let table: Table;
  if (format.format === 'csv') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return failed([decoded.problem]);
    if (decoded.text.trim() === '') return failed([{ message: 'Filen är tom.' }]);
    const read = readCsv(decoded.text);
    if (!read.ok) return failed(read.problems);
    table = read.table;
  } else {
    const read = await readXlsx(bytes);
    if (!read.ok) return failed(read.problems);
    table = read.table;
  }
  const validated = validatePopulationTable(table, input.districts);
  if (!validated.ok) return failed(validated.problems);
  const checksum = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, forecast: { fileName, format: format.format, checksum, rows: validated.rows } };
}

/** The header row → the four columns, and every data row checked; all problems at once. */
export function validatePopulationTable(
  table: Table,
  districts: readonly DistrictInfo[],
): { ok: true; rows: PopulationRow[] } | { ok: false; problems: ImportProblem[] } {
  const [header, ...data] = table.rows;
  if (!header) return { ok: false, problems: [{ message: 'Filen är tom.' }] };
  const columns = mapHeader(header);
  if (!columns.ok) return columns;
  if (data.length === 0) {
    return { ok: false, problems: [{ message: 'Filen har rubriker men inga rader med uppgifter.' }] };
  }
  if (data.length > MAX_DATA_ROWS) {
    return { ok: false, problems: [{ message: `Filen har fler än ${MAX_DATA_ROWS} rader. Dela upp den.` }] };
  }
  const byName = districtsByName(districts);
  const byId = new Map(districts.map((d) => [d.id, d]));
  const known = listSv(districts.filter((d) => !d.validTo).map((d) => d.name));
  const problems: ImportProblem[] = [];
  const rows: (PopulationRow & { sourceRow: number })[] = [];
  for (const line of data) {
    const cell = (key: ColumnKey) => tidyText(line.cells[columns.index[key]] ?? '');
    const problem = (key: ColumnKey, message: string) =>
      problems.push({ row: line.row, column: columns.header[key], message });
    const before = problems.length;
    const districtText = cell('district');
    const district = byName.get(normalizeKey(districtText));
    if (!districtText) problem('district', 'Stadsdelsområde saknas.');
    else if (!district) problem('district', `Okänt stadsdelsområde "${districtText}". Stadsdelsområden: ${known}.`);
    const ageText = cell('ageGroup');
    const ageGroup = parseAgeGroup(ageText);
    if (!ageText) problem('ageGroup', 'Åldersgrupp saknas.');
    else if (!ageGroup) {
      problem(
        'ageGroup',
        `Okänd åldersgrupp "${ageText}". Tillåtna: ${AGE_GROUPS.map((g) => AGE_GROUP_LABELS[g]).join(', ')}.`,
      );
    }
    const year = readYear(cell('year'));
    if (typeof year === 'string') problem('year', year);
    const population = readPopulation(cell('population'));
    if (typeof population === 'string') problem('population', population);
    if (
      problems.length === before &&
      district &&
      ageGroup &&
      typeof year === 'number' &&
      typeof population === 'number'
    ) {
      rows.push({ districtId: district.id, ageGroup, year, population, sourceRow: line.row });
    }
  }
  problems.push(...overlaps(rows, byId));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows: rows.map(({ sourceRow: _, ...row }) => row) };
}

function mapHeader(
  header: TableRow,
):
  | { ok: true; index: Record<ColumnKey, number>; header: Record<ColumnKey, string> }
  | { ok: false; problems: ImportProblem[] } {
  const index: Partial<Record<ColumnKey, number>> = {};
  const names: Partial<Record<ColumnKey, string>> = {};
  const problems: ImportProblem[] = [];
  const allowed = POPULATION_COLUMNS.map((c) => c.header).join(', ');
  header.cells.forEach((raw, i) => {
    const text = tidyText(raw);
    if (!text) return;
    const column = HEADER_LOOKUP.get(normalizeKey(text));
    if (!column) {
      problems.push({
        row: header.row,
        column: text,
        message: `Okänd kolumn "${text}". Tillåtna kolumner: ${allowed}.`,
      });
    } else if (index[column.key] !== undefined) {
      problems.push({ row: header.row, column: text, message: `Kolumnen "${column.header}" finns mer än en gång.` });
    } else {
      index[column.key] = i;
      names[column.key] = text;
    }
  });
  for (const column of POPULATION_COLUMNS) {
    if (index[column.key] === undefined) {
      problems.push({ row: header.row, column: column.header, message: `Kolumnen "${column.header}" saknas.` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, index: index as Record<ColumnKey, number>, header: names as Record<ColumnKey, string> };
}

function readYear(text: string): number | string {
  if (!text) return 'År saknas.';
  if (!/^\d{4}$/.test(text)) return `"${text}" är inget årtal. Skriv året med fyra siffror, t.ex. 2027.`;
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_FORECAST_YEAR)
    return `Året ${year} ligger utanför ${MIN_YEAR}–${MAX_FORECAST_YEAR}.`;
  return year;
}

function readPopulation(text: string): number | string {
  if (!text) return 'Antal saknas.';
  const parsed = parseSwedishNumber(text);
  if (!parsed.ok) return `"${text}" är inte ett tal. Skriv antalet med siffror, t.ex. 8 412 eller 8412,5.`;
  if (parsed.value < 0) return `Antalet kan inte vara negativt (${text}).`;
  if (parsed.decimals > MAX_DECIMALS) return `"${text}" har fler än ${MAX_DECIMALS} decimaler.`;
  if (parsed.value > MAX_POPULATION) return `${text} invånare är orimligt många för ett stadsdelsområde.`;
  return parsed.value;
}

/**
 * A row repeated, or a district beside the one it became part of for the same age group and year (Norrmalm and
 * Norra innerstaden for 2027): summing both would count the same residents twice.
 */
function overlaps(
  rows: readonly (PopulationRow & { sourceRow: number })[],
  byId: ReadonlyMap<string, DistrictInfo>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const current = new Map<string, { own: boolean; sourceRow: number; districtId: string }>();
  for (const row of rows) {
    const key = `${row.districtId}|${row.ageGroup}|${row.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: row.sourceRow,
        message: `Raden upprepar rad ${earlier} (samma stadsdelsområde, åldersgrupp och år).`,
      });
      continue;
    }
    seen.set(key, row.sourceRow);
    const now = currentDistrictId(row.districtId, byId);
    const slot = `${now}|${row.ageGroup}|${row.year}`;
    const own = now === row.districtId;
    const other = current.get(slot);
    if (other && other.own !== own) {
      const [old, merged] = own ? [other.districtId, row.districtId] : [row.districtId, other.districtId];
      problems.push({
        row: row.sourceRow,
        message: `${byId.get(old)?.name} ingår sedan ${byId.get(merged)?.validFrom} i ${byId.get(merged)?.name}, som också finns i filen för ${row.year} och ${AGE_GROUP_LABELS[row.ageGroup]} (rad ${other.sourceRow}). Använd antingen den gamla eller den nya indelningen.`,
      });
    } else if (!other) current.set(slot, { own, sourceRow: row.sourceRow, districtId: row.districtId });
  }
  return problems;
}

function failed(problems: readonly ImportProblem[]): ParsePopulationResult {
  return { ok: false, problems: capProblems(problems) };
}
