import 'server-only';

/**
 * The one SVG → PNG rasteriser of the exports (resvg). Word needs a PNG beside every SVG image, and pptxgenjs on
 * Node writes a broken-image PNG as the SVG's fallback that Keynote and older viewers show, so both the plan and
 * the deck embed PNGs drawn here (README, Decisions). resvg is a prebuilt native module: where it cannot load or
 * draw, null, and the caller shows the chart's data as a table instead.
 */
export async function svgToPng(svg: string, zoom = 1): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: true } });
    return new Uint8Array(image.render().asPng());
  } catch (error) {
    console.error('[export] chart could not be drawn as PNG', error);
    return null;
  }
}
