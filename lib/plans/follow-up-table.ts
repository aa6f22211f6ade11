/**
 * The body of "Uppföljning av tidigare aktiviteter" in a rolled-over plan: last year's activities as the table of
 * seed 003 (Mål, Aktivitet, Måldatum, Ansvarig, Status, Uppföljning), and which of them carry over. Pure.
 */
import { type Doc, type DocNode, paragraph, sanitizeDocument, textNode } from './document';

export type PreviousActivityRow = {
  goal: string;
  title: string;
  dueDate: string | null;
  owner: string;
  status: string;
  followUp: string | null;
  carriedOver: boolean;
};

const HEADERS = ['Mål', 'Aktivitet', 'Måldatum', 'Ansvarig', 'Status', 'Uppföljning'];

function cell(type: 'tableHeader' | 'tableCell', text: string): DocNode {
  return { type, content: [paragraph(text ? [textNode(text)] : [])] };
}

export function previousActivitiesDocument(sourceTitle: string, rows: PreviousActivityRow[]): Doc {
  const carried = rows.filter((r) => r.carriedOver).length;
  const intro = rows.length
    ? `Uppföljningen av aktiviteterna i ${sourceTitle}. ${carried} av ${rows.length} aktiviteter är inte slutförda och förs över till den nya planen.`
    : `${sourceTitle} hade inga aktiviteter att följa upp.`;
  const content: DocNode[] = [paragraph([textNode(intro)])];
  if (rows.length) {
    content.push({
      type: 'table',
      content: [
        { type: 'tableRow', content: HEADERS.map((h) => cell('tableHeader', h)) },
        ...rows.map((r) => ({
          type: 'tableRow',
          content: [
            r.goal,
            r.title,
            r.dueDate ?? '',
            r.owner,
            r.carriedOver ? `${r.status} (förs över)` : r.status,
            r.followUp ?? 'Ingen uppföljning',
          ].map((text) => cell('tableCell', text)),
        })),
      ],
    });
  }
  return sanitizeDocument({ type: 'doc', content });
}
