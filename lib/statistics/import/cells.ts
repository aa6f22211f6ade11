/** zod schemas for single cells: raw text in, typed value out, one clear Swedish message per bad cell. */
import { z } from 'zod';
import type { ColumnDefinition, ColumnKey } from './columns';
import { CONTROL_CHARACTER_MESSAGE, hasInvisibleControl } from '../../schemas';
import { MAX_COUNT, MAX_TEXT_LENGTH, MIN_YEAR } from './limits';
import { formatNumber, looksLikeFormula, normalizeKey, parseSwedishNumber, tidyText } from './text';
import { OVER_65_ALIASES, OVER_65_CODE, TOTAL_ALIASES, TOTAL_LABEL } from './values';

export type CellValue = string | number | undefined;
export type Cells = Partial<Record<ColumnKey, CellValue>>;
/** A rule broken by one row; the column is a key, the caller turns it into the file's header text. */
export type RowProblem = { column?: ColumnKey; message: string };

export const num = (v: CellValue): number | undefined => (typeof v === 'number' ? v : undefined);
export const str = (v: CellValue): string | undefined => (typeof v === 'string' ? v : undefined);
export type CellContext = { today: Date };

/** normalizeKey(label or alias) → code, built once per column: cells are matched 100 000s of times. */
type Lookup = ReadonlyMap<string, string>;

export const FORMULA_MESSAGE =
  'Formler är inte tillåtna: värdet får inte börja med =, +, -, @, tabb eller radbrytning.';

const TOTALS = new Set(TOTAL_ALIASES.map(normalizeKey));
const OVER_65 = new Set(OVER_65_ALIASES.map(normalizeKey));

/** A rejected cell; returned rather than thrown so the parsers read top to bottom. */
class Rejection {
  constructor(readonly message: string) {}
}
const reject = (message: string) => new Rejection(message);

// In number columns a leading "-" is a negative number (reported as such), not a formula.
const NUMBER_FORMULA_START = /^[=@\t\r]/;

function parseNumberCell(raw: string, column: ColumnDefinition): number | Rejection {
  if (NUMBER_FORMULA_START.test(raw) || NUMBER_FORMULA_START.test(raw.trim())) return reject(FORMULA_MESSAGE);
  const parsed = parseSwedishNumber(raw, column.type === 'percent');
  if (!parsed.ok) {
    return reject(`"${raw.trim()}" är inte ett tal. ${column.header} ska vara ett tal, t.ex. ${example(column)}.`);
  }
  return parsed.value;
}

const example = (column: ColumnDefinition) =>
  column.type === 'count' ? '12' : column.type === 'percent' ? '6,2' : '24,5';

function parseYear(raw: string, today: Date): number | Rejection {
  if (looksLikeFormula(raw)) return reject(FORMULA_MESSAGE);
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return reject(`"${text}" är inte ett årtal. Skriv året med fyra siffror, t.ex. 2025.`);
  const year = Number(text);
  if (year < MIN_YEAR) return reject(`Året ${year} är orimligt: tidigaste tillåtna år är ${MIN_YEAR}.`);
  if (year > today.getFullYear())
    return reject(`Året ${year} ligger i framtiden. Importera bara perioder som har passerat.`);
  return year;
}

