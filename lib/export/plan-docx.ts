/**
 * The plan as the nämnd's Word document (issue 18), from the one document model (plan-document-model.ts): a title
 * page, a table of contents Word fills on opening (a TOC field over the real Heading 1–3 styles, with
 * `updateFields`), the sections with their headings, lists and tables, the key charts as images with alternative
 * text, header rows that repeat, page numbers in the footer, "Utkast" in the header of every page of a draft.
 * The same document layer as the MBL protocol (lib/review/protocol-docx.ts): docx, Calibri, sv-SE.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Chart } from './plan-charts';
import type { Block, DocumentSection, Inline, PlanDocument } from './plan-document-model';
import { svgToPng } from './svg-png';

const SWEDISH = { value: 'sv-SE' };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type Context = { nextList: () => number; png: Map<Chart, Uint8Array | null> };

export async function planDocx(doc: PlanDocument): Promise<Buffer> {
  const charts = doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart').map((b) => b.chart));
  const png = new Map(await Promise.all(charts.map(async (c) => [c, await svgToPng(c.svg, 2)] as const)));
  let lists = 0;
  const context: Context = { nextList: () => ++lists, png };
  const body = [
    ...titlePage(doc),
    new Paragraph({ children: [new TextRun({ text: 'Innehåll', bold: true, size: 32 })], spacing: { after: 200 } }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
    ...(doc.focusStrategies.length
      ? [
          heading(1, 'Fokus bland SKR:s strategier'),
          ...doc.focusStrategies.map((name) => new Paragraph({ text: name, bullet: { level: 0 } })),
        ]
      : []),
    ...doc.sections.flatMap((section) => sectionBody(section, context)),
    ...sectionBody(doc.activities, context),
    ...doc.registers.flatMap((section) => sectionBody(section, context)),
  ];
  const document = new Document({
    creator: doc.organization,
    lastModifiedBy: doc.organization,
    title: doc.title,
    subject: `Kompetensförsörjningsplan ${doc.period}, ${doc.organization}`,
    description: `${doc.status}, version ${doc.version}, ${doc.date}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: SWEDISH } },
        heading1: {
          run: { size: 32, bold: true, color: '1F3B57' },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: '1F3B57' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function titlePage(doc: PlanDocument): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: doc.organization, size: 32 })] }),
    line('Förvaltning', doc.organization),
    line('Nämnd', doc.board),
    line('Planperiod', doc.period),
    line('Status', doc.status),
    line('Version', `${doc.version}, ${doc.date}`),
    ...(doc.diarienummer ? [line('Diarienummer', doc.diarienummer)] : []),
    ...(doc.decision ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun(doc.decision)] })] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function pageHeader(doc: PlanDocument): Header {
  const children: ParagraphChild[] = doc.draft
    ? [new TextRun({ text: 'Utkast', bold: true, color: 'B00020' }), new TextRun(` – ${doc.title}`)]
    : [new TextRun(`${doc.title} – ${doc.status}`)];
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children })] });
}

function pageFooter(doc: PlanDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(`${doc.organization} · Sida `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' av '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function heading(level: 1 | 2 | 3, text: string | Inline[]): Paragraph {
  return new Paragraph({
    heading: HEADINGS[level - 1],
    children: typeof text === 'string' ? [new TextRun(text)] : runs(text),
  });
}

function sectionBody(section: DocumentSection, context: Context): (Paragraph | Table)[] {
  return [
    heading(1, section.title),
    ...(section.meta ? [new Paragraph({ children: [new TextRun({ text: section.meta, italics: true })] })] : []),
    ...blocks(section.blocks, context),
    ...(section.notes.length
      ? [
          new Paragraph({
            spacing: { before: 200 },
            children: [new TextRun({ text: 'Siffror i avsnittet', bold: true })],
          }),
          ...section.notes.map(
            (note, i) => new Paragraph({ children: [new TextRun({ text: `${i + 1}. ${note}`, size: 18 })] }),
          ),
        ]
      : []),
  ];
}

function runs(inlines: Inline[]): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.kind === 'break') return [new TextRun({ break: 1 })];
    if (inline.kind === 'figure')
      return [new TextRun(inline.text), new TextRun({ text: String(inline.note), superScript: true })];
    const run = new TextRun({
      text: inline.text,
      bold: inline.bold,
      italics: inline.italic,
      strike: inline.strike,
      underline: inline.underline || inline.href ? {} : undefined,
      font: inline.code ? 'Consolas' : undefined,
      ...(inline.href && { style: 'Hyperlink' }),
    });
    return inline.href ? [new ExternalHyperlink({ link: inline.href, children: [run] })] : [run];
  });
}

type ListState = { ordered: boolean; level: number; instance: number };

function blocks(list: Block[], context: Context, inList?: ListState): (Paragraph | Table)[] {
  return list.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [heading(block.level, block.inlines)];
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(block.inlines),
            spacing: { after: 120 },
            ...(inList &&
              (inList.ordered
                ? { numbering: { reference: 'ordered', level: inList.level, instance: inList.instance } }
                : { bullet: { level: inList.level } })),
          }),
        ];
      case 'list': {
        const state: ListState = {
          ordered: block.ordered,
          level: inList ? Math.min(inList.level + 1, 3) : 0,
          instance: context.nextList(),
        };
        // The first paragraph of an item carries the bullet; what follows in the item is indented under it.
        return block.items.flatMap((item) => [
          ...blocks(item.slice(0, 1), context, state),
          ...blocks(item.slice(1), context, item[1]?.kind === 'list' ? state : undefined),
        ]);
      }
      case 'quote':
        return blocks(block.blocks, context);
      case 'rule':
        return [
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }),
        ];
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map(
              (row, r) =>
                new TableRow({
                  tableHeader: r < block.headerRows,
                  children: row.map(
                    (cell) =>
                      new TableCell({
                        columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
                        rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
                        children: cellChildren(blocks(cell.blocks, context)),
                      }),
                  ),
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];
      case 'data-table':
        return [dataTable(block.headers, block.rows, block.widths), new Paragraph({ children: [] })];
      case 'chart':
        return chart(block.chart, context);
    }
  });
}

/** Word requires a paragraph in every cell. */
function cellChildren(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.length ? children : [new Paragraph({ children: [] })];
}

/** The text width of an A4 page with docx's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

function dataTable(headers: string[], rows: string[][], widths?: number[]): Table {
  const cell = (text: string, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
  const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths && { columnWidths: widths.map((w) => Math.round((w / total) * TEXT_WIDTH)) }),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}

function chart(chart: Chart, context: Context): (Paragraph | Table)[] {
  const png = context.png.get(chart);
  if (!png) {
    // No rasteriser on this server: the chart's data as a labelled table instead of an image.
    return [
      new Paragraph({ children: [new TextRun({ text: `Diagram (som tabell): ${chart.title}`, bold: true })] }),
      dataTable(
        ['År', 'Värde'],
        chart.bars.map((b) => [b.label, b.display]),
      ),
      new Paragraph({ children: [] }),
    ];
  }
  return [
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(chart.svg),
          fallback: { type: 'png', data: png },
          transformation: { width: chart.width, height: chart.height },
          altText: { name: chart.title, title: chart.title, description: chart.alt },
        }),
      ],
    }),
  ];
}
