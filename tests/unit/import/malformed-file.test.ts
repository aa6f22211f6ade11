import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEADCOUNT_HEADER, expectProblem, lines, parse, parseCsv, utf8, xlsx } from './helpers';

const GOOD = lines(HEADCOUNT_HEADER, '2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;40-49;52');

describe('rejects broken files', () => {
  it('empty file', async () => {
    expectProblem(await parse(new Uint8Array(), 'headcount'), { message: 'Filen är tom.' });
  });

  it('a CSV with only a BOM and blank lines', async () => {
    expectProblem(await parse(utf8('\r\n  \r\n', true), 'headcount'), { message: 'Filen är tom.' });
  });

  it('an XLSX whose only sheet is empty', async () => {
    const bytes = await xlsx({ name: 'Blad1', rows: [] });
    expectProblem(await parse(bytes, 'headcount', 'tom.xlsx'), { message: 'Filen är tom.' });
  });

  it('only a header', async () => {
    expectProblem(await parseCsv(lines(HEADCOUNT_HEADER), 'headcount'), { message: 'bara en rubrikrad', row: 1 });
  });

  it('tab as delimiter', async () => {
    const text = lines(HEADCOUNT_HEADER.replaceAll(';', '\t'), '2025\tÄldreomsorg\t\t\t\t\t5');
    expectProblem(await parseCsv(text, 'headcount'), { message: /tabbtecken som avgränsare/, row: 1 });
  });

  it('pipe as delimiter', async () => {
    const text = lines(HEADCOUNT_HEADER.replaceAll(';', '|'), '2025|Äldreomsorg||||| 5');
    expectProblem(await parseCsv(text, 'headcount'), { message: /lodstreck \(\|\)/ });
  });

  it('a single column because the delimiter is wrong', async () => {
    expectProblem(await parseCsv(lines('År Antal', '2025 5'), 'headcount'), { message: /bara en kolumn/ });
  });

  it('UTF-16 with BOM', async () => {
    const body = GOOD.split('').flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
    const bytes = Uint8Array.from([0xff, 0xfe, ...body]);
    expectProblem(await parse(bytes, 'headcount'), { message: /UTF-16/ });
  });

  it('UTF-16 without BOM (NUL bytes)', async () => {
    const bytes = Uint8Array.from(GOOD.split('').flatMap((ch) => [ch.charCodeAt(0) & 0xff, 0]));
    expectProblem(await parse(bytes, 'headcount'), { message: /nolltecken/ });
  });

  it.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])('byte 0x%s, invalid in both UTF-8 and Windows-1252', async (byte) => {
    const bytes = Uint8Array.from([...utf8(HEADCOUNT_HEADER + '\r\n2025;Avd'), byte, ...utf8(';;;;;5\r\n')]);
    expectProblem(await parse(bytes, 'headcount'), { message: /teckenkodning känns inte igen/ });
  });

  it('a file over the size limit (20 MB), stating the limit', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    expectProblem(await parse(bytes, 'headcount'), { message: /för stor \(20 MB\).*10 MB/ });
  });

  it('a PNG renamed to .csv', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectProblem(await parse(png, 'headcount', 'bild.csv'), { message: /heter \.csv men är en PNG-bild/ });
  });

  it('a PDF renamed to .xlsx', async () => {
    expectProblem(await parse(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'headcount', 'rapport.xlsx'), {
      message: /heter \.xlsx men är en PDF-fil/,
    });
  });

  it('a PDF renamed to .csv', async () => {
    expectProblem(await parse(utf8('%PDF-1.4\n1 0 obj'), 'headcount', 'rapport.csv'), { message: /PDF-fil/ });
  });

  it('a CSV renamed to .xlsx', async () => {
    expectProblem(await parse(utf8(GOOD), 'headcount', 'data.xlsx'), {
      message: /heter \.xlsx men är ingen Excel-fil/,
    });
  });

  it('an old binary .xls renamed to .xlsx', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expectProblem(await parse(ole, 'headcount', 'gammal.xlsx'), { message: /äldre Office-fil.*Spara den som \.xlsx/ });
  });

  it.each(['data.xls', 'data.txt', 'data.json', 'data'])('unsupported extension %s', async (name) => {
    expectProblem(await parse(utf8(GOOD), 'headcount', name), {
      message: /(stöds inte|saknar filändelse).*\.csv.*\.xlsx/,
    });
  });

  it('a zip that is not a workbook', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expectProblem(await parse(zip, 'headcount', 'dok.xlsx'), { message: /ingen Excel-arbetsbok/ });
  });

  it('an XLSX zip bomb: total unpacked size over the limit', async () => {
    const zeros = new Uint8Array(60 * 1024 * 1024);
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': [zeros, { level: 9 }],
    });
    expect(zip.byteLength).toBeLessThan(1024 * 1024);
    expectProblem(await parse(zip, 'headcount', 'bomb.xlsx'), { message: /packas upp till mer än 50 MB/ });
  });

  it('an XLSX zip bomb: absurd compression ratio', async () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': [new Uint8Array(5 * 1024 * 1024), { level: 9 }],
    });
    expectProblem(await parse(zip, 'headcount', 'bomb.xlsx'), { message: /onormalt hårt packad/ });
  });

  it('an XLSX zip bomb that lies about its sizes in the directory', async () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': [new Uint8Array(60 * 1024 * 1024), { level: 9 }],
    });
    forgeUncompressedSizes(zip, 1000);
    expectProblem(await parse(zip, 'headcount', 'bomb.xlsx'), { message: /packas upp till mer än 50 MB/ });
  });

  it('an XLSX with two sheets that both have content', async () => {
    const rows = [HEADCOUNT_HEADER.split(';'), [2025, 'Äldreomsorg', '', '', '', '', 5]];
    const bytes = await xlsx({ name: 'Blad1', rows }, { name: 'Anteckningar', rows: [['Hej']] });
    expectProblem(await parse(bytes, 'headcount', 'två.xlsx'), {
      message: /flera blad med innehåll \("Blad1", "Anteckningar"\)/,
    });
  });

  it('an XLSX with a formula cell', async () => {
    const rows = [
      ['År', 'Avdelning', 'Antal'],
      [2025, 'Äldreomsorg', { formula: 'SUM(1,2)', result: 3 }],
    ];
    expectProblem(await parse(await xlsx({ name: 'Blad1', rows }), 'headcount', 'f.xlsx'), {
      message: /Formler är inte tillåtna/,
      row: 2,
      column: 'Antal',
    });
  });

  it('an unterminated quote', async () => {
    const text = lines(HEADCOUNT_HEADER, '2025;"Äldreomsorg;;;;;5');
    expectProblem(await parseCsv(text, 'headcount'), { message: /citattecken/ });
  });
});

/** Rewrites the uncompressed size in every local header and central-directory entry. */
function forgeUncompressedSizes(zip: Uint8Array, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.byteLength; i += 1) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
}
