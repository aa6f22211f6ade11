import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { type OrgAccess, inScope, scopeFor } from '../auth/permissions';
import { currentForPeriod } from './follow-up-state';
import { isSamePeriod, periodLabel, reportingPeriod } from './periods';
import { followUpSchema } from './schemas';

export const CONFLICT_MESSAGE =
  'Aktiviteten har just ändrats eller följts upp av någon annan. Ladda om sidan och kontrollera innan du sparar igen.';

/**
 * Record scope: the activity belongs to a plan of this organisation, is not removed, and lies in the caller's
 * departments (a manager) — checked inside the transaction, so an id from another department is refused.
 */
export async function mayFollowUp(tx: Tx, access: OrgAccess, activityId: string): Promise<boolean> {
  const activity = await tx.activity.findFirst({
    where: { id: activityId, removedAt: null, plan: { organizationId: access.organizationId } },
    select: { departmentId: true },
  });
  return activity !== null && inScope(scopeFor(access, 'follow-up:activity'), activity.departmentId);
}

/** A follow-up appends a row (the history is never edited) and sets the activity's current status. */
export const recordFollowUpAction = defineAction({
  name: 'activity.follow-up',
  schema: followUpSchema,
  permission: 'follow-up:activity',
  authorize: ({ tx, input, context }) => mayFollowUp(tx, context.org.access, input.activityId),
  run: async ({ tx, input, context }) => {
    const due = reportingPeriod(new Date());
    if (!isSamePeriod(input, due)) {
      return {
        ok: false,
        error: `Uppföljning lämnas för ${periodLabel(due).toLowerCase()}.`,
        fieldErrors: { period: [`Uppföljning lämnas för ${periodLabel(due).toLowerCase()}.`] },
        code: 'invalid',
      };
    }
    const before = await tx.activity.findUniqueOrThrow({
      where: { id: input.activityId },
      include: { followUps: { where: { year: input.year, period: input.period } } },
    });
    // Optimistic lock: the row is updated only if nobody saved since the form was built.
    const { count } = await tx.activity.updateMany({
      where: { id: input.activityId, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: CONFLICT_MESSAGE, code: 'conflict' };
    const saved = await tx.followUp.create({
      data: {
        activityId: input.activityId,
        year: input.year,
        period: input.period,
        status: input.status,
        comment: input.comment,
        authorId: context.viewer.id,
      },
    });
    const earlier = currentForPeriod(before.followUps, input);
    return {
      ok: true,
      data: { message: 'Uppföljningen är sparad.', version: input.version + 1, savedAt: saved.createdAt.toISOString() },
      audit: {
        entityType: 'FollowUp',
        entityId: saved.id,
        details: {
          activityId: input.activityId,
          period: `${input.period} ${input.year}`,
          before: earlier ? { status: earlier.status, comment: earlier.comment } : { status: before.status },
          after: { status: input.status, comment: input.comment },
        },
      },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});
