import { describe, expect, it } from 'vitest';
import {
  IMPORT_GROUPS,
  MEASURE_GROUPS,
  renderTemplateCsv,
  renderTemplateXlsx,
  templateRows,
} from '@/lib/statistics/import';
import { expectOk, parse } from './helpers';

describe('templates', () => {
  it.each(MEASURE_GROUPS)('%s: the CSV template parses back', async (group) => {
    const bytes = renderTemplateCsv(group, { year: 2025 });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, ...examples] = text.trim().split('\r\n');
    expect(header).toBe(IMPORT_GROUPS[group].columns.map((c) => c.header).join(';'));
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(examples.length).toBeLessThanOrEqual(3);
    const preview = expectOk(await parse(bytes, group, `${group}.csv`));
    expect(preview.rowCount).toBe(examples.length);
    expect(preview.periods[0]?.year).toBe(2025);
  });

  it.each(MEASURE_GROUPS)('%s: the XLSX template parses back to the same rows', async (group) => {
    const fromCsv = expectOk(await parse(renderTemplateCsv(group, { year: 2025 }), group, 't.csv'));
    const fromXlsx = expectOk(await parse(await renderTemplateXlsx(group, { year: 2025 }), group, 't.xlsx'));
    expect(fromXlsx.format).toBe('xlsx');
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
  });

  it('defaults to last year, so the template is valid today', async () => {
    const preview = expectOk(await parseImportFileToday(renderTemplateCsv('incidents')));
    expect(preview.periods).toEqual([{ year: new Date().getFullYear() - 1, tertial: 1 }]);
  });

  it('documents every column', () => {
    for (const group of MEASURE_GROUPS) {
      const definition = IMPORT_GROUPS[group];
      expect(definition.label).not.toBe('');
      expect(definition.columns[0]?.header).toBe('År');
      for (const column of definition.columns) {
        expect(column.description.length).toBeGreaterThan(5);
        if (column.type === 'enum') expect(column.allowedValues?.length).toBeGreaterThan(0);
      }
      expect(templateRows(group)[0]).toHaveLength(definition.columns.length);
    }
  });
});

function parseImportFileToday(bytes: Uint8Array) {
  return parse(bytes, 'incidents', 'incidents.csv', new Date());
}
