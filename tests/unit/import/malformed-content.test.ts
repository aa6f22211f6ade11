import { describe, expect, it } from 'vitest';
import { HEADCOUNT_HEADER, expectProblem, lines, parseCsv } from './helpers';

const headcount = (...rows: string[]) => parseCsv(lines(HEADCOUNT_HEADER, ...rows), 'headcount');

describe('rejects bad headers', () => {
  it('a missing required column', async () => {
    const result = await parseCsv(lines('År;Avdelning;Kön', '2025;Äldreomsorg;Kvinna'), 'headcount');
    expectProblem(result, { message: 'Kolumnen "Antal" saknas', row: 1, column: 'Antal' });
  });

  it('an extra unknown column', async () => {
    const result = await parseCsv(lines('År;Avdelning;Antal;Kommentar', '2025;Äldreomsorg;5;ok'), 'headcount');
    expectProblem(result, {
      message: /Okänd kolumn "Kommentar".*Tillåtna kolumner: År, Avdelning/,
      column: 'Kommentar',
    });
  });

  it('a column twice', async () => {
    const result = await parseCsv(lines('År;Antal;antal', '2025;5;5'), 'headcount');
    expectProblem(result, { message: 'finns mer än en gång', column: 'antal' });
  });

  it('a departures file uploaded as headcount', async () => {
    const text = lines('År;Avdelning;Befattning;Orsak;Vart;Antal', '2025;Äldreomsorg;;Egen begäran;Extern;3');
    const problems = expectProblem(await parseCsv(text, 'headcount'), {
      message: /ser ut att innehålla "Avgångar", men du importerar "Antal anställda"/,
    });
    expect(problems).toHaveLength(1);
  });

  it('a survey file uploaded as sick leave', async () => {
    const text = lines('År;Typ;Benämning;Värde', '2025;AMI;;81');
    expectProblem(await parseCsv(text, 'sickLeave'), {
      message: /"Medarbetarenkät", men du importerar "Sjukfrånvaro"/,
    });
  });

  it('values under a column without header', async () => {
    const text = lines('År;Avdelning;;Antal', '2025;Äldreomsorg;x;5');
    expectProblem(await parseCsv(text, 'headcount'), { message: /kolumn 3 som saknar rubrik/, row: 2 });
  });

  it('comma delimiter with an unquoted decimal comma', async () => {
    const text = lines('År,Avdelning,Mått,Andel (%)', '2025,Äldreomsorg,Total,6,2');
    expectProblem(await parseCsv(text, 'sickLeave'), {
      message: /fler värden.*inom citattecken, t\.ex\. "6,2"/,
      row: 2,
    });
  });
});

