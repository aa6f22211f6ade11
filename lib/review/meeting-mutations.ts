import 'server-only';
import { defineAction, type Tx } from '../auth/guard';
import type { Prisma } from '../generated/prisma/client';
import { transition } from '../plans/mutations';
import { fieldFailure, planInOrg } from '../plans/guards';
import { MEETING_CHANGED } from './guards';
import { membersInRole, notifyUsers } from './notify';
import { createMeetingSchema, sendPlanSchema, updateMeetingSchema } from './schemas';

const reviewPaths = (slug: string) => [`/${slug}/samverkan`, `/${slug}/plan`, `/${slug}`];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function unknownUnions(tx: Tx, unionIds: string[]): Promise<boolean> {
  const found = await tx.unionOrganization.count({ where: { id: { in: unionIds } } });
  return found !== new Set(unionIds).size;
}

/** HR creates a meeting's item on the plan: forum, date, place, item number, type, invited unions. */
export const createMeetingAction = defineAction({
  name: 'review.meeting.create',
  schema: createMeetingSchema,
  permission: 'manage:review',
  run: async ({ tx, input, context }) => {
    if (await unknownUnions(tx, input.unionIds)) return fieldFailure('unionIds', 'Okänd facklig organisation.');
    const meeting = await tx.reviewMeeting.create({
      data: {
        organizationId: context.org.id,
        forum: input.forum,
        date: day(input.date),
        place: input.place,
        itemNumber: input.itemNumber,
        title: input.title,
        type: input.type,
        diarienummer: input.diarienummer,
        createdById: context.viewer.id,
        invitedUnions: { create: [...new Set(input.unionIds)].map((unionOrganizationId) => ({ unionOrganizationId })) },
      },
    });
    const href = `/${context.org.slug}/samverkan/${meeting.id}`;
    return {
      ok: true,
      data: { message: 'Mötet är skapat.', href },
      audit: {
        entityType: 'ReviewMeeting',
        entityId: meeting.id,
        details: { after: { ...input, org: undefined, requestId: undefined } },
      },
    };
  },
  revalidate: ({ context }) => reviewPaths(context.org.slug),
});

/** HR edits the meeting (and, for MBL § 11, attendees, justerare and whether the negotiation is concluded). */
export const updateMeetingAction = defineAction({
  name: 'review.meeting.update',
  schema: updateMeetingSchema,
  permission: 'manage:review',
  authorize: async ({ tx, input, context }) =>
    (await tx.reviewMeeting.count({ where: { id: input.meetingId, organizationId: context.org.id } })) === 1,
  run: async ({ tx, input }) => {
    if (await unknownUnions(tx, input.unionIds)) return fieldFailure('unionIds', 'Okänd facklig organisation.');
    const before = await tx.reviewMeeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      include: { invitedUnions: true },
    });
    const wanted = new Set(input.unionIds);
    const dropped = before.invitedUnions.map((u) => u.unionOrganizationId).filter((id) => !wanted.has(id));
    if (dropped.length) {
      // A union that has asked or noted something stays invited: its reps must keep seeing what they submitted.
      const involved = await tx.unionOrganization.findMany({
        where: {
          id: { in: dropped },
          OR: [
            { questions: { some: { meetingId: input.meetingId } } },
            { notes: { some: { meetingId: input.meetingId } } },
          ],
        },
        select: { name: true },
      });
      if (involved.length) {
        return fieldFailure(
          'unionIds',
          `${involved.map((u) => u.name).join(', ')} har lämnat frågor eller anteckningar till mötet och kan inte tas bort från inbjudan.`,
        );
      }
    }
    const { count } = await tx.reviewMeeting.updateMany({
      where: { id: input.meetingId, version: input.version },
      data: {
        forum: input.forum,
        date: day(input.date),
        place: input.place,
        itemNumber: input.itemNumber,
        title: input.title,
        type: input.type,
        diarienummer: input.diarienummer,
        attendees: input.attendees,
        adjusters: input.adjusters,
        negotiationConcluded: input.negotiationConcluded,
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false, error: MEETING_CHANGED, code: 'conflict' };
    await tx.reviewMeetingUnion.deleteMany({
      where: { meetingId: input.meetingId, unionOrganizationId: { in: dropped } },
    });
    const kept = new Set(before.invitedUnions.map((u) => u.unionOrganizationId));
    await tx.reviewMeetingUnion.createMany({
      data: [...wanted]
        .filter((id) => !kept.has(id))
        .map((unionOrganizationId) => ({ meetingId: input.meetingId, unionOrganizationId })),
    });
    const { invitedUnions: _unions, ...beforeFields } = before;
    return {
      ok: true,
      data: { message: 'Mötet är sparat.', version: input.version + 1 },
      audit: {
        entityType: 'ReviewMeeting',
        entityId: input.meetingId,
        details: JSON.parse(
          JSON.stringify({ before: { ...beforeFields, unionIds: [...kept] }, after: { ...input, org: undefined } }),
        ) as Prisma.InputJsonValue,
      },
    };
  },
  revalidate: ({ context }) => reviewPaths(context.org.slug),
});

