/**
 * "Importera Kolada-fil": the same rows as a fetch, from a file, for networks that allow no outbound traffic.
 * JSON as the API answers (one data page, a list of pages, or a list of rows) or CSV with the columns
 * kpi;municipality;period;gender;value;status (Swedish names too, decimal comma, BOM). Pure.
 */
import { z } from 'zod';
import { readCsv } from '../statistics/import/read-table';
import { decodeText } from '../statistics/import/decode';
import { KPI_ID, type KoladaRow, MUNICIPALITY_ID, dedupeRows, parseDataPage } from './format';

export const MAX_KOLADA_FILE_BYTES = 5 * 1024 * 1024;

export type FileRead = { ok: true; rows: KoladaRow[] } | { ok: false; problems: string[] };

export function readKoladaFile(bytes: Uint8Array, fileName: string): FileRead {
  if (bytes.byteLength === 0) return { ok: false, problems: ['Filen är tom.'] };
  if (bytes.byteLength > MAX_KOLADA_FILE_BYTES) return { ok: false, problems: ['Filen är större än 5 MB.'] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem.message] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  const read = looksJson ? readJson(text) : readKoladaCsv(text);
  if (read.ok && read.rows.length === 0) return { ok: false, problems: ['Filen innehåller inga värden från Kolada.'] };
  return read.ok ? { ok: true, rows: dedupeRows(read.rows) } : read;
}

function readJson(text: string): FileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['Filen är inte giltig JSON.'] };
  }
  // A list of pages, or a list of rows (one page's values), or one page.
  const pages = Array.isArray(raw)
    ? raw.every((p) => p && typeof p === 'object' && 'kpi' in p)
      ? [{ values: raw }]
      : raw
    : [raw];
  const rows: KoladaRow[] = [];
  for (const [i, page] of pages.entries()) {
    const parsed = parseDataPage(JSON.stringify(page));
    if (!parsed.ok) {
      return {
        ok: false,
        problems: [
          `${pages.length > 1 ? `Sida ${i + 1}: ` : ''}Filen har inte formatet från Koladas API v3 (kpi, municipality, period, values).`,
        ],
      };
    }
    rows.push(...parsed.value.rows);
  }
  return { ok: true, rows };
}

const COLUMNS = {
  kpi: ['kpi', 'kpi-id', 'nyckeltal', 'nyckeltals-id'],
  municipality: ['municipality', 'kommun-id', 'kommunid', 'kommun'],
  period: ['period', 'år', 'ar'],
  gender: ['gender', 'kön', 'kon'],
  value: ['value', 'värde', 'varde'],
  status: ['status'],
  count: ['count', 'antal'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['kpi', 'municipality', 'period', 'gender', 'value'];

const csvValue = z.object({
  kpi: z.string().regex(KPI_ID, 'KPI ska vara ett Kolada-id, t.ex. N00090'),
  municipality: z.string().regex(MUNICIPALITY_ID, 'kommun ska vara ett fyrsiffrigt id, t.ex. 0180 (0000 = riket)'),
  period: z
    .string()
    .regex(/^\d{4}$/, 'period ska vara ett år, t.ex. 2024')
    .transform(Number),
  gender: z.enum(['T', 'K', 'M'], 'kön ska vara T, K eller M'),
  value: z
    .string()
    .regex(/^(-?\d+([.,]\d+)?)?$/, 'värdet ska vara ett tal (decimalkomma går bra) eller tomt')
    .transform((v) => (v === '' ? null : Number(v.replace(',', '.')))),
  status: z.string().default(''),
  count: z
    .string()
    .default('')
    .pipe(z.string().regex(/^\d*$/, 'antal ska vara ett heltal eller tomt'))
    .transform((v) => (v === '' ? null : Number(v))),
});

export function readKoladaCsv(text: string): FileRead {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message) };
  const [header, ...body] = read.table.rows;
  if (!header) return { ok: false, problems: ['Filen saknar rubrikrad.'] };
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    for (const [column, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (aliases.includes(name) && !index.has(column)) index.set(column, i);
    }
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) return { ok: false, problems: [`Kolumner saknas: ${missing.join(', ')}.`] };
  const rows: KoladaRow[] = [];
  const problems: string[] = [];
  for (const line of body) {
    const cells = Object.fromEntries([...index].map(([column, i]) => [column, (line.cells[i] ?? '').trim()])) as Record<
      Column,
      string
    >;
    const parsed = csvValue.safeParse(cells);
    if (parsed.success) rows.push(parsed.data);
    else problems.push(`Rad ${line.row}: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  }
  return problems.length ? { ok: false, problems: problems.slice(0, 50) } : { ok: true, rows };
}