describe('rejects bad cells', () => {
  it('text in a number column', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;;;många'), {
      message: '"många" är inte ett tal',
      row: 2,
      column: 'Antal',
    });
  });

  it('a negative head count (a negative number, not a formula)', async () => {
    const problems = expectProblem(await headcount('2025;Äldreomsorg;;;;;-5'), {
      message: /kan inte vara negativt/,
      row: 2,
      column: 'Antal',
    });
    expect(problems.some((p) => /Formler/.test(p.message))).toBe(false);
  });

  it('a fractional head count', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;;;2,5'), {
      message: /måste vara ett heltal \(2,5\)/,
      column: 'Antal',
    });
  });

  it('a percentage over 100', async () => {
    const text = lines('År;Mått;Andel (%)', '2025;Total;100,5');
    expectProblem(await parseCsv(text, 'sickLeave'), { message: /över 100 %/, row: 2, column: 'Andel (%)' });
  });

  it('a negative percentage', async () => {
    const text = lines('År;Andel (%)', '2025;-3');
    expectProblem(await parseCsv(text, 'turnover'), { message: /Andelen kan inte vara negativ/, column: 'Andel (%)' });
  });

  it('an unknown value in an enumerated column', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;Okänd;;5'), {
      message: /Okänt värde "Okänd".*"Kvinna", "Man", "Totalt"/,
      column: 'Kön',
    });
  });

  it('an unknown measure in the Mått column', async () => {
    const text = lines('År;Mått;Andel (%)', '2025;Medellång;4,1');
    expectProblem(await parseCsv(text, 'sickLeave'), {
      message: /Okänt värde "Medellång" i kolumnen "Mått".*"Total", "Korttid \(dag 1-14\)", "Långtid \(60\+ dagar\)"\./,
      row: 2,
      column: 'Mått',
    });
  });

  it('a year in the future', async () => {
    expectProblem(await headcount('2027;Äldreomsorg;;;;;5'), {
      message: /2027 ligger i framtiden/,
      row: 2,
      column: 'År',
    });
  });

  it('a year out of range', async () => {
    expectProblem(await headcount('1999;Äldreomsorg;;;;;5'), {
      message: /tidigaste tillåtna år är 2000/,
      column: 'År',
    });
  });

  it('a year that is not a year', async () => {
    expectProblem(await headcount('25;Äldreomsorg;;;;;5'), { message: /inte ett årtal/, column: 'År' });
  });

  it('incidents without a Tertial column', async () => {
    const text = lines('År;Avdelning;Händelsetyp;Antal', '2025;Äldreomsorg;Fall;3');
    expectProblem(await parseCsv(text, 'incidents'), { message: 'Kolumnen "Tertial" saknas', column: 'Tertial' });
  });

  it('incidents with an empty tertial', async () => {
    const text = lines('År;Tertial;Händelsetyp;Antal', '2025;;Fall;3');
    expectProblem(await parseCsv(text, 'incidents'), {
      message: 'Värde saknas i kolumnen "Tertial"',
      row: 2,
      column: 'Tertial',
    });
  });

  it('a tertial out of 1..3', async () => {
    const text = lines('År;Tertial;Händelsetyp;Antal', '2025;4;Fall;3');
    expectProblem(await parseCsv(text, 'incidents'), { message: /måste vara 1, 2 eller 3/, column: 'Tertial' });
  });

  it('a tertial that has not ended', async () => {
    const text = lines('År;Tertial;Händelsetyp;Antal', '2026;1;Fall;3', '2026;T2;Fall;4');
    const problems = expectProblem(await parseCsv(text, 'incidents'), {
      message: /Tertial 2 2026 är inte avslutat ännu \(slutar 2026-08-31\)/,
      row: 3,
      column: 'Tertial',
    });
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['=', '"=HYPERLINK(""http://x"";""klick"")"'],
    ['+', '+SUM(A1)'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '"\tÄldreomsorg"'],
    ['CR', '"\rÄldreomsorg"'],
  ])('a text cell starting with %s (formula injection)', async (_name, cell) => {
    expectProblem(await headcount(`2025;${cell};;;;;5`), {
      message: /Formler är inte tillåtna/,
      row: 2,
      column: 'Avdelning',
    });
  });

  it('a formula in an enumerated column', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;=1+1;;5'), {
      message: /Formler är inte tillåtna/,
      column: 'Kön',
    });
  });

  it('a formula in a number column', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;;;=2+3'), {
      message: /Formler är inte tillåtna/,
      column: 'Antal',
    });
  });
});

