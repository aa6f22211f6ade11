/**
 * The samverkan deck as .pptx (pptxgenjs 4.0.x) from deck-outline.ts. Every slide comes from a master with a real
 * title placeholder, so the title is the slide's title for screen readers and the outline view, and is read first.
 * Charts are PNG images with alternative text (as a table where no PNG can be drawn); the UBARA × SKR table is a real table with a header row.
 */
import PptxGenJS from 'pptxgenjs';
import { CHART_SIZE, chartAltText, chartSvg, chartTable } from './chart-svg';
import type { DeckSlide } from './deck-outline';
import { svgToPng } from './svg-png';

const TITLE_SLIDE = 'KP_TITEL';
const CONTENT_SLIDE = 'KP_INNEHALL';
const TITLE_ONLY_SLIDE = 'KP_RUBRIK';
const FONT = 'Arial';
const LANG = 'sv-SE';
const DARK = '1A1A1A';
const ACCENT = '1F5FA8';

const TITLE_BOX = { x: 0.6, y: 0.35, w: 12.1, h: 1.0 };
const BODY_BOX = { x: 0.6, y: 1.5, w: 12.1, h: 5.5 };

function defineMasters(pptx: PptxGenJS): void {
  const title = (box: typeof TITLE_BOX, size: number, color = DARK) => ({
    placeholder: {
      options: { name: 'title', type: 'title' as const, ...box, fontFace: FONT, fontSize: size, bold: true, color },
      text: '',
    },
  });
  const footer = { rect: { x: 0, y: 7.3, w: 13.33, h: 0.2, fill: { color: ACCENT } } };
  pptx.defineSlideMaster({
    title: TITLE_SLIDE,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: 13.33, h: 7.5, fill: { color: ACCENT } } },
      title({ x: 0.8, y: 2.2, w: 11.7, h: 1.6 }, 40, 'FFFFFF'),
      {
        placeholder: {
          options: {
            name: 'subtitle',
            type: 'body',
            x: 0.8,
            y: 4.0,
            w: 11.7,
            h: 1.2,
            fontFace: FONT,
            fontSize: 20,
            color: 'FFFFFF',
          },
          text: '',
        },
      },
    ],
  });
  pptx.defineSlideMaster({
    title: CONTENT_SLIDE,
    background: { color: 'FFFFFF' },
    objects: [
      footer,
      title(TITLE_BOX, 30),
      {
        placeholder: {
          options: {
            name: 'body',
            type: 'body',
            ...BODY_BOX,
            fontFace: FONT,
            fontSize: 18,
            color: DARK,
            valign: 'top',
          },
          text: '',
        },
      },
    ],
  });
  pptx.defineSlideMaster({
    title: TITLE_ONLY_SLIDE,
    background: { color: 'FFFFFF' },
    objects: [footer, title(TITLE_BOX, 30)],
  });
}

/** A chart slide's image, drawn before the slides are laid out; null: no rasteriser here, a table instead. */
type ChartImages = Map<DeckSlide, Uint8Array | null>;

function addSlide(pptx: PptxGenJS, slide: DeckSlide, images: ChartImages): void {
  if (slide.kind === 'title') {
    const s = pptx.addSlide({ masterName: TITLE_SLIDE });
    s.addText(slide.title, { placeholder: 'title', lang: LANG });
    s.addText(slide.subtitle, { placeholder: 'subtitle', lang: LANG });
    return;
  }
  if (slide.kind === 'text') {
    const s = pptx.addSlide({ masterName: CONTENT_SLIDE });
    s.addText(slide.title, { placeholder: 'title', lang: LANG });
    const size = slide.bullets.join('').length > 700 ? 14 : slide.bullets.join('').length > 400 ? 16 : 18;
    s.addText(
      slide.bullets.map((text) => ({ text, options: { bullet: true, breakLine: true, paraSpaceAfter: 6 } })),
      { placeholder: 'body', fontSize: size, fit: 'shrink', lang: LANG },
    );
    return;
  }
  const s = pptx.addSlide({ masterName: TITLE_ONLY_SLIDE });
  s.addText(slide.title, { placeholder: 'title', lang: LANG });
  if (slide.kind === 'chart') {
    const png = images.get(slide);
    if (!png) {
      const { header, rows } = chartTable(slide.chart, slide.chart.categoryLabel);
      addTable(s, header, rows);
      return;
    }
    const h = BODY_BOX.h;
    const w = (h * CHART_SIZE.width) / CHART_SIZE.height;
    s.addImage({
      data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
      x: BODY_BOX.x + (BODY_BOX.w - w) / 2,
      y: BODY_BOX.y,
      w,
      h,
      altText: chartAltText(slide.chart),
    });
    return;
  }
  addTable(s, slide.header, slide.rows);
}

function addTable(s: PptxGenJS.Slide, headerCells: string[], rows: string[][]): void {
  const header = headerCells.map((text) => ({
    text,
    options: { bold: true, fill: { color: 'E8EEF7' }, color: DARK },
  }));
  s.addTable([header, ...rows.map((row) => row.map((text) => ({ text })))], {
    ...BODY_BOX,
    h: undefined,
    fontFace: FONT,
    lang: LANG,
    fontSize: rows.length > 8 ? 11 : 13,
    border: { type: 'solid', pt: 0.75, color: '9AA5B1' },
    colW: [3.6, ...headerCells.slice(1).map(() => (BODY_BOX.w - 3.6) / (headerCells.length - 1))],
  });
}

export async function samverkanDeck(
  slides: DeckSlide[],
  meta: { title: string; author: string; organization: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.company = meta.organization;
  pptx.subject = 'Samverkan';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  defineMasters(pptx);
  const images: ChartImages = new Map(
    await Promise.all(
      slides.flatMap((slide) =>
        slide.kind === 'chart' ? [svgToPng(chartSvg(slide.chart)).then((png) => [slide, png] as const)] : [],
      ),
    ),
  );
  for (const slide of slides) addSlide(pptx, slide, images);
  const data = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return new Uint8Array(data);
}
