import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatChart } from '@/components/charts/stat-chart';
import { CHART_WIDTH, lineRuns, plotBox, scaleAt, valueScale } from '@/components/charts/chart-geometry';
import { chartHeight, formatTick, pyramidDomain } from '@/components/charts/chart-layout';
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

const turnover: ChartData = {
  id: 'turnover by-year',
  title: 'Personalomsättning per förvaltning',
  summary: 'Personalomsättningen ökade i två av tre förvaltningar mellan 2023 och 2024.',
  definition: 'Antal avgångar bland tillsvidareanställda delat med genomsnittligt antal anställda.',
  unit: 'percent',
  layout: 'horizontalBar',
  categoryLabel: 'Förvaltning',
  categories: ['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Kultur & fritid'],
  series: [
    { key: '2023', label: '2023', values: [6.2, 7.3, null], displays: ['6,2 %', '7,3 %', '<5'] },
    { key: '2024', label: '2024', values: [8.1, 6.9, null], displays: ['8,1 %', '6,9 %', '–'] },
  ],
  reference: { label: 'Mål 8 %', value: 8 },
  suppressionNote: 'Uppgifter för färre än fem personer visas inte.',
};

const render = (data: ChartData) => renderToStaticMarkup(createElement(StatChart, { data }));

describe('StatChart (server render)', () => {
  const html = render(turnover);

  it('names the card by its heading and reads the summary before the chart', () => {
    expect(html).toMatch(/<section class="card stat-chart" aria-labelledby="stat-chart-turnover_by-year-title">/);
    expect(html).toContain('<h3 id="stat-chart-turnover_by-year-title" class="stat-chart__title">Personalomsättning');
    expect(html.indexOf(turnover.summary)).toBeGreaterThan(0);
    expect(html.indexOf(turnover.summary)).toBeLessThan(html.indexOf('stat-chart__visual'));
  });

  it('hides the drawing from assistive technology and draws it on the server, without recharts', () => {
    expect(html).toContain('<div class="stat-chart__visual" aria-hidden="true">');
    // Drawn as SVG in the HTML (no JavaScript): its proportions are known before any script runs.
    expect(html).toContain(`<svg class="stat-chart__svg" viewBox="0 0 ${CHART_WIDTH} ${chartHeight(turnover)}"`);
    expect(html).not.toContain('recharts');
    // Nothing focusable inside the hidden region (the table region after it is outside).
    const hidden = html.slice(html.indexOf('stat-chart__visual'), html.indexOf('stat-chart__definition'));
    expect(hidden).not.toMatch(/tabindex|<a |<button/i);
  });

  it('shows the definition and the suppression note with a visible marker', () => {
    expect(html).toContain('<strong>Definition:</strong> Antal avgångar bland tillsvidareanställda');
    expect(html).toContain('<span class="badge badge--warn">Skyddade uppgifter</span> Uppgifter för färre än fem');
  });

  it('offers the data as a table with caption, column and row headers and the server displays', () => {
    expect(html).toContain('<details class="stat-chart__table"><summary>Visa som tabell</summary>');
    expect(html).toContain('<caption class="visually-hidden">Personalomsättning per förvaltning</caption>');
    expect(html).toContain(
      '<th scope="col">Förvaltning</th><th scope="col" class="num">2023</th><th scope="col" class="num">2024</th>',
    );
    expect(html).toContain(
      '<th scope="row">Barn- och utbildningsförvaltningen</th><td class="num">7,3 %</td><td class="num">6,9 %</td>',
    );
    expect(html).toContain('<th scope="row">Kultur &amp; fritid</th><td class="num">&lt;5</td><td class="num">–</td>');
    expect(html).toContain('Jämförelsevärde i diagrammet: Mål 8 %');
  });

  it('replaces chart and table with the reason when there is nothing to show', () => {
    const empty = render({ ...turnover, emptyMessage: 'Inga avgångar registrerade för perioden.' });
    expect(empty).toContain('Personalomsättning per förvaltning</h3>');
    expect(empty).toContain('Inga avgångar registrerade för perioden.');
    expect(empty).not.toMatch(/<table|<details|stat-chart__visual|Definition/);
  });

  it('omits the suppression note when no cell is suppressed', () => {
    expect(render({ ...turnover, suppressionNote: undefined })).not.toContain('Skyddade uppgifter');
  });
});

describe('chart layout helpers', () => {
  it('formats ticks in Swedish per unit', () => {
    expect(plain(formatTick('percent', 6.2))).toBe('6,2 %');
    expect(plain(formatTick('count', 1016))).toBe('1 016');
    expect(formatTick('ratio', 31.5)).toBe('31,5');
    expect(formatTick('index', 83)).toBe('83');
  });

  it('draws no bar for a suppressed cell and the left side of a pyramid to the left of its centre line', () => {
    // Two series × three categories, the third hidden in both: four bars (stroked 1.5), each with its own width.
    const drawing = (html: string) => html.slice(html.indexOf('<svg class="stat-chart__svg"'));
    const html = drawing(render(turnover));
    const bars = [...html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*stroke-width="1.5"/g)];
    expect(bars).toHaveLength(4);
    expect(bars.every((b) => Number(b[2]) > 0)).toBe(true);
    expect(html).toContain('Mål 8 %</text>'); // the reference line's label
    const pyramid: ChartData = {
      ...turnover,
      layout: 'pyramid',
      unit: 'count',
      reference: undefined,
      categories: ['-29', '30-49'],
      series: [
        { key: 'k', label: 'Kvinnor', values: [12, null], displays: ['12', '<5'] },
        { key: 'm', label: 'Män', values: [7, 137], displays: ['7', '137'] },
      ],
    };
    expect(pyramidDomain(pyramid)).toEqual([-150, 150]);
    const drawn = drawing(render(pyramid));
    const box = plotBox(pyramid, chartHeight(pyramid));
    const centre = scaleAt(valueScale(pyramid), box.left, box.width, 0);
    const sides = [...drawn.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*stroke-width="1.5"/g)];
    expect(sides).toHaveLength(3); // Kvinnor 30-49 is hidden
    // Drawn oldest first: 30-49 Män, then -29 Kvinnor (left of the centre, ending on it), then -29 Män.
    const [, women] = sides;
    expect(Number(women![1]) + Number(women![2])).toBeCloseTo(centre);
  });

  it('breaks a line where a value is hidden and keeps a reference value inside the value axis', () => {
    expect(lineRuns([1, 2, null, 4, null, null, 7])).toEqual([[0, 1], [3], [6]]);
    const scale = valueScale({ ...turnover, layout: 'line', reference: { label: 'Mål', value: 12 } });
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(12);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks.at(-1)).toBe(scale.max);
  });
});
