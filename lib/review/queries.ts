import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { type OrgAccess, can } from '../auth/permissions';
import { type Db, getDb } from '../db/client';
import type { ReviewMeetingType, ReviewQuestionStatus } from '../generated/prisma/client';
import { figuresForReader } from '../plans/figure-queries';
import { planVisibilityWhere } from '../plans/queries';
import { readFrozenTables } from '../plans/frozen-tables';
import { planStatusText } from '../plans/in-force';
import { versionsInForce } from '../plans/in-force-query';
import { type SnapshotContent, readSnapshotContent } from '../plans/snapshot-content';
import { isOpenForQuestions } from './deadline';
import { meetingVisibilityWhere } from './visibility';

export const QUESTION_STATUS_LABELS: Record<ReviewQuestionStatus, string> = {
  OPEN: 'Öppen',
  ANSWERED: 'Besvarad',
  WITHDRAWN: 'Tillbakadragen',
};

export type ReviewQuestionView = {
  id: string;
  question: string;
  quote: string | null;
  status: ReviewQuestionStatus;
  version: number;
  union: string | null;
  author: string | null;
  /** The caller wrote it (may edit or withdraw it until the meeting). */
  own: boolean;
  sectionId: string | null;
  section: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  inMinutes: boolean;
  answerInMinutes: boolean;
  answers: { answer: string; author: string | null; createdAt: Date }[];
  /** Earlier wordings, oldest first (the current one is `question`). */
  history: { version: number; text: string; quote: string | null; status: ReviewQuestionStatus; createdAt: Date }[];
};

const questionInclude = {
  unionOrganization: { select: { name: true } },
  author: { select: { name: true } },
  section: { select: { title: true } },
  answers: { orderBy: { createdAt: 'asc' as const }, include: { author: { select: { name: true } } } },
  revisions: { orderBy: { version: 'asc' as const } },
};

type QuestionRow = {
  id: string;
  question: string;
  quote: string | null;
  status: ReviewQuestionStatus;
  version: number;
  authorId: string | null;
  sectionId: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  inMinutes: boolean;
  answerInMinutes: boolean;
  unionOrganization: { name: string } | null;
  author: { name: string } | null;
  section: { title: string } | null;
  answers: { answer: string; createdAt: Date; author: { name: string } | null }[];
  revisions: { version: number; text: string; quote: string | null; status: ReviewQuestionStatus; createdAt: Date }[];
};

function questionView(q: QuestionRow, viewerId: string | null): ReviewQuestionView {
  return {
    id: q.id,
    question: q.question,
    quote: q.quote,
    status: q.status,
    version: q.version,
    union: q.unionOrganization?.name ?? null,
    author: q.author?.name ?? null,
    own: viewerId !== null && q.authorId === viewerId,
    sectionId: q.sectionId,
    section: q.section?.title ?? null,
    createdAt: q.createdAt,
    withdrawnAt: q.withdrawnAt,
    inMinutes: q.inMinutes,
    answerInMinutes: q.answerInMinutes,
    answers: q.answers.map((a) => ({ answer: a.answer, author: a.author?.name ?? null, createdAt: a.createdAt })),
    history: q.revisions
      .slice(0, -1)
      .map((r) => ({ version: r.version, text: r.text, quote: r.quote, status: r.status, createdAt: r.createdAt })),
  };
}

/** Plans under samverkan the user may read, with the questions of the meetings the user sees. */
export async function listPlansInReview(access: OrgAccess, viewerId: string | null = null) {
  memberOrganization(access);
  const db = await getDb();
  const meetingWhere = meetingVisibilityWhere(access);
  const plans = await db.plan.findMany({
    where: { AND: [planVisibilityWhere(access), { status: 'IN_REVIEW' }] },
    orderBy: { startYear: 'desc' },
    include: {
      meetings: { where: meetingWhere, orderBy: { date: 'asc' } },
      questions: {
        where: { meeting: meetingWhere },
        orderBy: { createdAt: 'asc' },
        include: questionInclude,
      },
    },
  });
  return plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    startYear: plan.startYear,
    meetings: plan.meetings.map((m) => ({ id: m.id, title: meetingName(m), date: m.date })),
    questions: plan.questions.map((q) => questionView(q, viewerId)),
  }));
}

export function meetingName(m: { forum: string; itemNumber: string; title: string }): string {
  return `${m.forum}${m.itemNumber ? `, punkt ${m.itemNumber}` : ''}: ${m.title}`;
}

export type MeetingListItem = {
  id: string;
  name: string;
  date: Date;
  type: ReviewMeetingType;
  planTitle: string | null;
  unions: string[];
  questionCount: number;
  openCount: number;
};

