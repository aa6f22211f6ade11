import 'server-only';
import { type Outcome, defineAction, type Tx } from '../auth/guard';
import type { ReviewQuestionStatus } from '../generated/prisma/client';
import { fieldFailure } from '../plans/guards';
import { readSnapshotContent } from '../plans/snapshot-content';
import { isOpenForQuestions, meetingPassedMessage } from './deadline';
import { QUESTION_CHANGED, meetingVisible, ownQuestion } from './guards';
import { membersInRole, notifyUsers } from './notify';
import { passageOccursIn } from './passages';
import { askQuestionSchema, editQuestionSchema, questionRefSchema } from './schemas';

type Message = { message: string; version?: number };
const paths = (slug: string) => [`/${slug}/samverkan`, `/${slug}`];
const link = (slug: string, meetingId: string, questionId?: string) =>
  `/${slug}/samverkan/${meetingId}${questionId ? `#fraga-${questionId}` : ''}`;

/** The anchor must be a section of the frozen version the meeting reviews, the passage a piece of its text. */
async function checkAnchor(
  tx: Tx,
  meetingId: string,
  sectionId: string,
  quote: string | null,
): Promise<Extract<Outcome<never>, { ok: false }> | { ok: true; meeting: { date: Date; planId: string } }> {
  const meeting = await tx.reviewMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { reviewedSnapshot: { select: { content: true } } },
  });
  if (!isOpenForQuestions(meeting.date)) return { ok: false, error: meetingPassedMessage(meeting.date) };
  const content = meeting.reviewedSnapshot ? readSnapshotContent(meeting.reviewedSnapshot.content) : null;
  if (!content || !meeting.planId) return { ok: false, error: 'Ingen planversion är skickad till mötet ännu.' };
  const section = content.sections.find((s) => s.id === sectionId);
  if (!section) return fieldFailure('sectionId', 'Välj ett avsnitt i den version som skickats till samverkan.');
  if (quote && !passageOccursIn(section.body, quote)) {
    return fieldFailure(
      'quote',
      `Det citerade stycket finns inte i avsnittet ”${section.title}” som det skickades till samverkan. Markera texten i avsnittet igen.`,
    );
  }
  return { ok: true, meeting: { date: meeting.date, planId: meeting.planId } };
}