describe('rejects bad rows and combinations', () => {
  it('duplicate rows (same dimension key twice)', async () => {
    expectProblem(await headcount('2025;Äldreomsorg;;;Kvinna;;5', '2025;Äldreomsorg;;;Kvinna;;6'), {
      message: /dubblett av rad 2/,
      row: 3,
    });
  });

  it('duplicates that differ only in case, or in empty vs "Totalt"', async () => {
    const result = await headcount('2025;Äldreomsorg;;;Totalt;;5', '2025;ÄLDREOMSORG;;;;;5');
    expectProblem(result, { message: /dubblett av rad 2/, row: 3 });
  });

  it('parts that do not add up to a stated total (Kön "Totalt")', async () => {
    const result = await headcount(
      '2025;Äldreomsorg;;;Kvinna;;40',
      '2025;Äldreomsorg;;;Man;;10',
      '2025;Äldreomsorg;;;Totalt;;52',
    );
    expectProblem(result, {
      message: /summerar inte till totalen i "Antal".*per Kön \(rad 2 och 3\) är 50.*har 52/,
      row: 4,
      column: 'Antal',
    });
  });

  it('departments that exceed the förvaltning total', async () => {
    const result = await headcount('2025;Äldreomsorg;;;;;60', '2025;Förskola;;;;;50', '2025;;;;;;100');
    expectProblem(result, { message: /fler än totalen i "Antal".*per Avdelning.*110.*bara 100/, row: 4 });
  });

  it('full-time population parts that do not add up', async () => {
    const text = lines(
      'År;Kön;Andel heltid (%);Underlag (antal)',
      '2025;Kvinna;98,4;752',
      '2025;Man;96,9;264',
      '2025;;98;1000',
    );
    expectProblem(await parseCsv(text, 'fullTime'), { message: /summerar inte/, row: 4, column: 'Underlag (antal)' });
  });

  it('a sick-leave goal on a department row', async () => {
    const text = lines('År;Avdelning;Mått;Andel (%);Mål (%)', '2025;Äldreomsorg;Total;6,2;6');
    expectProblem(await parseCsv(text, 'sickLeave'), {
      message: /Mål kan bara anges på rader för hela förvaltningen/,
      column: 'Mål (%)',
    });
  });

  it('a retirement year before the statistics year', async () => {
    const text = lines('År;Avdelning;Fyller 65 år;Antal', '2025;Äldreomsorg;2020;3');
    expectProblem(await parseCsv(text, 'retirements'), {
      message: /mellan 2025 och 2075.*Redan 65\+/,
      column: 'Fyller 65 år',
    });
  });

  it('lists all problems of all rows, none accepted', async () => {
    const result = await headcount('2025;A;;;;;x', '2025;B;;;;;5', '2030;C;;;;;-1');
    if (result.ok) throw new Error('expected failure');
    expect(result.problems.map((p) => p.row)).toEqual([2, 4, 4]);
  });

  it('caps the list at 200 with an "och N fler fel" line', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `2025;Avd ${i};;;;;x`);
    const result = await headcount(...rows);
    if (result.ok) throw new Error('expected failure');
    expect(result.problems).toHaveLength(201);
    expect(result.problems[200]?.message).toBe('… och 50 fler fel.');
  });
});

describe('rejects bad survey rows', () => {
  const SURVEY = 'År;Typ;Benämning;Skala;Värde;Föregående år;ORG;Antal svarande;Antal inbjudna';
  const survey = (...rows: string[]) => parseCsv(lines(SURVEY, ...rows), 'survey');

  it('an AMI value over 100', async () => {
    expectProblem(await survey('2025;AMI;;Index;104;80;81;;'), {
      message: /104 ligger utanför 0–100: AMI-index/,
      row: 2,
      column: 'Värde',
    });
  });

  it('a mean outside 1–5', async () => {
    expectProblem(await survey('2025;Fråga;Jag trivs;Medelvärde;4,2;5,3;;;'), {
      message: /5,3 ligger utanför medelvärdesskalan 1–5/,
      column: 'Föregående år',
    });
  });

  it('responded > invited', async () => {
    expectProblem(await survey('2025;Svarsfrekvens;;;;;;1001;870'), {
      message: /Antal svarande \(1\s001\) kan inte vara fler än antal inbjudna \(870\)/,
      column: 'Antal svarande',
    });
  });

  it('a response rate that contradicts the counts', async () => {
    expectProblem(await survey('2025;Svarsfrekvens;;;50;;;870;1001'), { message: /stämmer inte med/, column: 'Värde' });
  });

  it('an unknown sub-index', async () => {
    expectProblem(await survey('2025;Delindex;Trivsel;;80;;;;'), {
      message: /Motivation", "Ledarskap" eller "Styrning"/,
      column: 'Benämning',
    });
  });

  it('a question without text', async () => {
    expectProblem(await survey('2025;Fråga;;;80;;;;'), { message: /Benämning saknas/, column: 'Benämning' });
  });

  it('a result without value', async () => {
    expectProblem(await survey('2025;AMI;;;;;;;'), { message: 'Värde saknas.', column: 'Värde' });
  });

  it('the same question twice', async () => {
    expectProblem(await survey('2025;Fråga;Jag trivs;;80;;;;', '2025;Fråga;jag  trivs;;81;;;;'), {
      message: /dubblett av rad 2/,
      row: 3,
    });
  });

  it('response counts on a result row', async () => {
    expectProblem(await survey('2025;AMI;;;80;;;870;'), {
      message: /bara på raden med Typ "Svarsfrekvens"/,
      column: 'Antal svarande',
    });
  });
});
