import 'server-only';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import { planVisibilityWhere } from '../plans/queries';

export type ReviewQuestionView = {
  id: string;
  question: string;
  union: string | null;
  section: string | null;
  createdAt: Date;
  answers: { answer: string; createdAt: Date }[];
};

/** Plans open for samverkan, with their questions and the employer's answers. */
export async function listPlansInReview(access: OrgAccess) {
  const db = await getDb();
  const plans = await db.plan.findMany({
    where: { ...planVisibilityWhere(access), status: 'IN_REVIEW' },
    orderBy: { startYear: 'desc' },
    include: {
      meetings: { orderBy: { date: 'asc' } },
      questions: {
        orderBy: { createdAt: 'asc' },
        include: {
          unionOrganization: { select: { name: true } },
          section: { select: { title: true } },
          answers: { orderBy: { createdAt: 'asc' } },
        },
      },
    },
  });
  return plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    startYear: plan.startYear,
    meetings: plan.meetings.map((m) => ({ id: m.id, title: m.title, date: m.date })),
    questions: plan.questions.map((q): ReviewQuestionView => ({
      id: q.id,
      question: q.question,
      union: q.unionOrganization?.name ?? null,
      section: q.section?.title ?? null,
      createdAt: q.createdAt,
      answers: q.answers.map((a) => ({ answer: a.answer, createdAt: a.createdAt })),
    })),
  }));
}
