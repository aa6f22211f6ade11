/** CSV cell writing for exports. Defence in depth against CSV/formula injection in spreadsheets. */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a cell when the delimiter, a quote, a line break or edge whitespace would otherwise break it. */
export function quoteCsvCell(value: string, delimiter: ';' | ',' = ';'): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text starting with = + - @ tab or CR is prefixed with an apostrophe so spreadsheets show it as text
 * instead of running it. Numbers are written as they are: a negative number is not a formula.
 */
export function escapeCsvCell(value: string | number | boolean | null | undefined, delimiter: ';' | ',' = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return quoteCsvCell(String(value), delimiter);
  return quoteCsvCell(FORMULA_START.test(value) ? `'${value}` : value, delimiter);
}
