import 'server-only';
import type { OrgContext } from '../auth/session';
import { formatDate } from '../format';
import { loadMeeting } from '../review/queries';
import { loadDashboard } from '../statistics/dashboard/queries';
import { deckOutline, pickDeckCharts } from './deck-outline';
import { samverkanDeck } from './deck-samverkan';
import { exportFileName } from './file-name';
import { CONTENT_TYPES, recordDownload } from './record-download';

export type DeckResult =
  | { kind: 'unknown' }
  | { kind: 'not-sent' }
  | { kind: 'file'; bytes: Uint8Array<ArrayBuffer>; fileName: string; contentType: string };

/**
 * The meeting's deck for the caller: the plan version sent to the meeting as the meeting page shows it to them
 * (loadMeeting: visibility, figures decided for the reader's role), the dashboard's charts as they see them
 * (loadDashboard: scope and suppression), and the questions they see with their answers. Audited with the version.
 */
export async function exportSamverkanDeck(context: OrgContext, meetingId: string): Promise<DeckResult> {
  const { access } = context.org;
  const meeting = await loadMeeting(access, context.viewer.id, meetingId);
  if (!meeting) return { kind: 'unknown' };
  if (!meeting.reviewed) return { kind: 'not-sent' };
  const dashboard = await loadDashboard(access, {});
  const slides = deckOutline({
    organization: context.org.name,
    meeting: { name: meeting.name, date: formatDate(meeting.date) },
    content: meeting.reviewed.content,
    activities: meeting.reviewed.tables?.activities ?? [],
    questions: meeting.questions
      .filter((q) => q.status !== 'WITHDRAWN')
      .map((q) => ({ union: q.union, question: q.question, answers: q.answers.map((a) => a.answer) })),
    charts: pickDeckCharts(dashboard.sections.flatMap((s) => s.charts)),
  });
  const title = meeting.reviewed.content.title;
  const bytes = await samverkanDeck(slides, {
    title,
    author: context.viewer.name,
    organization: context.org.name,
  });
  const fileName = exportFileName(['Samverkan', title, context.org.name, formatDate(meeting.date)], 'pptx');
  await recordDownload(context, {
    what: 'deck',
    format: 'pptx',
    via: 'review.deck.pptx',
    fileName,
    entityType: 'ReviewMeeting',
    entityId: meeting.id,
    details: { snapshotId: meeting.reviewed.snapshotId, planVersion: meeting.reviewed.planVersion },
  });
  return { kind: 'file', bytes, fileName, contentType: CONTENT_TYPES.pptx };
}
