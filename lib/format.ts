/** Swedish number and date formats (sv-SE): "1 016", "6,2 %", "2025-12-31". Pure. */

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

function fixed(decimals: number) {
  return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
const upToTwo = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** Intl uses U+2212 for minus in sv-SE; keep the ASCII hyphen that screen readers and search expect. */
function ascii(text: string): string {
  return text.replace('\u2212', '-');
}

export function formatInteger(value: number): string {
  return ascii(integer.format(value));
}

/** A number with the decimals the source stated, or as many as needed (at most two). */
export function formatDecimal(value: number, decimals?: number | null): string {
  return ascii((decimals == null ? upToTwo : fixed(decimals)).format(value));
}

export function formatPercent(value: number, decimals?: number | null): string {
  return `${formatDecimal(value, decimals)}\u00a0%`;
}

/** Percentage points, with sign: "+0,2 procentenheter". */
export function formatChange(value: number, decimals = 1): string {
  const sign = value > 0 ? '+' : value < 0 ? '-' : '±';
  return `${sign}${formatDecimal(Math.abs(value), decimals)}`;
}

export function formatDate(date: Date): string {
  // sv-SE renders ISO order; use UTC so a date column means the same day on every server.
  return date.toISOString().slice(0, 10);
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}
