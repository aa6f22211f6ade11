/** Downloadable templates per measure group: CSV (UTF-8 with BOM, semicolon) and XLSX (one sheet). */
import ExcelJS from 'exceljs';
import { GROUPS, type ColumnKey } from './columns';
import { quoteCsvCell } from './escape';
import { parseSwedishNumber } from './text';
import type { MeasureGroup } from './types';

type Example = Partial<Record<ColumnKey, string>>;
export type TemplateOptions = { /** Year of the example rows; defaults to last year. */ year?: number };

/** 1–3 rows per group that pass validation themselves (the round-trip tests hold them to it). */
function examples(group: MeasureGroup, y: number): Example[] {
  const year = String(y);
  switch (group) {
    case 'headcount':
      return [
        {
          year,
          department: 'Äldreomsorg',
          occupation: 'Undersköterska',
          employmentForm: 'Tillsvidare',
          gender: 'Kvinna',
          ageBand: '40-49',
          value: '52',
        },
        {
          year,
          department: 'Äldreomsorg',
          occupation: 'Undersköterska',
          employmentForm: 'Tillsvidare',
          gender: 'Man',
          ageBand: '40-49',
          value: '11',
        },
        {
          year,
          department: 'Äldreomsorg',
          occupation: 'Undersköterska',
          employmentForm: 'Tillsvidare',
          gender: 'Totalt',
          ageBand: '40-49',
          value: '63',
        },
      ];
    case 'fullTime':
      return [
        { year, gender: 'Kvinna', value: '98,4', population: '752', partTimeCount: '12' },
        { year, gender: 'Man', value: '96,9', population: '264', partTimeCount: '8' },
        { year, gender: 'Totalt', value: '98', population: '1 016', partTimeCount: '20' },
      ];
    case 'departures':
      return [
        {
          year,
          department: 'Socialt stöd',
          occupation: 'Socialsekreterare',
          employmentForm: 'Tillsvidare',
          reason: 'Egen begäran',
          destination: 'Extern arbetsgivare',
          value: '14',
        },
        {
          year,
          department: 'Socialt stöd',
          occupation: 'Socialsekreterare',
          employmentForm: 'Tillsvidare',
          reason: 'Pension',
          value: '3',
        },
      ];
    case 'recruitments':
      return [
        {
          year,
          department: 'Socialt stöd',
          occupation: 'Socialsekreterare',
          employmentForm: 'Tillsvidare',
          route: 'Extern arbetsgivare',
          value: '21',
        },
        {
          year,
          department: 'Socialt stöd',
          occupation: 'Socialsekreterare',
          employmentForm: 'Tillsvidare',
          route: 'Återanställning',
          value: '6',
        },
      ];
    case 'turnover':
      return [
        { year, value: '7,3', population: '1 016' },
        { year, occupation: 'Socialsekreterare', value: '11,2', population: '240' },
        { year, ageBand: '-29', value: '14,5', population: '96' },
      ];
    case 'retirements':
      return [
        { year, department: 'Socialt stöd', turningYear: String(y + 1), value: '11' },
        { year, department: 'Socialt stöd', turningYear: 'Redan 65+', value: '4' },
        { year, department: 'Totalt', turningYear: String(y + 1), value: '16' },
      ];
    case 'sickLeave':
      return [
        { year, sickLeaveKind: 'Total', value: '6,2', goal: '6', population: '1 016' },
        { year, sickLeaveKind: 'Korttid (dag 1-14)', value: '1,9', goal: '2', population: '1 016' },
        {
          year,
          department: 'Socialt stöd',
          gender: 'Kvinna',
          sickLeaveKind: 'Långtid (60+ dagar)',
          value: '3,1',
          population: '412',
        },
      ];
    case 'incidents':
      return [
        { year, tertial: '1', department: 'Socialt stöd', incidentKind: 'Hot och våld', value: '45' },
        { year, tertial: '1', department: 'Socialt stöd', incidentKind: 'Fall', value: '12' },
        { year, tertial: '1', department: 'Socialt stöd', incidentKind: 'Totalt', value: '80' },
      ];
    case 'spanOfControl':
      return [
        { year, department: 'Äldreomsorg', value: '24,5', population: '490' },
        { year, value: '21', population: '1 016' },
      ];
    case 'survey':
      return [
        { year, surveyKind: 'AMI', scale: 'Index', value: '81', previousValue: '80', cityValue: '81' },
        {
          year,
          surveyKind: 'Fråga',
          label: 'Jag är insatt i min arbetsplats mål.',
          key: 'insatt-i-mal',
          scale: 'Medelvärde',
          value: '4,2',
          previousValue: '4,1',
          cityValue: '4',
        },
        { year, surveyKind: 'Svarsfrekvens', value: '87', responded: '870', invited: '1001' },
      ];
  }
}

const defaultYear = () => new Date().getFullYear() - 1;

/** Header texts and example rows as the user will see them. */
export function templateRows(group: MeasureGroup, options: TemplateOptions = {}): string[][] {
  const columns = GROUPS[group].columns;
  const rows = examples(group, options.year ?? defaultYear());
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? ''))];
}

/** `Uint8Array<ArrayBuffer>` so the bytes can be a Response body as they are. */
export function renderTemplateCsv(group: MeasureGroup, options: TemplateOptions = {}): Uint8Array<ArrayBuffer> {
  const lines = templateRows(group, options).map((row) => row.map((cell) => quoteCsvCell(cell)).join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const NUMBER_TYPES = new Set(['year', 'count', 'percent', 'decimal', 'surveyValue']);

export async function renderTemplateXlsx(
  group: MeasureGroup,
  options: TemplateOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const definition = GROUPS[group];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(definition.label.slice(0, 31));
  const [header = [], ...rows] = templateRows(group, options);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    // Numbers go in as numbers so Excel shows them with the user's decimal separator.
    sheet.addRow(
      row.map((cell, i) => {
        const column = definition.columns[i];
        const parsed = column && NUMBER_TYPES.has(column.type) ? parseSwedishNumber(cell) : undefined;
        return parsed?.ok ? parsed.value : cell;
      }),
    );
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(12, (header[i] ?? '').length + 4);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
