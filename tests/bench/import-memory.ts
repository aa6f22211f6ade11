/**
 * npm run bench:import-memory — what one large XLSX upload costs the server: the largest workbook the import
 * accepts (170 000 headcount rows, just under the 50 MB unpacked limit) is parsed as the upload route does it,
 * in a worker thread with its bounded heap; the process's peak RSS is sampled every 20 ms.
 */
import ExcelJS from 'exceljs';
import { PARSE_HEAP_MB, parseImportFileInWorker } from '@/lib/statistics/import/parse-in-worker';
import { buildFile } from './import-file';

const ROWS = Number(process.argv[2] ?? 170_000);

async function workbook(rows: number): Promise<Uint8Array> {
  const lines = new TextDecoder('windows-1252').decode(buildFile().bytes).trim().split('\r\n');
  const [header, ...body] = lines;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow(header!.split(';'));
  for (let i = 0; i < rows; i++) {
    const cells = body[i % body.length]!.split(';');
    // Each pass over the file's rows moves five years back, so that every row stays unique.
    const year = Number(cells[0]) - 5 * Math.floor(i / body.length);
    sheet.addRow([year, cells[1], cells[2], cells[3], cells[4], cells[5], Number(cells[6])]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const bytes = await workbook(ROWS);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const result = await parseImportFileInWorker({ bytes, fileName: 'stor.xlsx', group: 'headcount', today: new Date() });
clearInterval(sampler);
console.log(
  `XLSX ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${ROWS} rader: ${result.ok ? `${result.preview.rowCount} rader lästa` : result.problems[0]?.message}` +
    ` på ${Math.round(performance.now() - started)} ms; arbetstrådens heap högst ${PARSE_HEAP_MB} MB;` +
    ` serverns RSS ${mb(before)} → topp ${mb(peak)} (+${mb(peak - before)})`,
);
process.exit(0);