/**
 * "Skicka till samverkan" for a meeting: a draft plan is frozen now (REVIEW snapshot, status IN_REVIEW, the plan
 * issue's transition); a plan already under samverkan is sent as the version it was frozen in. The meeting keeps
 * that snapshot: it is what the invited unions read and ask about. Once set it does not change.
 */
export const sendPlanToMeetingAction = defineAction({
  name: 'review.meeting.send-plan',
  schema: sendPlanSchema,
  permission: 'manage:review',
  authorize: async ({ tx, input, context }) =>
    (await tx.reviewMeeting.count({ where: { id: input.meetingId, organizationId: context.org.id } })) === 1 &&
    (await planInOrg(tx, input.planId, context.org.id)),
  run: async ({ tx, input, context }) => {
    const meeting = await tx.reviewMeeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      include: { invitedUnions: true },
    });
    if (meeting.reviewedSnapshotId) {
      return { ok: false, error: 'Mötet har redan fått en planversion att granska.', code: 'conflict' };
    }
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: input.planId } });
    if (plan.status === 'ADOPTED') {
      return fieldFailure('planId', 'Planen är redan fastställd. Öppna en ny version av den för att skicka den.');
    }
    if (plan.status === 'DRAFT') {
      const done = await transition(
        tx,
        { planId: plan.id, version: plan.version, from: 'DRAFT', to: 'IN_REVIEW', userId: context.viewer.id },
        {},
        { kind: 'REVIEW' },
      );
      if (!done)
        return {
          ok: false,
          error: 'Planen har ändrats av någon annan. Ladda om sidan och försök igen.',
          code: 'conflict',
        };
    }
    const snapshot = await tx.planSnapshot.findFirst({
      where: { planId: plan.id, kind: 'REVIEW' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, planVersion: true },
    });
    if (!snapshot) return fieldFailure('planId', 'Planen har ingen fryst version att skicka.');
    const { count } = await tx.reviewMeeting.updateMany({
      where: { id: meeting.id, reviewedSnapshotId: null },
      data: { planId: plan.id, reviewedSnapshotId: snapshot.id, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: MEETING_CHANGED, code: 'conflict' };
    const reps = await membersInRole(
      tx,
      context.org.id,
      'UNION_REP',
      meeting.invitedUnions.map((u) => u.unionOrganizationId),
    );
    await notifyUsers(tx, reps, {
      organizationId: context.org.id,
      kind: 'review.plan-sent',
      title: `${plan.title} är skickad till samverkan (${meeting.forum} ${meeting.date.toISOString().slice(0, 10)}).`,
      link: `/${context.org.slug}/samverkan/${meeting.id}`,
      dedupeKey: `review-plan-sent:${meeting.id}`,
    });
    return {
      ok: true,
      data: {
        message: `${plan.title} är skickad till mötet. De inbjudna fackliga organisationerna kan läsa den och ställa frågor.`,
      },
      audit: [
        {
          entityType: 'ReviewMeeting',
          entityId: meeting.id,
          details: {
            before: { reviewedSnapshotId: null },
            after: { planId: plan.id, reviewedSnapshotId: snapshot.id },
          },
        },
        ...(plan.status === 'DRAFT'
          ? [
              {
                action: 'plan.send-to-review',
                entityType: 'Plan',
                entityId: plan.id,
                details: {
                  before: { status: 'DRAFT' },
                  after: { status: 'IN_REVIEW', planVersion: snapshot.planVersion },
                },
              },
            ]
          : []),
      ],
    };
  },
  revalidate: ({ context }) => reviewPaths(context.org.slug),
});
