import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { type OrgAccess, inScope, scopeFor } from '../auth/permissions';
import { currentForPeriod } from './follow-up-state';
import { type FollowUpPeriodKey, isSamePeriod, periodLabel, reportingPeriod } from './periods';
import { followUpSchema } from './schemas';
import type { StoredStatus } from './status';

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

/**
 * A follow-up appends a row (the history is never edited) and sets the activity's current status; it reaches the
 * activity's copies in later plans too (mirrorToCopies).
 */
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
    const mirroredTo = await mirrorToCopies(tx, input.activityId, saved);
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
          ...(mirroredTo.length ? { mirroredTo } : {}),
        },
      },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

type SavedFollowUp = { year: number; period: FollowUpPeriodKey; status: StoredStatus; comment: string } & {
  authorId: string | null;
  createdAt: Date;
};

/**
 * A follow-up written on an activity after it was carried over into a later plan (a manager reports last year's
 * annual follow-up on last year's plan) reaches its copies, and their copies: the same row is appended to each,
 * with the period it was written for, and each copy takes the reported status, as the activity itself does. So the
 * new plan's activity shows it as its previous follow-up, and one reported done is not asked for again. Nothing is
 * replaced or deleted: the source keeps its row, the copy gets its own. Returns the ids of the copies reached.
 */
export async function mirrorToCopies(tx: Tx, activityId: string, saved: SavedFollowUp): Promise<string[]> {
  const reached = new Set<string>([activityId]);
  let frontier = [activityId];
  while (frontier.length) {
    const copies = await tx.activity.findMany({ where: { copiedFromId: { in: frontier } }, select: { id: true } });
    frontier = copies.map((c) => c.id).filter((id) => !reached.has(id));
    if (!frontier.length) break;
    for (const id of frontier) reached.add(id);
    await tx.followUp.createMany({
      data: frontier.map((id) => ({
        activityId: id,
        year: saved.year,
        period: saved.period,
        status: saved.status,
        comment: saved.comment,
        authorId: saved.authorId,
        createdAt: saved.createdAt,
      })),
    });
    // A manager with the copy's form open then gets the usual conflict message rather than overwriting this.
    await tx.activity.updateMany({
      where: { id: { in: frontier } },
      data: { status: saved.status, version: { increment: 1 } },
    });
  }
  reached.delete(activityId);
  return [...reached];
}
