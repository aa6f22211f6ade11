import 'server-only';
import type { Tx } from '../auth/guard';
import type { PlanStatus } from '../generated/prisma/client';

export const ADOPTED_LOCKED =
  'Planen är fastställd och kan inte ändras. Öppna den som ny version (”Öppna ny version”) för att arbeta vidare.';
export const SECTION_CONFLICT =
  'Någon annan har sparat avsnittet sedan du öppnade det. Jämför texterna nedan och slå ihop dem innan du sparar igen.';
export const STATUS_CHANGED = 'Planen har ändrats av någon annan. Ladda om sidan och försök igen.';

/** Record scope: the plan is the caller's organisation's. */
export async function planInOrg(tx: Tx, planId: string, organizationId: string): Promise<boolean> {
  return (await tx.plan.count({ where: { id: planId, organizationId } })) === 1;
}

/** Record scope: the section belongs to a plan of the caller's organisation. */
export async function sectionInOrg(tx: Tx, sectionId: string, organizationId: string): Promise<boolean> {
  return (await tx.planSection.count({ where: { id: sectionId, plan: { organizationId } } })) === 1;
}

/**
 * The plan's status, read with a share lock: a section save and a status change of the same plan serialise on
 * the plan row, so nothing is saved into a plan in the moment it is adopted.
 */
export async function lockedPlanStatus(tx: Tx, planId: string): Promise<PlanStatus> {
  const rows = await tx.$queryRaw<
    { status: PlanStatus }[]
  >`SELECT "status" FROM "Plan" WHERE "id" = ${planId} FOR SHARE`;
  const status = rows[0]?.status;
  if (!status) throw new Error(`plan ${planId} missing`);
  return status;
}

/** A domain refusal naming the form field it concerns. */
export function fieldFailure(field: string, error: string, fieldError = error) {
  return { ok: false as const, error, fieldErrors: { [field]: [fieldError] } as Record<string, string[]> };
}

/**
 * The board adopts the plan after samverkan, not before: the latest samverkan meeting the plan's current version
 * was sent to, or null when it was sent to none (then there is nothing to check the decision date against).
 */
export async function reviewMeetingDate(tx: Tx, planId: string): Promise<Date | null> {
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { planVersion: true } });
  const meeting = await tx.reviewMeeting.findFirst({
    where: { planId, reviewedSnapshot: { planId, planVersion: plan.planVersion } },
    orderBy: { date: 'desc' },
    select: { date: true },
  });
  return meeting?.date ?? null;
}