/** "Ställ en fråga": a union rep's question, received (allmän handling) the moment it is saved. */
export const askQuestionAction = defineAction({
  name: 'review.question.ask',
  schema: askQuestionSchema,
  permission: 'review:ask',
  authorize: ({ tx, input, context }) => meetingVisible(tx, input.meetingId, context.org.access),
  run: async ({ tx, input, context }): Promise<Outcome<Message>> => {
    const union = context.org.access.unionOrganizationId;
    if (!union) return { ok: false, error: 'Du är inte knuten till någon facklig organisation.', code: 'denied' };
    const anchor = await checkAnchor(tx, input.meetingId, input.sectionId, input.quote);
    if (!anchor.ok) return anchor;
    const question = await tx.reviewQuestion.create({
      data: {
        planId: anchor.meeting.planId,
        meetingId: input.meetingId,
        sectionId: input.sectionId,
        authorId: context.viewer.id,
        unionOrganizationId: union,
        question: input.question,
        quote: input.quote,
        revisions: {
          create: {
            version: 1,
            text: input.question,
            sectionId: input.sectionId,
            quote: input.quote,
            status: 'OPEN',
            createdById: context.viewer.id,
          },
        },
      },
      include: { unionOrganization: { select: { name: true } } },
    });
    await notifyUsers(tx, await membersInRole(tx, context.org.id, 'HR'), {
      organizationId: context.org.id,
      kind: 'review.question',
      title: `Ny fråga från ${question.unionOrganization?.name ?? 'fackligt ombud'} inför samverkan.`,
      link: link(context.org.slug, input.meetingId, question.id),
      dedupeKey: `review-question:${question.id}`,
    });
    return {
      ok: true,
      data: {
        message: 'Frågan är mottagen. Den är en allmän handling och syns för arbetsgivaren och alla inbjudna förbund.',
      },
      audit: {
        entityType: 'ReviewQuestion',
        entityId: question.id,
        details: { after: { ...input, org: undefined, requestId: undefined } },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** A rep's own question, reworded or withdrawn until the meeting: a new revision each time, nothing removed. */
async function reviseOwn(
  tx: Tx,
  input: { questionId: string; version: number },
  userId: string,
  change: (current: {
    sectionId: string | null;
    quote: string | null;
    question: string;
    meetingId: string;
    status: ReviewQuestionStatus;
  }) => Promise<
    | Extract<Outcome<never>, { ok: false }>
    | { text: string; sectionId: string | null; quote: string | null; status: ReviewQuestionStatus }
  >,
): Promise<Outcome<Message>> {
  const current = await tx.reviewQuestion.findUniqueOrThrow({
    where: { id: input.questionId },
    include: { meeting: { select: { date: true } }, revisions: { select: { version: true } } },
  });
  if (current.version !== input.version) return { ok: false, error: QUESTION_CHANGED, code: 'conflict' };
  if (current.status === 'WITHDRAWN') return { ok: false, error: 'Frågan är redan tillbakadragen.' };
  if (current.meeting && !isOpenForQuestions(current.meeting.date)) {
    return { ok: false, error: meetingPassedMessage(current.meeting.date) };
  }
  const next = await change({ ...current, meetingId: current.meetingId! });
  if ('ok' in next) return next;
  const { count } = await tx.reviewQuestion.updateMany({
    where: { id: current.id, version: input.version, status: current.status },
    data: {
      question: next.text,
      sectionId: next.sectionId,
      quote: next.quote,
      status: next.status,
      withdrawnAt: next.status === 'WITHDRAWN' ? new Date() : null,
      version: { increment: 1 },
    },
  });
  if (count === 0) return { ok: false, error: QUESTION_CHANGED, code: 'conflict' };
  const revision = Math.max(0, ...current.revisions.map((r) => r.version)) + 1;
  await tx.reviewQuestionRevision.create({
    data: { questionId: current.id, version: revision, ...next, createdById: userId },
  });
  return {
    ok: true,
    data: {
      message:
        next.status === 'WITHDRAWN'
          ? 'Frågan är tillbakadragen. Den finns kvar i historiken.'
          : 'Frågan är ändrad. Den tidigare lydelsen finns kvar i historiken.',
      version: input.version + 1,
    },
    audit: {
      entityType: 'ReviewQuestion',
      entityId: current.id,
      details: {
        before: { text: current.question, sectionId: current.sectionId, quote: current.quote, status: current.status },
        after: next,
      },
    },
  };
}

export const editQuestionAction = defineAction({
  name: 'review.question.edit',
  schema: editQuestionSchema,
  permission: 'review:ask',
  authorize: ({ tx, input, context }) => ownQuestion(tx, input.questionId, context.org.access, context.viewer.id),
  run: ({ tx, input, context }) =>
    reviseOwn(tx, input, context.viewer.id, async (current) => {
      // An answered question is not reworded under its answer: the rep withdraws it and asks anew.
      if (current.status === 'ANSWERED') {
        return {
          ok: false,
          error: 'Frågan är besvarad och kan inte ändras. Dra tillbaka den eller ställ en ny fråga.',
        };
      }
      const anchor = await checkAnchor(tx, current.meetingId, input.sectionId, input.quote);
      if (!anchor.ok) return anchor;
      return { text: input.question, sectionId: input.sectionId, quote: input.quote, status: 'OPEN' };
    }),
  revalidate: ({ context }) => paths(context.org.slug),
});

export const withdrawQuestionAction = defineAction({
  name: 'review.question.withdraw',
  schema: questionRefSchema,
  permission: 'review:ask',
  authorize: ({ tx, input, context }) => ownQuestion(tx, input.questionId, context.org.access, context.viewer.id),
  run: ({ tx, input, context }) =>
    reviseOwn(tx, input, context.viewer.id, async (current) => ({
      text: current.question,
      sectionId: current.sectionId,
      quote: current.quote,
      status: 'WITHDRAWN',
    })),
  revalidate: ({ context }) => paths(context.org.slug),
});
