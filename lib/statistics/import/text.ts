/** Small text helpers shared by header matching, value matching and number parsing. */

const DASHES = /[\u2010-\u2015\u2212]/g;
const ALL_SPACE = /[\s\u00A0\u202F\u2007\uFEFF]+/g;

/** Case-, whitespace- and dash-insensitive form used to match headers and enumerated values. */
export function normalizeKey(text: string): string {
  return text.normalize('NFC').replace(DASHES, '-').replace(ALL_SPACE, '').toLowerCase();
}

/** Trims and collapses inner whitespace (NBSP included) of names such as departments. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(ALL_SPACE, ' ').trim();
}

/** A stable key from a Swedish label: "Jag är insatt i mål" → "jag-ar-insatt-i-mal". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Characters that make a spreadsheet treat a text cell as a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(raw: string): boolean {
  return FORMULA_START.test(raw) || FORMULA_START.test(raw.trim());
}

// Digits with optional space/NBSP thousands groups ("1 016") and a decimal comma or point.
const NUMBER = /^([-\u2212+])?(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,](\d+))?$/;

/** `decimals`: digits after the decimal sign as written ("2,00" → 2), so figures display as stated. */
export type ParsedNumber = { ok: true; value: number; decimals: number } | { ok: false };

export function parseSwedishNumber(raw: string, allowPercentSign = false): ParsedNumber {
  let text = raw.trim();
  if (allowPercentSign) text = text.replace(/\s*%$/, '');
  const match = NUMBER.exec(text);
  if (!match) return { ok: false };
  const digits = (match[2] ?? '').replace(/[ \u00A0\u202F]/g, '');
  const value = Number(match[3] === undefined ? digits : `${digits}.${match[3]}`);
  if (!Number.isFinite(value)) return { ok: false };
  const decimals = match[3]?.length ?? 0;
  return { ok: true, value: match[1] && match[1] !== '+' ? -value : value, decimals };
}

/** Swedish number formatting for messages: 1 016 and 6,2. */
export function formatNumber(value: number): string {
  return value.toLocaleString('sv-SE', { maximumFractionDigits: 2 }).replace(/\u2212/g, '-');
}

/** "A, B och C" */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
