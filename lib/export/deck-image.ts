import 'server-only';
import { Resvg } from '@resvg/resvg-js';

/**
 * An SVG chart as PNG for the deck. pptxgenjs can embed SVG, but on Node it writes a broken-image PNG as the
 * fallback that Keynote and older viewers show; a PNG drawn here opens everywhere (README, Decisions).
 */
export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'original' } }).render().asPng();
}
