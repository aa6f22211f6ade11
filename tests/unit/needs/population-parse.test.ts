import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePopulationFile } from '@/lib/needs/population-parse';
import { DISTRICTS } from './districts-fixture';

const parse = (text: string | Uint8Array, fileName = 'prognos.csv') =>
  parsePopulationFile({
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    fileName,
    districts: DISTRICTS,
  });

const problemsOf = async (text: string | Uint8Array, fileName?: string) => {
  const result = await parse(text, fileName);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('Importera befolkningsprognos: reading the file', () => {
  it('reads semicolons, a decimal comma, a BOM, space-grouped thousands and Stockholm’s age groups', async () => {
    const csv =
      '\uFEFFStadsdelsområde;Åldersgrupp;År;Antal\r\nNorra innerstaden;80+;2026;8 412\r\nnorra  INNERSTADEN;1–5 år;2027;6510,5\r\n';
    const result = await parse(csv);
    expect(result.ok && result.forecast.rows).toEqual([
      { districtId: 'ni', ageGroup: '80+', year: 2026, population: 8412 },
      { districtId: 'ni', ageGroup: '1-5', year: 2027, population: 6510.5 },
    ]);
    expect(result.ok && result.forecast.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads commas with column aliases in any order, and old district names', async () => {
    const result = await parse(
      'år,stadsdel,antal,ålder\n2024,Norrmalm,4100,80 år och äldre\n2024,Östermalm,4300,80+\n',
    );
    expect(result.ok && result.forecast.rows.map((r) => r.districtId)).toEqual(['nm', 'om']);
  });

  it('reads an XLSX sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prognos');
    sheet.addRow(['Stadsdelsområde', 'Åldersgrupp', 'År', 'Antal']);
    sheet.addRow(['Norra innerstaden', '65-79', 2027, 21034]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parse(bytes, 'prognos.xlsx');
    expect(result.ok && result.forecast.rows).toEqual([
      { districtId: 'ni', ageGroup: '65-79', year: 2027, population: 21034 },
    ]);
  });

  it('names each bad cell by row and column in Swedish: unknown district, negative, non-numeric, bad year and age group', async () => {
    const problems = await problemsOf(
      'Stadsdelsområde;Åldersgrupp;År;Antal\nGamla stan;80+;2026;10\nNorra innerstaden;80+;2026;-5\nNorra innerstaden;1-5;2026;många\nNorra innerstaden;1-5;26;10\nNorra innerstaden;90+;2026;10\n',
    );
    expect(problems).toEqual([
      { row: 2, column: 'Stadsdelsområde', message: expect.stringContaining('Okänt stadsdelsområde "Gamla stan"') },
      { row: 3, column: 'Antal', message: 'Antalet kan inte vara negativt (-5).' },
      { row: 4, column: 'Antal', message: expect.stringContaining('"många" är inte ett tal') },
      { row: 5, column: 'År', message: expect.stringContaining('"26" är inget årtal') },
      { row: 6, column: 'Åldersgrupp', message: expect.stringContaining('Okänd åldersgrupp "90+"') },
    ]);
  });

  it('names missing and unknown columns', async () => {
    const problems = await problemsOf('Stadsdelsområde;År;Antal;Kön\nNorra innerstaden;2026;10;K\n');
    expect(problems.map((p) => p.message)).toEqual([
      'Okänd kolumn "Kön". Tillåtna kolumner: Stadsdelsområde, Åldersgrupp, År, Antal.',
      'Kolumnen "Åldersgrupp" saknas.',
    ]);
  });

  it('refuses an empty file, a header without rows and a file of the wrong type', async () => {
    expect(await problemsOf('')).toEqual([{ message: 'Filen är tom.' }]);
    expect(await problemsOf('Stadsdelsområde;Åldersgrupp;År;Antal\n')).toEqual([
      { message: 'Filen har rubriker men inga rader med uppgifter.' },
    ]);
    expect((await problemsOf('x', 'prognos.pdf'))[0]!.message).toContain('Filtypen .pdf stöds inte');
    expect((await problemsOf('%PDF-1.4', 'prognos.csv'))[0]!.message).toContain('är en PDF-fil');
  });

  it('refuses a repeated row, and a district beside the one it became part of for the same year', async () => {
    const problems = await problemsOf(
      'Stadsdelsområde;Åldersgrupp;År;Antal\nNorra innerstaden;80+;2026;10\nNorra innerstaden;80+;2026;11\nNorrmalm;80+;2026;4\n',
    );
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'Raden upprepar rad 2 (samma stadsdelsområde, åldersgrupp och år).'],
      [4, expect.stringContaining('Norrmalm ingår sedan 2023-07-01 i Norra innerstaden')],
    ]);
  });
});
