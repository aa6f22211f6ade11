/** CSV text → rows of strings, via papaparse. Row numbers are as Excel shows them (header = 1). */
import Papa from 'papaparse';
import type { ImportProblem } from './types';

export type TableRow = { row: number; cells: string[] };
/** `rows[0]` is the header row; fully empty rows are dropped but keep their numbering. */
export type Table = { rows: TableRow[] };
export type Delimiter = ';' | ',';

type ReadResult<T> = ({ ok: true } & T) | { ok: false; problems: ImportProblem[] };

const DELIMITER_HELP = 'Använd semikolon (;) eller komma (,) mellan kolumnerna, som när Excel sparar som CSV.';

/** The header line decides: `;` if it has one (Swedish Excel), else `,`. Quoted text is skipped. */
export function detectDelimiter(text: string): ReadResult<{ delimiter: Delimiter }> {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let quoted = false;
  let seenContent = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
    if (ch.trim() !== '') seenContent = true;
  }
  if ((counts[';'] ?? 0) > 0) return { ok: true, delimiter: ';' };
  if ((counts[','] ?? 0) > 0) return { ok: true, delimiter: ',' };
  const wrong = (counts['\t'] ?? 0) > 0 ? 'tabbtecken' : (counts['|'] ?? 0) > 0 ? 'lodstreck (|)' : undefined;
  const message = wrong
    ? `Filen använder ${wrong} som avgränsare, vilket inte stöds. ${DELIMITER_HELP}`
    : `Filen har bara en kolumn: avgränsaren mellan kolumnerna verkar vara fel. ${DELIMITER_HELP}`;
  return { ok: false, problems: [{ row: 1, message }] };
}

export function readCsv(text: string): ReadResult<{ table: Table; delimiter: Delimiter }> {
  const detected = detectDelimiter(text);
  if (!detected.ok) return detected;
  const { delimiter } = detected;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const quoteRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1));
  const problems: ImportProblem[] = [...quoteRows].map((row) => ({
    row,
    message:
      'Raden har citattecken (") som inte stämmer: text inom citattecken måste avslutas med ett citattecken före nästa avgränsare.',
  }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, delimiter, table: { rows: nonEmptyRows(parsed.data) } };
}

export function nonEmptyRows(data: string[][], firstRow = 1): TableRow[] {
  const rows: TableRow[] = [];
  data.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + firstRow, cells });
  });
  return rows;
}
