import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SeedStatistic } from '@/prisma/seed-data/types';
import type { StatisticFigure } from '@/lib/statistics/import';
import { HEADCOUNT_HEADER, expectOk, lines, parse, parseCsv, utf8, win1252, xlsx } from './helpers';

describe('accepts real-world files', () => {
  it('Windows-1252, semicolon, decimal comma, Swedish letters', async () => {
    const text = lines(
      'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal',
      '2025;Äldreomsorg;Förskollärare;Tillsvidare;Kvinna;30-39;1 016',
      '2025;Äldreomsorg;Förskollärare;Visstid;Man;65+;12',
    );
    const bytes = win1252(text);
    expect(bytes).toContain(0xc4); // Ä as one byte: really Windows-1252
    const preview = expectOk(await parse(bytes, 'headcount'));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.delimiter).toBe(';');
    expect(preview.rows[0]).toEqual({
      type: 'statistic',
      sourceRow: 2,
      measure: 'headcount',
      year: 2025,
      department: 'Äldreomsorg',
      occupation: 'Förskollärare',
      employmentForm: 'permanent',
      gender: 'woman',
      ageBand: '30-39',
      value: 1016,
    });
    expect(preview.departments).toEqual(['Äldreomsorg']);
    expect(preview.occupations).toEqual(['Förskollärare']);
  });

  it('Windows-1252 percentages with decimal comma', async () => {
    const bytes = win1252(
      lines('År;Kön;Andel heltid (%);Underlag (antal)', '2024;Kvinna;98,4;752', '2024;Man;96,9 %;264'),
    );
    const preview = expectOk(await parse(bytes, 'fullTime'));
    expect(preview.rows.map((r) => ('value' in r ? r.value : undefined))).toEqual([98.4, 96.9]);
  });

  it('UTF-8 with BOM and comma delimiter, quoted decimal comma', async () => {
    const text = lines(
      'År,Avdelning,Kön,Mått,Andel (%),Mål (%)',
      '2024,,,Total,"6,2",6',
      '2024,Äldreomsorg,Kvinna,Korttid,"1,9",',
      '2024,,,Långtid (60+ dagar),3.1,"2,00"',
    );
    const preview = expectOk(await parse(utf8(text, true), 'sickLeave'));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.delimiter).toBe(',');
    expect(preview.rows).toEqual([
      { type: 'statistic', sourceRow: 2, measure: 'sickLeave', year: 2024, category: 'total', value: 6.2, decimals: 1 },
      { type: 'goal', sourceRow: 2, measure: 'sickLeave', category: 'total', year: 2024, value: 6, decimals: 0 },
      {
        type: 'statistic',
        sourceRow: 3,
        measure: 'sickLeave',
        year: 2024,
        department: 'Äldreomsorg',
        gender: 'woman',
        category: 'short',
        value: 1.9,
        decimals: 1,
      },
      { type: 'statistic', sourceRow: 4, measure: 'sickLeave', year: 2024, category: 'long', value: 3.1, decimals: 1 },
      { type: 'goal', sourceRow: 4, measure: 'sickLeave', category: 'long', year: 2024, value: 2, decimals: 2 },
    ]);
  });

  it('XLSX with numbers as numbers and an empty extra sheet', async () => {
    const bytes = await xlsx(
      {
        name: 'Avgångar',
        rows: [
          ['År', 'Avdelning', 'Befattning', 'Anställningsform', 'Orsak', 'Vart', 'Antal'],
          [2024, 'Socialt stöd', 'Socialsekreterare', 'Tillsvidare', 'Egen begäran', 'Annan förvaltning', 9],
          [2024, 'Socialt stöd', 'Socialsekreterare', 'Tillsvidare', 'Pension', null, 2],
        ],
      },
      { name: 'Blad2', rows: [] },
    );
    const preview = expectOk(await parse(bytes, 'departures', 'avgangar.xlsx'));
    expect(preview.format).toBe('xlsx');
    expect(preview.rows).toEqual([
      expect.objectContaining({ category: 'ownRequest', subcategory: 'otherOrganization', value: 9, sourceRow: 2 }),
      expect.objectContaining({ category: 'retirement', value: 2, sourceRow: 3 }),
    ]);
  });

  it('matches headers and values case- and whitespace-insensitively, with NBSP thousands', async () => {
    const text = lines(
      '  år ; AVDELNING;kön;ÅLDERSGRUPP ;  antal',
      '2025;Äldreomsorg;kvinnor;20–29;1\u00a0016',
      '2025;Äldreomsorg;MAN; 65 + ;3',
    );
    const preview = expectOk(await parseCsv(text, 'headcount'));
    expect(preview.rows).toEqual([
      expect.objectContaining({ gender: 'woman', ageBand: '-29', value: 1016 }),
      expect.objectContaining({ gender: 'man', ageBand: '65+', value: 3 }),
    ]);
  });

  it('keeps the first spelling of a department name and reports periods, names and checksum', async () => {
    const text = lines(
      HEADCOUNT_HEADER,
      '2024;Äldreomsorg;Undersköterska;;;;5',
      '2025;äldreomsorg;Sjuksköterska;;;;6',
      '2025;Förskola;;;;;7',
    );
    const bytes = utf8(text);
    const preview = expectOk(await parse(bytes, 'headcount'));
    expect(preview.departments).toEqual(['Förskola', 'Äldreomsorg']);
    expect(preview.occupations).toEqual(['Sjuksköterska', 'Undersköterska']);
    expect(preview.periods).toEqual([{ year: 2024 }, { year: 2025 }]);
    expect(preview.rowCount).toBe(3);
    expect(preview.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('accepts parts that add up, and partial parts below the total', async () => {
    const text = lines(
      HEADCOUNT_HEADER,
      '2025;;;;;;1102',
      '2025;;;Tillsvidare;;;1016',
      '2025;;;Visstid;;;86',
      '2025;;;Tillsvidare;Kvinna;;752',
      '2025;;;Tillsvidare;Man;;264',
      '2025;Socialt stöd;;;;;700',
    );
    expect(expectOk(await parseCsv(text, 'headcount')).rows).toHaveLength(6);
  });

  it('imports tertials that have ended, and the seed figures for retirements', async () => {
    const incidents = lines(
      'År;Tertial;Händelsetyp;Antal',
      '2024;1;Totalt;261',
      '2024;T2;;228',
      '2026;1;Hot och våld;45',
    );
    expect(expectOk(await parseCsv(incidents, 'incidents')).periods).toEqual([
      { year: 2024, tertial: 1 },
      { year: 2024, tertial: 2 },
      { year: 2026, tertial: 1 },
    ]);
    const retirements = lines(
      'År;Avdelning;Fyller 65 år;Antal',
      '2024;Avdelningen för socialt stöd;2025;11',
      '2024;Avdelningen för strategi och utveckling;2025;2',
      '2024;Avdelningen för beredskap och administration;2025;3',
      '2024;Totalt;2025;16',
      '2024;;Redan 65+;37',
    );
    const rows = expectOk(await parseCsv(retirements, 'retirements')).rows;
    expect(rows.at(-1)).toEqual(expect.objectContaining({ category: 'over65', value: 37 }));
  });

  it('converts survey means to index and derives invited from the response rate', async () => {
    const text = lines(
      'År;Avdelning;Typ;Benämning;Skala;Värde;Föregående år;ORG;Antal svarande',
      '2026;;AMI;;;81;80;81;',
      '2026;;Delindex;AMI-Ledarskap;;82;79;80;',
      '2026;;Frågeområde;Politik och verksamheter;;83;82;;',
      '2026;;Fråga;Jag är insatt i min arbetsplats mål.;Medelvärde;4,2;4,1;4,0;',
      '2026;;Svarsfrekvens;;;87;;;870',
    );
    const preview = expectOk(await parseCsv(text, 'survey'));
    expect(preview.rows).toEqual([
      {
        type: 'surveyResult',
        sourceRow: 2,
        year: 2026,
        kind: 'ami',
        key: 'ami',
        label: 'AMI totalindex',
        value: 81,
        previousValue: 80,
        cityValue: 81,
      },
      {
        type: 'surveyResult',
        sourceRow: 3,
        year: 2026,
        kind: 'subIndex',
        key: 'ledarskap',
        label: 'Ledarskap',
        value: 82,
        previousValue: 79,
        cityValue: 80,
      },
      {
        type: 'surveyResult',
        sourceRow: 4,
        year: 2026,
        kind: 'policyArea',
        key: 'policy:politik-och-verksamheter',
        label: 'Politik och verksamheter',
        value: 83,
        previousValue: 82,
      },
      {
        type: 'surveyResult',
        sourceRow: 5,
        year: 2026,
        kind: 'question',
        key: 'q:jag-ar-insatt-i-min-arbetsplats-mal',
        label: 'Jag är insatt i min arbetsplats mål.',
        value: 80,
        previousValue: 77.5,
        cityValue: 75,
      },
      { type: 'surveyRound', sourceRow: 6, year: 2026, invited: 1000, responded: 870 },
    ]);
  });

  it('re-imports an age band exported with escapeCsvCell', async () => {
    const text = lines('År;Åldersgrupp;Antal', "2025;'-29;4");
    expect(expectOk(await parseCsv(text, 'headcount')).rows[0]).toEqual(expect.objectContaining({ ageBand: '-29' }));
  });

  it('statistic rows fit SeedStatistic without `stated`', () => {
    const figure: StatisticFigure = { measure: 'headcount', year: 2025, value: 1 };
    const seedShaped: Omit<SeedStatistic, 'stated'> = figure;
    expect(seedShaped.value).toBe(1);
  });
});

describe('large files', () => {
  it('parses 100 000 CSV rows', async () => {
    const forms = ['Tillsvidare', 'Visstid', 'Timavlönad'];
    const genders = ['Kvinna', 'Man'];
    const ages = ['-29', '30-39', '40-49', '50-59', '60-64', '65+'];
    const rows: string[] = [HEADCOUNT_HEADER];
    for (let i = 0; rows.length <= 100_000; i += 1) {
      const age = ages[i % 6];
      const gender = genders[Math.floor(i / 6) % 2];
      const form = forms[Math.floor(i / 12) % 3];
      const occupation = `Befattning ${Math.floor(i / 36) % 40}`;
      const department = `Avdelning ${Math.floor(i / 1440)}`;
      rows.push(`2025;${department};${occupation};${form};${gender};${age};${(i % 97) + 1}`);
    }
    const bytes = win1252(lines(...rows));
    const started = performance.now();
    const preview = expectOk(await parse(bytes, 'headcount'));
    const ms = Math.round(performance.now() - started);
    console.log(`100 000 rows (${(bytes.byteLength / 1e6).toFixed(1)} MB) parsed in ${ms} ms`);
    expect(preview.rowCount).toBe(100_000);
    expect(preview.rows).toHaveLength(100_000);
  });
});
