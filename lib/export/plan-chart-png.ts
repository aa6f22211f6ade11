import type { Chart } from './plan-charts';

/**
 * A chart's PNG, for Word versions that cannot show SVG (docx requires one beside every SVG image). resvg is a
 * prebuilt native module: where it cannot load, null, and the document shows the chart's data as a table.
 */
export async function chartPng(chart: Chart): Promise<Uint8Array | null> {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    const image = new Resvg(chart.svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } });
    return new Uint8Array(image.render().asPng());
  } catch (error) {
    console.error('[export] chart could not be drawn as PNG', error);
    return null;
  }
}
