import 'server-only';
import { type Outcome, defineAction } from '../auth/guard';
import { isOpenForQuestions, meetingPassedMessage } from './deadline';
import { ANSWER_AS_REP, QUESTION_CHANGED, meetingVisible, questionVisible, repOfInvitedUnion } from './guards';
import { membersInRole, notifyUsers } from './notify';
import { answerQuestionSchema, minutesSchema, protocolNoteSchema } from './schemas';

type Message = { message: string; version?: number };
const paths = (slug: string) => [`/${slug}/samverkan`, `/${slug}`];
const link = (slug: string, meetingId: string, questionId?: string) =>
  `/${slug}/samverkan/${meetingId}${questionId ? `#fraga-${questionId}` : ''}`;

/**
 * "Svara": HR's answer. Compare-and-set on the question's version, so of two HR answering at once one succeeds
 * and the other is told to read the answer first; a changed answer is a new row (the history stays).
 */
export const answerQuestionAction = defineAction({
  name: 'review.question.answer',
  schema: answerQuestionSchema,
  permission: 'review:answer',
  authorize: ({ tx, input, context }) => questionVisible(tx, input.questionId, context.org.access),
  run: async ({ tx, input, context }): Promise<Outcome<Message>> => {
    const question = await tx.reviewQuestion.findUniqueOrThrow({ where: { id: input.questionId } });
    if (question.status === 'WITHDRAWN') return { ok: false, error: 'Frågan är tillbakadragen och kan inte besvaras.' };
    if (await repOfInvitedUnion(tx, question.meetingId, context.org.access)) {
      return { ok: false, error: ANSWER_AS_REP, code: 'denied' }; // logged as access.denied
    }
    const { count } = await tx.reviewQuestion.updateMany({
      where: { id: question.id, version: input.version, status: { in: ['OPEN', 'ANSWERED'] } },
      data: { status: 'ANSWERED', version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: QUESTION_CHANGED, code: 'conflict' };
    const answer = await tx.reviewAnswer.create({
      data: { questionId: question.id, authorId: context.viewer.id, answer: input.answer },
    });
    if (question.authorId && question.meetingId) {
      await notifyUsers(tx, [question.authorId], {
        organizationId: context.org.id,
        kind: 'review.answer',
        title: 'Arbetsgivaren har svarat på din fråga inför samverkan.',
        link: link(context.org.slug, question.meetingId, question.id),
        dedupeKey: `review-answer:${answer.id}`,
      });
    }
    return {
      ok: true,
      data: { message: 'Svaret är sparat.', version: input.version + 1 },
      audit: {
        entityType: 'ReviewQuestion',
        entityId: question.id,
        details: {
          before: { status: question.status },
          after: { status: 'ANSWERED', answerId: answer.id, answer: input.answer },
        },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** HR marks whether the question, and the answer, go into the minutes. */
export const setMinutesAction = defineAction({
  name: 'review.question.minutes',
  schema: minutesSchema,
  permission: 'manage:review',
  authorize: ({ tx, input, context }) => questionVisible(tx, input.questionId, context.org.access),
  run: async ({ tx, input }): Promise<Outcome<Message>> => {
    const before = await tx.reviewQuestion.findUniqueOrThrow({ where: { id: input.questionId } });
    const { count } = await tx.reviewQuestion.updateMany({
      where: { id: input.questionId, version: input.version },
      data: { inMinutes: input.inMinutes, answerInMinutes: input.answerInMinutes, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: QUESTION_CHANGED, code: 'conflict' };
    return {
      ok: true,
      data: { message: 'Protokollsvalet är sparat.', version: input.version + 1 },
      audit: {
        entityType: 'ReviewQuestion',
        entityId: input.questionId,
        details: {
          before: { inMinutes: before.inMinutes, answerInMinutes: before.answerInMinutes },
          after: { inMinutes: input.inMinutes, answerInMinutes: input.answerInMinutes },
        },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** A union asks for a protokollsanteckning: its own statement, entered in the minutes as written. */
export const addProtocolNoteAction = defineAction({
  name: 'review.protocol-note.add',
  schema: protocolNoteSchema,
  permission: 'review:ask',
  authorize: ({ tx, input, context }) => meetingVisible(tx, input.meetingId, context.org.access),
  run: async ({ tx, input, context }): Promise<Outcome<Message>> => {
    const union = context.org.access.unionOrganizationId;
    if (!union) return { ok: false, error: 'Du är inte knuten till någon facklig organisation.', code: 'denied' };
    const meeting = await tx.reviewMeeting.findUniqueOrThrow({ where: { id: input.meetingId } });
    if (!isOpenForQuestions(meeting.date)) return { ok: false, error: meetingPassedMessage(meeting.date) };
    const note = await tx.protocolNote.create({
      data: { meetingId: input.meetingId, unionOrganizationId: union, authorId: context.viewer.id, text: input.text },
    });
    await notifyUsers(tx, await membersInRole(tx, context.org.id, 'HR'), {
      organizationId: context.org.id,
      kind: 'review.protocol-note',
      title: 'En facklig organisation har begärt en protokollsanteckning.',
      link: link(context.org.slug, input.meetingId),
      dedupeKey: `review-note:${note.id}`,
    });
    return {
      ok: true,
      data: { message: 'Protokollsanteckningen är mottagen och förs in i protokollet.' },
      audit: { entityType: 'ProtocolNote', entityId: note.id, details: { after: { text: input.text } } },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});