function parseCell(column: ColumnDefinition, lookup: Lookup, context: CellContext, raw: string): CellValue | Rejection {
  const text = raw.trim();
  if (text === '') {
    if (column.allowEmpty) return undefined;
    return reject(`Värde saknas i kolumnen "${column.header}".`);
  }
  switch (column.type) {
    case 'year':
      return parseYear(raw, context.today);
    case 'tertial': {
      if (looksLikeFormula(raw)) return reject(FORMULA_MESSAGE);
      const match = /^t?([1-3])$/i.exec(text);
      if (!match) return reject(`Tertial "${text}" finns inte. Tertial måste vara 1, 2 eller 3.`);
      return Number(match[1]);
    }
    case 'text': {
      if (column.totalable && TOTALS.has(normalizeKey(text))) return undefined;
      if (looksLikeFormula(raw)) return reject(FORMULA_MESSAGE);
      if (text.length > MAX_TEXT_LENGTH) return reject(`Texten är för lång: högst ${MAX_TEXT_LENGTH} tecken.`);
      if (hasInvisibleControl(text)) return reject(CONTROL_CHARACTER_MESSAGE);
      return tidyText(text);
    }
    case 'enum': {
      // Exact labels are the common case; normalizing every cell is what costs time on big files.
      const code = lookup.get(text) ?? lookup.get(normalizeKey(text));
      if (code !== undefined) return code;
      const key = normalizeKey(text);
      if (column.totalable && TOTALS.has(key)) return undefined;
      if (looksLikeFormula(raw)) return reject(FORMULA_MESSAGE);
      const labels = (column.allowedValues ?? []).map((v) => `"${v.label}"`);
      if (column.totalable) labels.push(`"${TOTAL_LABEL}"`);
      return reject(`Okänt värde "${text}" i kolumnen "${column.header}". Tillåtna värden: ${labels.join(', ')}.`);
    }
    case 'turningYear': {
      if (OVER_65.has(normalizeKey(text))) return OVER_65_CODE;
      if (looksLikeFormula(raw)) return reject(FORMULA_MESSAGE);
      if (!/^\d{4}$/.test(text)) return reject(`"${text}" är varken ett årtal eller "Redan 65+".`);
      return text;
    }
    case 'count': {
      const value = parseNumberCell(raw, column);
      if (value instanceof Rejection) return value;
      if (value < 0) return reject(`Antalet kan inte vara negativt (${formatNumber(value)}).`);
      if (!Number.isInteger(value)) return reject(`Antalet måste vara ett heltal (${formatNumber(value)}).`);
      if (value > MAX_COUNT) {
        return reject(
          `Antalet ${formatNumber(value)} är orimligt stort: högst ${formatNumber(MAX_COUNT)} är tillåtet.`,
        );
      }
      return value;
    }
    case 'percent': {
      const value = parseNumberCell(raw, column);
      if (value instanceof Rejection) return value;
      if (value < 0) return reject(`Andelen kan inte vara negativ (${formatNumber(value)} %).`);
      if (value > 100) return reject(`Andelen kan inte vara över 100 % (${formatNumber(value)} %).`);
      return value;
    }
    case 'decimal': {
      const value = parseNumberCell(raw, column);
      if (value instanceof Rejection) return value;
      if (value < 0) return reject(`Värdet kan inte vara negativt (${formatNumber(value)}).`);
      if (value > 1000) return reject(`Värdet ${formatNumber(value)} är orimligt stort.`);
      return value;
    }
    case 'surveyValue':
      // The range depends on the row's scale (index or mean) and is checked with the row.
      return parseNumberCell(raw, column);
  }
}

export function cellSchema(column: ColumnDefinition, context: CellContext): z.ZodType<CellValue, string> {
  const lookup = new Map<string, string>();
  for (const v of column.allowedValues ?? []) {
    for (const name of [v.label, ...(v.aliases ?? [])]) {
      lookup.set(name, v.code);
      lookup.set(normalizeKey(name), v.code);
    }
  }
  return z.string().transform((raw, ctx) => {
    const parsed = parseCell(column, lookup, context, raw);
    if (!(parsed instanceof Rejection)) return parsed;
    ctx.addIssue({ code: 'custom', message: parsed.message, input: raw });
    return z.NEVER;
  });
}

/** One row's cells (missing columns as ""), keyed by column key. */
export function rowSchema(columns: readonly ColumnDefinition[], context: CellContext) {
  const shape: Record<string, z.ZodType<CellValue, string>> = {};
  for (const column of columns) shape[column.key] = cellSchema(column, context);
  return z.object(shape);
}
