/**
 * The protocol as a Word document (docx): the item heading as Heading 1 (a real heading, so the structure survives
 * into the nämnd's documents), every paragraph of lib/review/protocol.ts, labels in bold. Swedish throughout.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Protocol } from './protocol';

const SWEDISH = { value: 'sv-SE' };

export async function protocolDocx(protocol: Protocol, meta: { organization: string }): Promise<Buffer> {
  const children = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun({ text: protocol.heading, language: SWEDISH })],
    }),
    ...protocol.paragraphs.map(
      (p) =>
        new Paragraph({
          spacing: { after: 160 },
          children: [
            ...(p.label ? [new TextRun({ text: `${p.label}: `, bold: true, language: SWEDISH })] : []),
            new TextRun({ text: p.text, italics: p.kind === 'meta' && !p.label, language: SWEDISH }),
          ],
        }),
    ),
  ];
  const document = new Document({
    creator: 'Kompetensplan',
    title: `Protokoll ${protocol.heading}`,
    description: `Protokollsutdrag, ${meta.organization}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 24, language: SWEDISH } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
