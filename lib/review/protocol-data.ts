import { formatDate } from '../format';
import { type Protocol, buildProtocol } from './protocol';
import type { MeetingDetail } from './queries';

/** The meeting as the protocol builder takes it: the current answer of each question, the notes in order. */
export function protocolOf(meeting: MeetingDetail): Protocol {
  return buildProtocol({
    forum: meeting.forum,
    date: formatDate(meeting.date),
    place: meeting.place,
    itemNumber: meeting.itemNumber,
    title: meeting.title,
    type: meeting.type,
    diarienummer: meeting.diarienummer,
    attendees: meeting.attendees,
    adjusters: meeting.adjusters,
    negotiationConcluded: meeting.negotiationConcluded,
    plan:
      meeting.plan && meeting.reviewed
        ? {
            title: meeting.reviewed.content.title,
            sentOn: formatDate(meeting.reviewed.createdAt),
            planVersion: meeting.reviewed.planVersion,
          }
        : null,
    questions: meeting.questions.map((q) => ({
      union: q.union,
      author: q.author,
      text: q.question,
      status: q.status,
      inMinutes: q.inMinutes,
      answerInMinutes: q.answerInMinutes,
      answer: q.answers.at(-1)?.answer ?? null,
    })),
    notes: meeting.notes.map((n) => ({ union: n.union, text: n.text })),
  });
}
