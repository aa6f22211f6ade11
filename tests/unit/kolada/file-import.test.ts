import { describe, expect, it } from 'vitest';
import { groupMean } from '@/lib/kolada/comparison';
import { readKoladaFile } from '@/lib/kolada/file-import';
import { comparisonContent } from '@/lib/kolada/plan-figure';
import { parseYears } from '@/lib/kolada/schemas';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Kolada file import', () => {
  it('reads a CSV export with Swedish headers, BOM, decimal comma and an empty (missing) value', () => {
    const read = readKoladaFile(
      bytes('\uFEFFKPI;Kommun-id;År;Kön;Värde;Status\nN00090;0180;2024;T;6,5;\nN00090;0000;2024;T;;Missing\n'),
      'kolada.csv',
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { kpi: 'N00090', municipality: '0180', period: 2024, gender: 'T', value: 6.5, status: '', count: null },
        { kpi: 'N00090', municipality: '0000', period: 2024, gender: 'T', value: null, status: 'Missing', count: null },
      ],
    });
  });

  it('names every bad row and the missing columns', () => {
    expect(readKoladaFile(bytes('KPI;År\nN00090;2024\n'), 'a.csv')).toEqual({
      ok: false,
      problems: ['Kolumner saknas: municipality, gender, value.'],
    });
    const read = readKoladaFile(bytes('KPI;Kommun-id;År;Kön;Värde\nX1;0180;24;Q;sex\n'), 'a.csv');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatch(
      /^Rad 2: KPI ska vara.*; period ska vara.*; kön ska vara.*; värdet ska vara/,
    );
  });

  it('reads the API’s JSON as one page, a list of pages or a list of rows, and refuses other JSON', () => {
    const row = { kpi: 'N00090', municipality: '0180', period: 2024, values: [{ gender: 'T', value: 6.5 }] };
    for (const json of [{ values: [row] }, [{ values: [row], next_url: null }], [row]]) {
      expect(readKoladaFile(bytes(JSON.stringify(json)), 'k.json')).toMatchObject({ ok: true, rows: [{ value: 6.5 }] });
    }
    expect(readKoladaFile(bytes('{"data": 1}'), 'k.json')).toMatchObject({ ok: false });
    expect(readKoladaFile(bytes('{"values": ['), 'k.json')).toEqual({
      ok: false,
      problems: ['Filen är inte giltig JSON.'],
    });
  });
});

describe('Kolada comparisons', () => {
  it('parses years as a range or a list', () => {
    expect(parseYears('2020–2022')).toEqual([2020, 2021, 2022]);
    expect(parseYears('2024, 2022')).toEqual([2022, 2024]);
    expect(parseYears('1999')).toBeNull();
    expect(parseYears('2000-2020')).toBeNull(); // more than 15 years
  });

  it('takes a group’s value as the mean of the members that have one', () => {
    const v = (municipality: string, value: number | null) => ({ kpi: 'N00090', municipality, period: 2024, value });
    expect(groupMean([v('0180', 6), v('1480', 7.3), v('1280', null)], ['0180', '1480', '1280'], 'N00090', 2024)).toBe(
      6.7,
    );
    expect(groupMean([v('0180', 6)], ['1480'], 'N00090', 2024)).toBeNull();
  });

  it('inserts the own figure only where it is one live figure', () => {
    const choice = {
      kpi: 'N00090',
      title: 'Sjukfrånvaro',
      ownMeasure: 'sickLeave' as const,
      years: [2024],
      group: null,
    };
    const nodes = comparisonContent(choice, 2024);
    expect(nodes.filter((n) => n.type === 'liveFigure').map((n) => n.attrs)).toEqual([
      { measure: 'sickLeave', dimensions: { category: 'total' }, year: 2024 },
      { measure: 'kolada', dimensions: { kpi: 'N00090', area: '0180' }, year: 2024 },
      { measure: 'kolada', dimensions: { kpi: 'N00090', area: '0000' }, year: 2024 },
    ]);
    const share = comparisonContent({ ...choice, ownMeasure: 'womenShare' }, 2024);
    expect(share.filter((n) => n.type === 'liveFigure')).toHaveLength(2);
    expect(share[0]).toEqual({ type: 'text', text: 'Sjukfrånvaro (2024): Stockholms stad ' });
  });
});