export async function listMeetings(access: OrgAccess): Promise<MeetingListItem[]> {
  memberOrganization(access);
  const db = await getDb();
  const meetings = await db.reviewMeeting.findMany({
    where: meetingVisibilityWhere(access),
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    include: {
      plan: { select: { title: true } },
      invitedUnions: { include: { unionOrganization: { select: { name: true } } } },
      questions: { select: { status: true } },
    },
  });
  return meetings.map((m) => ({
    id: m.id,
    name: meetingName(m),
    date: m.date,
    type: m.type,
    planTitle: m.plan?.title ?? null,
    unions: m.invitedUnions.map((u) => u.unionOrganization.name).sort((a, b) => a.localeCompare(b, 'sv')),
    questionCount: m.questions.length,
    openCount: m.questions.filter((q) => q.status === 'OPEN').length,
  }));
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>;

/** One meeting as the caller may see it, or null when it is not theirs to see. */
export async function loadMeeting(access: OrgAccess, viewerId: string, meetingId: string) {
  memberOrganization(access);
  const db = await getDb();
  const meeting = await db.reviewMeeting.findFirst({
    where: { AND: [meetingVisibilityWhere(access), { id: meetingId }] },
    include: {
      plan: { select: { id: true, title: true, startYear: true, status: true, version: true } },
      reviewedSnapshot: true,
      invitedUnions: { include: { unionOrganization: true } },
      questions: { orderBy: { createdAt: 'asc' }, include: questionInclude },
      notes: {
        orderBy: { createdAt: 'asc' },
        include: { unionOrganization: true, author: { select: { name: true } } },
      },
    },
  });
  if (!meeting) return null;
  const reviewed = await contentForReader(
    db,
    access,
    meeting.reviewedSnapshot ? readSnapshotContent(meeting.reviewedSnapshot.content) : null,
  );
  // The version adopted after this review, if any: what the comparison and "as it reads now" use.
  const adopted =
    meeting.plan && meeting.reviewedSnapshot
      ? await db.planSnapshot.findFirst({
          where: { planId: meeting.plan.id, kind: 'ADOPTED', createdAt: { gte: meeting.reviewedSnapshot.createdAt } },
          orderBy: { createdAt: 'asc' },
          select: { id: true, createdAt: true, content: true },
        })
      : null;
  const sendable = can(access, 'manage:review')
    ? await db.plan.findMany({
        where: { organizationId: access.organizationId, status: { in: ['DRAFT', 'IN_REVIEW'] } },
        orderBy: { startYear: 'desc' },
        select: { id: true, title: true, status: true, planVersion: true },
      })
    : [];
  const inForce = await versionsInForce(db, sendable);
  const sendablePlans = sendable.map((p) => ({ ...p, statusText: planStatusText(p, inForce.get(p.id) ?? null) }));
  return {
    id: meeting.id,
    name: meetingName(meeting),
    forum: meeting.forum,
    title: meeting.title,
    date: meeting.date,
    place: meeting.place,
    itemNumber: meeting.itemNumber,
    type: meeting.type,
    diarienummer: meeting.diarienummer,
    attendees: meeting.attendees,
    adjusters: meeting.adjusters,
    negotiationConcluded: meeting.negotiationConcluded,
    version: meeting.version,
    open: isOpenForQuestions(meeting.date),
    unions: meeting.invitedUnions
      .map((u) => ({ id: u.unionOrganizationId, name: u.unionOrganization.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    plan: meeting.plan,
    reviewed:
      reviewed && meeting.reviewedSnapshot
        ? {
            snapshotId: meeting.reviewedSnapshot.id,
            createdAt: meeting.reviewedSnapshot.createdAt,
            planVersion: meeting.reviewedSnapshot.planVersion,
            content: reviewed,
            tables: readFrozenTables(meeting.reviewedSnapshot.content),
          }
        : null,
    adopted: adopted
      ? {
          snapshotId: adopted.id,
          createdAt: adopted.createdAt,
          content: await contentForReader(db, access, readSnapshotContent(adopted.content)),
        }
      : null,
    questions: meeting.questions.map((q) => questionView(q, viewerId)),
    notes: meeting.notes.map((n) => ({
      id: n.id,
      union: n.unionOrganization.name,
      author: n.author?.name ?? null,
      text: n.text,
      createdAt: n.createdAt,
    })),
    sendablePlans,
  };
}

/** A snapshot's live figures as this reader may see them, decided when it is read (figuresForReader). */
async function contentForReader(
  db: Db,
  access: OrgAccess,
  content: SnapshotContent | null,
): Promise<SnapshotContent | null> {
  return content ? { ...content, figures: await figuresForReader(db, access, content.figures) } : null;
}

export async function listUnionOrganizations() {
  const db = await getDb();
  return db.unionOrganization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The samverkan meetings a plan was sent to, as far as the caller sees them (for links from the plan). */
export async function meetingsForPlan(access: OrgAccess, planId: string) {
  memberOrganization(access);
  const db = await getDb();
  const meetings = await db.reviewMeeting.findMany({
    where: { AND: [meetingVisibilityWhere(access), { planId, reviewedSnapshotId: { not: null } }] },
    orderBy: { date: 'asc' },
  });
  return meetings.map((m) => ({ id: m.id, name: meetingName(m), date: m.date }));
}
