import { describe, expect, it } from 'vitest';
import { deckOutline } from '@/lib/export/deck-outline';
import { statisticsCsv } from '@/lib/export/sheet-statistics-csv';
import { textToDocument } from '@/lib/plans/document';
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

const chart = (over: Partial<ChartData>): ChartData => ({
  id: 'c',
  title: 'Avgångar',
  summary: '',
  definition: '',
  unit: 'count',
  layout: 'bar',
  categoryLabel: 'Orsak',
  categories: [],
  series: [],
  ...over,
});

describe('statistics CSV', () => {
  const csv = (categories: string[], values: (number | null)[], displays: string[]) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      statisticsCsv([
        {
          id: 's',
          heading: 'Rörlighet',
          charts: [chart({ categories, series: [{ key: '2024', label: '2024', values, displays }] })],
        },
      ]),
    );

  it('escapes text that a spreadsheet would run as a formula (= + - @ tab CR), quotes ";" and quotes', () => {
    const text = csv(
      ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tflik', '\rretur', 'a;b'],
      [1, 2, 3, 4, 5, 6, 7],
      ['1', '2', '3', '4', '5', '6', '7'],
    );
    const lines = text.slice(1).split('\r\n');
    expect(lines.slice(1, 8).map((l) => l.split(';2024;')[0]!.split(';').slice(3).join(';'))).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tflik",
      `"'\rretur"`,
      '"a;b"',
    ]);
  });

  it('writes numbers with a decimal comma and no thousands separator, hidden cells as "–", and a BOM', () => {
    const text = csv(['Egen begäran', 'Pension', 'Övrigt'], [1016, null, 6.25], ['1 016', '<5', '6,25']);
    expect(text.startsWith('\uFEFFAvsnitt;Diagram;Indelning;Kategori;Serie;Värde;Enhet\r\n')).toBe(true);
    expect(text).toContain('Rörlighet;Avgångar;Orsak;Egen begäran;2024;1016;antal\r\n');
    expect(text).toContain('Rörlighet;Avgångar;Orsak;Pension;2024;–;\r\n');
    expect(text).toContain('Rörlighet;Avgångar;Orsak;Övrigt;2024;6,25;antal\r\n');
  });
});

describe('samverkan deck outline', () => {
  it("follows seed 004's order from a plan written on the city's template, and lists questions with answers", () => {
    const section = (title: string, text: string, departmentId: string | null = null) => ({
      id: title,
      title,
      departmentId,
      body: textToDocument(text),
    });
    const slides = deckOutline({
      organization: 'Förvaltningen',
      meeting: { name: 'Förvaltningsgrupp, punkt 5.2.1', date: '2026-04-14' },
      content: {
        title: 'Plan 2027–2029',
        startYear: 2027,
        endYear: 2029,
        figures: {},
        sections: [
          section('Inledning och nulägesanalys', 'Uppdraget.'),
          section('Demografi och omvärld', 'Fler äldre.'),
          section('Vilka förändringar står vi inför?', 'Ny socialtjänstlag.'),
          section('Hur kan vi skaffa den kompetens vi saknar?', 'UBARA.'),
          section('Strategisk inriktning – UBARA och SKR:s strategier', 'Sex av nio.'),
          section('Förskola', 'Språkutveckling.', 'd1'),
        ],
      },
      activities: [],
      questions: [{ union: 'Vision', question: 'Hur?', answers: ['Så här.'] }],
      charts: [],
    });
    expect(slides.map((s) => s.title)).toEqual([
      'Plan 2027–2029',
      'Syfte',
      'Hur',
      'Vad - Omvärldsbevakning',
      'Vad - Förändringar framåt',
      'Vad - Avdelningsspecifikt (nyckelord)',
      'Vad - Strategisk inriktning',
      'Frågor',
    ]);
    expect(slides.at(-1)).toMatchObject({ bullets: ['Vision: Hur?', 'Svar: Så här.'] });
    expect(slides[5]).toMatchObject({ bullets: ['Förskola - Språkutveckling.'] });
  });
});
