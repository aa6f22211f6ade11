import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { chartAltText, chartSvg } from '@/lib/export/chart-svg';
import { samverkanDeck } from '@/lib/export/deck-samverkan';
import { svgToPng } from '@/lib/export/svg-png';
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

// resvg is a prebuilt native module; here it cannot load, as on a server without its binary.
vi.mock('@resvg/resvg-js', () => ({
  Resvg: class {
    constructor() {
      throw new Error('native module not found');
    }
  },
}));

const chart: ChartData = {
  id: 'sick-leave',
  title: 'Sjukfrånvaro',
  summary: 'Sjukfrånvaro per år.',
  definition: '',
  unit: 'percent',
  layout: 'horizontalBar',
  categoryLabel: 'Avdelning',
  categories: ['Äldreomsorg', 'Socialt stöd'],
  series: [{ key: '2024', label: '2024', values: [6.2, null], displays: ['6,2 %', '<5'] }],
};

describe('the exports’ one chart drawer', () => {
  it('draws the title above the chart where asked, at the width asked, and says every value in the alt text', () => {
    const svg = chartSvg(chart, { heading: true, displayWidth: 600 });
    expect(svg).toMatch(/^<svg [^>]*width="600" height="300" viewBox="0 0 1200 600"/);
    expect(svg).toContain('>Sjukfrånvaro</text>');
    expect(svg).toContain('>6,2 %</text>');
    expect(svg).toContain('>&lt;5</text>');
    expect(chartSvg(chart)).not.toContain('>Sjukfrånvaro</text>');
    expect(chartAltText(chart)).toBe(
      'Sjukfrånvaro. Sjukfrånvaro per år. Äldreomsorg: 2024 6,2 %; Socialt stöd: 2024 <5.',
    );
    expect(chartAltText({ ...chart, summary: '' })).toBe(
      'Sjukfrånvaro. Äldreomsorg: 2024 6,2 %; Socialt stöd: 2024 <5.',
    );
  });
});

describe('without resvg', () => {
  it('the rasteriser answers null instead of failing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await svgToPng(chartSvg(chart))).toBeNull();
  });

  it('the deck shows the chart’s values as a table instead of an image', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bytes = await samverkanDeck([{ kind: 'chart', title: 'Nyckeltal: Sjukfrånvaro', chart }], {
      title: 'Plan',
      author: 'HR',
      organization: 'Förvaltningen',
    });
    const zip = await JSZip.loadAsync(bytes);
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).not.toContain('<p:pic>');
    expect(slide).toContain('<a:tbl>');
    for (const text of ['Avdelning', '2024', 'Äldreomsorg', '6,2 %', 'Socialt stöd', '&lt;5'])
      expect(slide).toContain(`<a:t>${text}</a:t>`);
  });
});
